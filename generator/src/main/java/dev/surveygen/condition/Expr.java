package dev.surveygen.condition;

import java.util.ArrayList;
import java.util.List;

/** A parsed condition. */
public sealed interface Expr {

    /** Every question reference, in source order. */
    default List<Ref> references() {
        List<Ref> refs = new ArrayList<>();
        collect(this, refs);
        return List.copyOf(refs);
    }

    private static void collect(Expr expr, List<Ref> into) {
        if (expr instanceof Or or) {
            or.operands().forEach(e -> collect(e, into));
        } else if (expr instanceof And and) {
            and.operands().forEach(e -> collect(e, into));
        } else if (expr instanceof Not not) {
            collect(not.operand(), into);
        } else if (expr instanceof Compare compare) {
            into.add(compare.ref());
        } else if (expr instanceof Contains contains) {
            into.add(contains.ref());
        } else if (expr instanceof IsEmpty isEmpty) {
            into.add(isEmpty.ref());
        }
    }

    /** True when any operand is true. */
    record Or(List<Expr> operands) implements Expr {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    /** True when every operand is true. */
    record And(List<Expr> operands) implements Expr {
        public And {
            operands = List.copyOf(operands);
        }
    }

    record Not(Expr operand) implements Expr {}

    /** {@code ${Q} OP literal}; false whenever the question is unanswered. */
    record Compare(Ref ref, Operator operator, Literal literal, int operatorOffset) implements Expr {}

    /** {@code ${Q} contains 'code'} for multiple choice; false when unanswered. */
    record Contains(Ref ref, Literal literal, int keywordOffset) implements Expr {}

    /** {@code ${Q} is empty} (or {@code is not empty} when negated). */
    record IsEmpty(Ref ref, boolean negated) implements Expr {}
}
