package dev.surveygen.formgen;

import dev.surveygen.condition.Expr;
import dev.surveygen.condition.Literal;
import dev.surveygen.messages.Catalogue;
import dev.surveygen.model.Question;
import dev.surveygen.model.Survey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A condition in the form's locale for respondents, shown beside a question when the script is off
 * ({@code ${Q2-1} = yes} → 「Q2-1 で「はい」と回答した場合」, "your answer to Q2-1 is “Yes”"), so
 * that every question can be seen together with when it applies. Every word comes from the
 * catalogue ({@code condition.*}); choice labels and yes/no in the form's locale.
 */
final class ConditionWording {

    private final Survey survey;
    private final String locale;
    private final Catalogue catalogue;
    /** Built once: {@link Survey#question} searches the whole survey, once per reference that was quadratic. */
    private final Map<String, Question> byId = new HashMap<>();

    ConditionWording(Survey survey, String locale, Catalogue catalogue) {
        this.survey = survey;
        this.locale = locale;
        this.catalogue = catalogue;
        survey.questions().forEach(q -> byId.putIfAbsent(q.id(), q));
    }

    String of(Expr expr) {
        if (expr instanceof Expr.Or or) {
            return join(or.operands(), "condition.or");
        }
        if (expr instanceof Expr.And and) {
            return join(and.operands(), "condition.and");
        }
        if (expr instanceof Expr.Not not) {
            return catalogue.text("condition.not", "condition", of(not.operand()));
        }
        if (expr instanceof Expr.IsEmpty empty) {
            return catalogue.text(empty.negated() ? "condition.answered" : "condition.unanswered", "question",
                    empty.ref().questionId());
        }
        if (expr instanceof Expr.Contains contains) {
            return catalogue.text("condition.contains", "question", contains.ref().questionId(), "choice",
                    choiceLabel(contains.ref().questionId(), ((Literal.Str) contains.literal()).value()));
        }
        Expr.Compare compare = (Expr.Compare) expr;
        String id = compare.ref().questionId();
        Question q = byId.get(id);
        Literal literal = compare.literal();
        String value = switch (q.type()) {
            case YES_NO -> catalogue.text(((Literal.YesNo) literal).value() ? "form.answer.yes" : "form.answer.no");
            case SINGLE_CHOICE -> choiceLabel(id, ((Literal.Str) literal).value());
            case INTEGER, DECIMAL -> ((Literal.Num) literal).value().toPlainString();
            default -> ((Literal.Str) literal).value();
        };
        String key = switch (compare.operator()) {
            case EQ -> "condition.eq";
            case NE -> "condition.ne";
            case LT -> "condition.lt";
            case LE -> "condition.le";
            case GT -> "condition.gt";
            case GE -> "condition.ge";
        };
        return catalogue.text(key, "question", id, "value", value);
    }

    private String choiceLabel(String questionId, String code) {
        return Optional.ofNullable(byId.get(questionId)).flatMap(Question::choices).flatMap(l -> l.choice(code))
                .map(c -> c.label().in(locale, survey.defaultLocale())).orElse(code);
    }

    /** The operands joined pairwise from the left by the connective's text ({@code {left}、または{right}}). */
    private String join(List<Expr> operands, String connective) {
        // Built in one pass (a condition may have thousands of operands): the parts of the
        // connective's text, {left} and {right} placed as this locale places them.
        List<String> parts = catalogue.parts(connective, List.of("left", "right"));
        boolean leftFirst = parts.get(1).equals("left");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < operands.size(); i++) {
            Expr e = operands.get(i);
            boolean nested = e instanceof Expr.Or || e instanceof Expr.And;
            String operand = nested ? catalogue.text("condition.group", "condition", of(e)) : of(e);
            if (i == 0) {
                out.append(operand);
            } else if (leftFirst) {
                if (!parts.get(0).isEmpty()) {
                    out.insert(0, parts.get(0));
                }
                out.append(parts.get(2)).append(operand).append(parts.get(4));
            } else {
                out.insert(0, parts.get(0) + operand + parts.get(2)).append(parts.get(4));
            }
        }
        return out.toString();
    }

}
