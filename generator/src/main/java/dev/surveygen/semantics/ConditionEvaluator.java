package dev.surveygen.semantics;

import dev.surveygen.condition.Expr;
import java.util.function.Function;

/**
 * Evaluates a condition over the values that conditions see: a question that is not enabled,
 * unanswered, or answered with the wrong type or an unknown choice code reads as {@code null}. Every comparison and
 * {@code contains} with {@code null} is false; {@code is empty} is true.
 */
public final class ConditionEvaluator {

    private ConditionEvaluator() {}

    public static boolean evaluate(Expr expr, Function<String, AnswerValue> valueOf) {
        return expr.accept(new Evaluation(valueOf));
    }

    /** One evaluation: the walk over the condition, with the values it reads. */
    private record Evaluation(Function<String, AnswerValue> valueOf) implements Expr.Visitor<Boolean> {

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
            AnswerValue value = valueOf.apply(contains.ref().questionId());
            return value != null && contains.literal().string().map(value::containsCode).orElse(false);
        }

        @Override
        public Boolean visitCompare(Expr.Compare compare) {
            AnswerValue value = valueOf.apply(compare.ref().questionId());
            Integer order = value == null ? null : value.compareWith(compare.literal());
            return order != null && compare.operator().test(order);
        }
    }
}
