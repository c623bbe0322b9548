package dev.surveygen.condition;

import java.util.ArrayList;
import java.util.List;

/** A parsed condition. */
public sealed interface Expr {

    /**
     * Calls the method of {@code visitor} for this kind of condition. Every walk over conditions
     * goes through here, so a new kind of condition is a compile error in every walk until each
     * handles it.
     */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of condition; a walk implements all of them. */
    interface Visitor<R> {

        R visitOr(Or or);

        R visitAnd(And and);

        R visitNot(Not not);

        R visitCompare(Compare compare);

        R visitContains(Contains contains);

        R visitIsEmpty(IsEmpty isEmpty);
    }

    /** Every question reference, in source order. */
    default List<Ref> references() {
        List<Ref> refs = new ArrayList<>();
        accept(new Visitor<Void>() {
            @Override
            public Void visitOr(Or or) {
                or.operands().forEach(e -> e.accept(this));
                return null;
            }

            @Override
            public Void visitAnd(And and) {
                and.operands().forEach(e -> e.accept(this));
                return null;
            }

            @Override
            public Void visitNot(Not not) {
                return not.operand().accept(this);
            }

            @Override
            public Void visitCompare(Compare compare) {
                refs.add(compare.ref());
                return null;
            }

            @Override
            public Void visitContains(Contains contains) {
                refs.add(contains.ref());
                return null;
            }

            @Override
            public Void visitIsEmpty(IsEmpty isEmpty) {
                refs.add(isEmpty.ref());
                return null;
            }
        });
        return List.copyOf(refs);
    }

    /** True when any operand is true. */
    record Or(List<Expr> operands) implements Expr {
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOr(this);
        }
    }

    /** True when every operand is true. */
    record And(List<Expr> operands) implements Expr {
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAnd(this);
        }
    }

    record Not(Expr operand) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNot(this);
        }
    }

    /** {@code ${Q} OP literal}; false whenever the question is unanswered. */
    record Compare(Ref ref, Operator operator, Literal literal, int operatorOffset) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCompare(this);
        }
    }

    /** {@code ${Q} contains 'code'} for multiple choice; false when unanswered. */
    record Contains(Ref ref, Literal literal, int keywordOffset) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitContains(this);
        }
    }

    /** {@code ${Q} is empty} (or {@code is not empty} when negated). */
    record IsEmpty(Ref ref, boolean negated) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIsEmpty(this);
        }
    }
}
