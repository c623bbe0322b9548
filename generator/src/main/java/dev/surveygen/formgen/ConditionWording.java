package dev.surveygen.formgen;

import dev.surveygen.condition.Expr;
import dev.surveygen.condition.Literal;
import dev.surveygen.model.Question;
import dev.surveygen.model.Survey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A condition in Japanese for respondents, shown beside a question when the script is off
 * ({@code ${Q2-1} = yes} → 「Q2-1 で「はい」と回答した場合」), so that every question can be seen
 * together with when it applies.
 */
final class ConditionWording {

    private final Survey survey;
    private final String locale;
    /** Built once: {@link Survey#question} searches the whole survey, once per reference that was quadratic. */
    private final Map<String, Question> byId = new HashMap<>();

    ConditionWording(Survey survey, String locale) {
        this.survey = survey;
        this.locale = locale;
        survey.questions().forEach(q -> byId.putIfAbsent(q.id(), q));
    }

    String of(Expr expr) {
        if (expr instanceof Expr.Or or) {
            return join(or.operands(), "、または");
        }
        if (expr instanceof Expr.And and) {
            return join(and.operands(), "、かつ");
        }
        if (expr instanceof Expr.Not not) {
            return "次に当てはまらない場合（" + of(not.operand()) + "）";
        }
        if (expr instanceof Expr.IsEmpty empty) {
            return empty.ref().questionId() + (empty.negated() ? " に回答した場合" : " が未回答の場合");
        }
        if (expr instanceof Expr.Contains contains) {
            return contains.ref().questionId() + " で「" + choiceLabel(contains.ref().questionId(),
                    ((Literal.Str) contains.literal()).value()) + "」を選んだ場合";
        }
        Expr.Compare compare = (Expr.Compare) expr;
        String id = compare.ref().questionId();
        Question q = byId.get(id);
        Literal literal = compare.literal();
        String value = switch (q.type()) {
            case YES_NO -> ((Literal.YesNo) literal).value() ? "はい" : "いいえ";
            case SINGLE_CHOICE -> choiceLabel(id, ((Literal.Str) literal).value());
            case INTEGER, DECIMAL -> ((Literal.Num) literal).value().toPlainString();
            default -> ((Literal.Str) literal).value();
        };
        return switch (compare.operator()) {
            case EQ -> id + " で「" + value + "」と回答した場合";
            case NE -> id + " で「" + value + "」以外を回答した場合";
            case LT -> id + " が " + value + " 未満の場合";
            case LE -> id + " が " + value + " 以下の場合";
            case GT -> id + " が " + value + " を超える場合";
            case GE -> id + " が " + value + " 以上の場合";
        };
    }

    private String choiceLabel(String questionId, String code) {
        return Optional.ofNullable(byId.get(questionId)).flatMap(Question::choices).flatMap(l -> l.choice(code))
                .map(c -> c.label().in(locale, survey.defaultLocale())).orElse(code);
    }

    private String join(List<Expr> operands, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            Expr e = operands.get(i);
            boolean nested = e instanceof Expr.Or || e instanceof Expr.And;
            out.append(nested ? "（" + of(e) + "）" : of(e));
        }
        return out.toString();
    }

}
