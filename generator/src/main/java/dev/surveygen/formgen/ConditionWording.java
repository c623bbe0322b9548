package dev.surveygen.formgen;

import dev.surveygen.condition.Expr;
import dev.surveygen.condition.Literal;
import dev.surveygen.model.Question;
import dev.surveygen.model.Survey;
import java.util.List;

/**
 * A condition in Japanese for respondents, shown beside a question when the script is off
 * ({@code ${Q2-1} = yes} → 「Q2-1 で「はい」と回答した場合」), so that every question can be seen
 * together with when it applies.
 */
final class ConditionWording {

    private final Survey survey;
    private final String locale;

    ConditionWording(Survey survey, String locale) {
        this.survey = survey;
        this.locale = locale;
    }

    String of(Expr expr) {
        return expr.accept(words);
    }

    /** The wording of each kind of condition. */
    private final Expr.Visitor<String> words = new Expr.Visitor<>() {
        @Override
        public String visitOr(Expr.Or or) {
            return join(or.operands(), "、または");
        }

        @Override
        public String visitAnd(Expr.And and) {
            return join(and.operands(), "、かつ");
        }

        @Override
        public String visitNot(Expr.Not not) {
            return "次に当てはまらない場合（" + of(not.operand()) + "）";
        }

        @Override
        public String visitIsEmpty(Expr.IsEmpty empty) {
            return empty.ref().questionId() + (empty.negated() ? " に回答した場合" : " が未回答の場合");
        }

        @Override
        public String visitContains(Expr.Contains contains) {
            return contains.ref().questionId() + " で「" + choiceLabel(contains.ref().questionId(),
                    contains.literal().string().orElseThrow()) + "」を選んだ場合";
        }

        @Override
        public String visitCompare(Expr.Compare compare) {
            String id = compare.ref().questionId();
            Question q = survey.question(id).orElseThrow();
            Literal literal = compare.literal();
            String value = switch (q.type()) {
                case YES_NO -> literal.yesNo().orElseThrow() ? "はい" : "いいえ";
                case SINGLE_CHOICE -> choiceLabel(id, literal.string().orElseThrow());
                case INTEGER, DECIMAL -> literal.number().orElseThrow().toPlainString();
                default -> literal.string().orElseThrow();
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
    };

    /** As {@link #words}, with an or or an and inside another in brackets. */
    private final Expr.Visitor<String> operandWords = new Expr.Visitor<>() {
        @Override
        public String visitOr(Expr.Or or) {
            return "（" + words.visitOr(or) + "）";
        }

        @Override
        public String visitAnd(Expr.And and) {
            return "（" + words.visitAnd(and) + "）";
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

    private String join(List<Expr> operands, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(operands.get(i).accept(operandWords));
        }
        return out.toString();
    }

}
