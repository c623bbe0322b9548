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
        if (expr instanceof Expr.Or or) {
            return or.operands().stream().anyMatch(e -> evaluate(e, valueOf));
        }
        if (expr instanceof Expr.And and) {
            return and.operands().stream().allMatch(e -> evaluate(e, valueOf));
        }
        if (expr instanceof Expr.Not not) {
            return !evaluate(not.operand(), valueOf);
        }
        if (expr instanceof Expr.IsEmpty isEmpty) {
            boolean empty = valueOf.apply(isEmpty.ref().questionId()) == null;
            return isEmpty.negated() != empty;
        }
        if (expr instanceof Expr.Contains contains) {
            Object value = valueOf.apply(contains.ref().questionId());
            return value instanceof Collection<?> codes && contains.literal() instanceof Literal.Str code
                    && codes.contains(code.value());
        }
        Expr.Compare compare = (Expr.Compare) expr;
        Object value = valueOf.apply(compare.ref().questionId());
        Integer order = compare(value, compare.literal());
        return order != null && compare.operator().test(order);
    }

    /** {@code value.compareTo(literal)}, or null when they cannot be compared (unanswered included). */
    private static Integer compare(Object value, Literal literal) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b && literal instanceof Literal.YesNo yesNo) {
            return b == yesNo.value() ? 0 : 1;
        }
        if (value instanceof BigDecimal d && literal instanceof Literal.Num num) {
            return d.compareTo(num.value());
        }
        if (value instanceof LocalDate date && literal instanceof Literal.Str str) {
            try {
                return date.compareTo(LocalDate.parse(str.value()));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (value instanceof String s && literal instanceof Literal.Str str) {
            return s.equals(str.value()) ? 0 : 1;
        }
        return null;
    }
}
