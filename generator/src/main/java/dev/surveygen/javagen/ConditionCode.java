package dev.surveygen.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.surveygen.condition.Expr;
import dev.surveygen.condition.Literal;
import dev.surveygen.condition.Operator;
import dev.surveygen.model.Question;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Java expressions for conditions, equal to {@link dev.surveygen.semantics.ConditionEvaluator}:
 * a question reads as unanswered unless it is enabled (its generated enablement method) and has
 * a value, and every comparison with an unanswered question is false. Expressions allocate
 * nothing: decimal and date constants are static fields of the part ({@link PartConstants}).
 */
final class ConditionCode {

    private final GenerationContext ctx;
    private final PartConstants constants;

    ConditionCode(GenerationContext ctx, PartConstants constants) {
        this.ctx = ctx;
        this.constants = constants;
    }

    /** The call that tells whether {@code q} is enabled for response {@code r}. */
    CodeBlock enabled(Question q) {
        return CodeBlock.of("$T.$N(r)", ctx.partOf(q), "enabled_" + ctx.names.method(q));
    }

    CodeBlock of(Expr expr) {
        if (expr instanceof Expr.Or or) {
            return join(or.operands(), " || ");
        }
        if (expr instanceof Expr.And and) {
            return join(and.operands(), " && ");
        }
        if (expr instanceof Expr.Not not) {
            return CodeBlock.of("!$L", of(not.operand()));
        }
        if (expr instanceof Expr.IsEmpty isEmpty) {
            Question q = ctx.question(isEmpty.ref().questionId());
            return isEmpty.negated()
                    ? CodeBlock.of("($L && r.$N() != null)", enabled(q), ctx.names.method(q))
                    : CodeBlock.of("(!$L || r.$N() == null)", enabled(q), ctx.names.method(q));
        }
        if (expr instanceof Expr.Contains contains) {
            Question q = ctx.question(contains.ref().questionId());
            String code = ((Literal.Str) contains.literal()).value();
            return CodeBlock.of("($L && r.$N() != null && r.$N().contains($T.$N))", enabled(q), ctx.names.method(q),
                    ctx.names.method(q), ctx.enumType(q), ctx.names.enumConstant(q.choices().orElseThrow(), code));
        }
        return compare((Expr.Compare) expr);
    }

    private CodeBlock compare(Expr.Compare compare) {
        Question q = ctx.question(compare.ref().questionId());
        String get = ctx.names.method(q);
        CodeBlock on = enabled(q);
        Operator op = compare.operator();
        Literal literal = compare.literal();
        switch (q.type()) {
            case YES_NO: {
                boolean yes = ((Literal.YesNo) literal).value();
                boolean wanted = op == Operator.EQ ? yes : !yes;
                return CodeBlock.of("($L && $T.$N.equals(r.$N()))", on, Boolean.class, wanted ? "TRUE" : "FALSE", get);
            }
            case SINGLE_CHOICE: {
                ClassName type = ctx.enumType(q);
                String constant = ctx.names.enumConstant(q.choices().orElseThrow(), ((Literal.Str) literal).value());
                return op == Operator.EQ
                        ? CodeBlock.of("($L && r.$N() == $T.$N)", on, get, type, constant)
                        : CodeBlock.of("($L && r.$N() != null && r.$N() != $T.$N)", on, get, get, type, constant);
            }
            case TEXT:
            case LONG_TEXT: {
                String text = JavaText.literal(((Literal.Str) literal).value());
                return op == Operator.EQ
                        ? CodeBlock.of("($L && $L.equals(r.$N()))", on, text, get)
                        : CodeBlock.of("($L && r.$N() != null && !$L.equals(r.$N()))", on, get, text, get);
            }
            case INTEGER:
                return integerCompare(on, get, op, ((Literal.Num) literal).value());
            case DECIMAL: {
                String field = constants.decimal(((Literal.Num) literal).value());
                return CodeBlock.of("($L && r.$N() != null && r.$N().compareTo($N) $L 0)", on, get, get, field,
                        javaOperator(op));
            }
            case DATE: {
                String field = constants.date(LocalDate.parse(((Literal.Str) literal).value()));
                return CodeBlock.of("($L && r.$N() != null && r.$N().compareTo($N) $L 0)", on, get, get, field,
                        javaOperator(op));
            }
            default:
                throw new IllegalStateException("no comparison for " + q.type());
        }
    }

    /**
     * An Integer answer against any decimal constant, exactly and without allocation: against a
     * fraction, {@code x >= 8.5} is {@code x > 8}; constants beyond the long range are clamped,
     * which keeps every comparison with an int's value the same.
     */
    private static CodeBlock integerCompare(CodeBlock on, String get, Operator op, BigDecimal value) {
        boolean integral = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        BigDecimal floor = value.setScale(0, RoundingMode.FLOOR);
        long bound = clamp(floor);
        Operator effective = op;
        if (!integral) {
            switch (op) {
                case EQ:
                    return CodeBlock.of("($L && r.$N() != null && false)", on, get);
                case NE:
                    return CodeBlock.of("($L && r.$N() != null)", on, get);
                case GE:
                    effective = Operator.GT;
                    break;
                case LT:
                    effective = Operator.LE;
                    break;
                default:
                    break;
            }
        }
        return CodeBlock.of("($L && r.$N() != null && r.$N() $L $LL)", on, get, get, javaOperator(effective), bound);
    }

    private static long clamp(BigDecimal value) {
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        if (value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return Long.MIN_VALUE;
        }
        return value.longValueExact();
    }

    static String javaOperator(Operator op) {
        return switch (op) {
            case EQ -> "==";
            case NE -> "!=";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
        };
    }

    private CodeBlock join(List<Expr> operands, String separator) {
        CodeBlock.Builder out = CodeBlock.builder().add("(");
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.add(separator);
            }
            out.add(of(operands.get(i)));
        }
        return out.add(")").build();
    }
}
