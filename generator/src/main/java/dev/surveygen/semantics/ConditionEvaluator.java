package dev.surveygen.semantics;

import dev.surveygen.condition.Expr;
import dev.surveygen.condition.Literal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.function.Function;

/**
 * Evaluates a condition over the values that conditions see: a question that is not enabled,
 * unanswered, or answered with the wrong type or an unknown choice code reads as {@code null}. Every comparison and
 * {@code contains} with {@code null} is false; {@code is empty} is true.
 */
public final class ConditionEvaluator {

    private ConditionEvaluator() {}

    public static boolean evaluate(Expr expr, Function<String, Object> valueOf) {
        return expr.accept(new Evaluation(valueOf));
    }

    /** One evaluation: the walk over the condition, with the values it reads. */
    private record Evaluation(Function<String, Object> valueOf) implements Expr.Visitor<Boolean> {

        @Override
        public Boolean visitOr(Expr.Or or) {
            for (Expr operand : or.operands()) {
                if (operand.accept(this)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Boolean visitAnd(Expr.And and) {
            for (Expr operand : and.operands()) {
                if (!operand.accept(this)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Boolean visitNot(Expr.Not not) {
            return !not.operand().accept(this);
        }

        @Override
        public Boolean visitIsEmpty(Expr.IsEmpty isEmpty) {
            boolean empty = valueOf.apply(isEmpty.ref().questionId()) == null;
            return isEmpty.negated() != empty;
        }

        @Override
        public Boolean visitContains(Expr.Contains contains) {
            Object value = valueOf.apply(contains.ref().questionId());
            return value instanceof Collection<?> codes && contains.literal().string().map(codes::contains).orElse(false);
        }

        @Override
        public Boolean visitCompare(Expr.Compare compare) {
            Object value = valueOf.apply(compare.ref().questionId());
            Integer order = compare(value, compare.literal());
            return order != null && compare.operator().test(order);
        }
    }

    /** {@code value.compareTo(literal)}, or null when they cannot be compared (unanswered included). */
    private static Integer compare(Object value, Literal literal) {
        if (value instanceof Boolean b) {
            return literal.yesNo().map(yes -> b == yes ? 0 : 1).orElse(null);
        }
        if (value instanceof BigDecimal d) {
            return literal.number().map(d::compareTo).orElse(null);
        }
        if (value instanceof LocalDate date) {
            return literal.string().map(text -> {
                try {
                    return date.compareTo(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    return null;
                }
            }).orElse(null);
        }
        if (value instanceof String s) {
            return literal.string().map(text -> s.equals(text) ? 0 : 1).orElse(null);
        }
        return null;
    }
}
