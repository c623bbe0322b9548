package dev.surveygen.formgen;

import dev.surveygen.condition.Expr;
import dev.surveygen.condition.Literal;
import dev.surveygen.messages.Catalogue;
import dev.surveygen.model.Question;
import dev.surveygen.model.Survey;
import java.util.List;

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

    ConditionWording(Survey survey, String locale, Catalogue catalogue) {
        this.survey = survey;
        this.locale = locale;
        this.catalogue = catalogue;
    }

    String of(Expr expr) {
        return expr.accept(words);
    }

    /** The wording of each kind of condition. */
    private final Expr.Visitor<String> words = new Expr.Visitor<>() {
        @Override
        public String visitOr(Expr.Or or) {
            return join(or.operands(), "condition.or");
        }

        @Override
        public String visitAnd(Expr.And and) {
            return join(and.operands(), "condition.and");
        }

        @Override
        public String visitNot(Expr.Not not) {
            return catalogue.text("condition.not", "condition", of(not.operand()));
        }

        @Override
        public String visitIsEmpty(Expr.IsEmpty empty) {
            return catalogue.text(empty.negated() ? "condition.answered" : "condition.unanswered", "question",
                    empty.ref().questionId());
        }

        @Override
        public String visitContains(Expr.Contains contains) {
            return catalogue.text("condition.contains", "question", contains.ref().questionId(), "choice",
                    choiceLabel(contains.ref().questionId(), contains.literal().string().orElseThrow()));
        }

        @Override
        public String visitCompare(Expr.Compare compare) {
            String id = compare.ref().questionId();
            Question q = survey.question(id).orElseThrow();
            Literal literal = compare.literal();
            String value = switch (q.type()) {
                case YES_NO -> catalogue.text(literal.yesNo().orElseThrow() ? "form.answer.yes" : "form.answer.no");
                case SINGLE_CHOICE -> choiceLabel(id, literal.string().orElseThrow());
                case INTEGER, DECIMAL -> literal.number().orElseThrow().toPlainString();
                default -> literal.string().orElseThrow();
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
    };

    /** As {@link #words}, with an or or an and inside another grouped ({@code condition.group}). */
    private final Expr.Visitor<String> operandWords = new Expr.Visitor<>() {
        @Override
        public String visitOr(Expr.Or or) {
            return catalogue.text("condition.group", "condition", words.visitOr(or));
        }

        @Override
        public String visitAnd(Expr.And and) {
            return catalogue.text("condition.group", "condition", words.visitAnd(and));
        }

        @Override
        public String visitNot(Expr.Not not) {
            return words.visitNot(not);
        }

        @Override
        public String visitIsEmpty(Expr.IsEmpty empty) {
            return words.visitIsEmpty(empty);
        }

        @Override
        public String visitContains(Expr.Contains contains) {
            return words.visitContains(contains);
        }

        @Override
        public String visitCompare(Expr.Compare compare) {
            return words.visitCompare(compare);
        }
    };

    private String choiceLabel(String questionId, String code) {
        return survey.question(questionId).flatMap(Question::choices).flatMap(l -> l.choice(code))
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
            String operand = operands.get(i).accept(operandWords);
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
