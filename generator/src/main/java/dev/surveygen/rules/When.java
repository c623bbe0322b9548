package dev.surveygen.rules;

import dev.surveygen.condition.Expr;
import dev.surveygen.condition.Literal;
import java.util.List;

/**
 * A condition as a syntax tree in JSON: {@code {"or": [..]}}, {@code {"and": [..]}},
 * {@code {"not": x}}, {@code {"q", "op", "yes"|"num"|"str"}}, {@code {"q", "contains"}},
 * {@code {"q", "empty"}}.
 */
public sealed interface When {

    record Or(List<When> or) implements When {
        public Or {
            or = List.copyOf(or);
        }
    }

    record And(List<When> and) implements When {
        public And {
            and = List.copyOf(and);
        }
    }

    record Not(When not) implements When {}

    record Empty(String q, boolean empty) implements When {}

    record Contains(String q, String contains) implements When {}

    record CompareYesNo(String q, String op, boolean yes) implements When {}

    /** A number as a decimal string: exact in any reader. */
    record CompareNumber(String q, String op, String num) implements When {}

    record CompareString(String q, String op, String str) implements When {}

    /** The tree of {@code expr}: one walk, checked by the compiler ({@link Expr.Visitor}). */
    static When of(Expr expr) {
        return expr.accept(new Expr.Visitor<>() {
            @Override
            public When visitOr(Expr.Or or) {
                return new Or(or.operands().stream().map(When::of).toList());
            }

            @Override
            public When visitAnd(Expr.And and) {
                return new And(and.operands().stream().map(When::of).toList());
            }

            @Override
            public When visitNot(Expr.Not not) {
                return new Not(of(not.operand()));
            }

            @Override
            public When visitIsEmpty(Expr.IsEmpty empty) {
                return new Empty(empty.ref().questionId(), !empty.negated());
            }

            @Override
            public When visitContains(Expr.Contains contains) {
                return new Contains(contains.ref().questionId(), contains.literal().string().orElseThrow());
            }

            @Override
            public When visitCompare(Expr.Compare compare) {
                String q = compare.ref().questionId();
                String op = compare.operator().symbol();
                return compare.literal().accept(new Literal.Visitor<When>() {
                    @Override
                    public When visitYesNo(Literal.YesNo yesNo) {
                        return new CompareYesNo(q, op, yesNo.value());
                    }

                    @Override
                    public When visitNum(Literal.Num num) {
                        return new CompareNumber(q, op, num.value().toPlainString());
                    }

                    @Override
                    public When visitStr(Literal.Str str) {
                        return new CompareString(q, op, str.value());
                    }
                });
            }
        });
    }
}
