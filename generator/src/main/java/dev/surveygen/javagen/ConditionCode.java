package dev.surveygen.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.surveygen.condition.Expr;
import dev.surveygen.condition.Literal;
import dev.surveygen.condition.Operator;
import dev.surveygen.model.AnswerSpec;
import dev.surveygen.model.Question;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Java expressions for conditions, equal to {@link dev.surveygen.semantics.ConditionEvaluator}:
 * a question reads as unanswered unless it is enabled (its generated enablement method) and has
 * a value, and every comparison with an unanswered question is false. Expressions allocate
 * nothing: decimal constants are a table of the part ({@link PartConstants}), dates compare as
 * epoch days.
 *
 * <p>Any condition that lints compiles: long {@code or}/{@code and} chains are grouped into a
 * balanced tree of parentheses (a flat chain of 2,000 made javac overflow its stack in
 * {@code Attr.visitBinary}), and a condition of more than {@value #CHUNK} comparisons is cut into
 * nested classes of at most that many, each with its own method and constant pool (a method holds
 * at most 64 KiB of code, a class 65,535 constants).
 */
final class ConditionCode {

    /** The most comparisons in one generated method (a few dozen bytes of code and a few constants each). */
    static final int CHUNK = 500;

    /** Operands of one level of parentheses in a balanced chain. */
    private static final int FLAT = 4;

    private final GenerationContext ctx;
    private final PartConstants constants;
    private final ClassName part;
    private final Consumer<TypeSpec> nested;
    private int nestedCount;

    ConditionCode(GenerationContext ctx, PartConstants constants, ClassName part, Consumer<TypeSpec> nested) {
        this.ctx = ctx;
        this.constants = constants;
        this.part = part;
        this.nested = nested;
    }

    /** The number of comparisons (and contains and is-empty tests) in a condition. */
    static int leaves(Expr expr) {
        return expr.accept(LEAVES);
    }

    private static final Expr.Visitor<Integer> LEAVES = new Expr.Visitor<>() {
        @Override
        public Integer visitOr(Expr.Or or) {
            return or.operands().stream().mapToInt(ConditionCode::leaves).sum();
        }

        @Override
        public Integer visitAnd(Expr.And and) {
            return and.operands().stream().mapToInt(ConditionCode::leaves).sum();
        }

        @Override
        public Integer visitNot(Expr.Not not) {
            return leaves(not.operand());
        }

        @Override
        public Integer visitCompare(Expr.Compare compare) {
            return 1;
        }

        @Override
        public Integer visitContains(Expr.Contains contains) {
            return 1;
        }

        @Override
        public Integer visitIsEmpty(Expr.IsEmpty isEmpty) {
            return 1;
        }
    };

    /** The expression for {@code expr} on response {@code r}; a large one calls into nested classes it adds. */
    CodeBlock of(Expr expr) {
        return leaves(expr) <= CHUNK ? inline(expr) : split(expr);
    }

    /** Cuts a condition of more than {@link #CHUNK} comparisons into nested classes of at most that many. */
    private CodeBlock split(Expr expr) {
        if (leaves(expr) <= CHUNK) {
            return chunk(inline(expr));
        }
        return expr.accept(new Expr.Visitor<CodeBlock>() {
            @Override
            public CodeBlock visitOr(Expr.Or or) {
                return split(or.operands(), " || ");
            }

            @Override
            public CodeBlock visitAnd(Expr.And and) {
                return split(and.operands(), " && ");
            }

            @Override
            public CodeBlock visitNot(Expr.Not not) {
                return CodeBlock.of("!$L", split(not.operand()));
            }

            // A single test has one leaf, so it never gets here; inlined for completeness.
            @Override
            public CodeBlock visitCompare(Expr.Compare compare) {
                return chunk(inline(compare));
            }

            @Override
            public CodeBlock visitContains(Expr.Contains contains) {
                return chunk(inline(contains));
            }

            @Override
            public CodeBlock visitIsEmpty(Expr.IsEmpty isEmpty) {
                return chunk(inline(isEmpty));
            }
        });
    }

    /** The operands of an or ({@code " || "}) or an and, in groups of at most {@link #CHUNK} leaves. */
    private CodeBlock split(List<Expr> operands, String separator) {
        List<CodeBlock> pieces = new ArrayList<>();
        List<CodeBlock> group = new ArrayList<>();
        int size = 0;
        for (Expr operand : operands) {
            int n = leaves(operand);
            if (n > CHUNK || size + n > CHUNK) {
                if (!group.isEmpty()) {
                    pieces.add(chunk(balanced(group, separator)));
                    group = new ArrayList<>();
                    size = 0;
                }
            }
            if (n > CHUNK) {
                pieces.add(split(operand));
            } else {
                group.add(inline(operand));
                size += n;
            }
        }
        if (!group.isEmpty()) {
            pieces.add(chunk(balanced(group, separator)));
        }
        return balanced(pieces, separator);
    }

    /** A nested class {@code Condition$k} whose {@code test(r)} is {@code code}; the call to it. */
    private CodeBlock chunk(CodeBlock code) {
        ClassName name = part.nestedClass("Condition$" + nestedCount++);
        nested.accept(TypeSpec.classBuilder(name)
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("A part of a condition too large for one method.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("test").addModifiers(Modifier.STATIC).returns(boolean.class)
                        .addParameter(ctx.response, "r").addStatement("return $L", code).build())
                .build());
        return CodeBlock.of("$T.test(r)", name);
    }

    /**
     * The call that tells whether {@code q} is enabled for response {@code r}, or null when it
     * always is (it has no condition and neither has its section): no call, no dead check.
     */
    CodeBlock enabled(Question q) {
        return ctx.alwaysEnabled(q) ? null : ctx.enabledCall(q);
    }

    /** {@code (on && test)}, or {@code (test)} when {@code on} is null (always enabled). */
    private static CodeBlock guarded(CodeBlock on, String test, Object... args) {
        CodeBlock body = CodeBlock.of(test, args);
        return on == null ? CodeBlock.of("($L)", body) : CodeBlock.of("($L && $L)", on, body);
    }

    private CodeBlock inline(Expr expr) {
        return expr.accept(inline);
    }

    /** A condition as one Java expression. */
    private final Expr.Visitor<CodeBlock> inline = new Expr.Visitor<>() {
        @Override
        public CodeBlock visitOr(Expr.Or or) {
            return balanced(or.operands().stream().map(ConditionCode.this::inline).toList(), " || ");
        }

        @Override
        public CodeBlock visitAnd(Expr.And and) {
            return balanced(and.operands().stream().map(ConditionCode.this::inline).toList(), " && ");
        }

        @Override
        public CodeBlock visitNot(Expr.Not not) {
            return CodeBlock.of("!$L", inline(not.operand()));
        }

        @Override
        public CodeBlock visitIsEmpty(Expr.IsEmpty isEmpty) {
            Question q = ctx.question(isEmpty.ref().questionId());
            return isEmpty.negated()
                    ? guarded(enabled(q), "r.$N() != null", ctx.names.method(q))
                    : enabled(q) == null ? CodeBlock.of("(r.$N() == null)", ctx.names.method(q))
                    : CodeBlock.of("(!$L || r.$N() == null)", enabled(q), ctx.names.method(q));
        }

        @Override
        public CodeBlock visitContains(Expr.Contains contains) {
            Question q = ctx.question(contains.ref().questionId());
            String code = contains.literal().string().orElseThrow();
            return guarded(enabled(q), "r.$N() != null && r.$N().contains($T.$N)", ctx.names.method(q),
                    ctx.names.method(q), ctx.enumType(q), ctx.names.enumConstant(q.choices().orElseThrow(), code));
        }

        @Override
        public CodeBlock visitCompare(Expr.Compare compare) {
            return compare(compare);
        }
    };

    private CodeBlock compare(Expr.Compare compare) {
        Question q = ctx.question(compare.ref().questionId());
        String get = ctx.names.method(q);
        CodeBlock on = enabled(q);
        Operator op = compare.operator();
        Literal literal = compare.literal();
        return q.answer().accept(new AnswerSpec.Visitor<CodeBlock>() {
            @Override
            public CodeBlock visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                boolean yes = literal.yesNo().orElseThrow();
                boolean wanted = op == Operator.EQ ? yes : !yes;
                return guarded(on, "$T.$N.equals(r.$N())", Boolean.class, wanted ? "TRUE" : "FALSE", get);
            }

            @Override
            public CodeBlock visitChoice(AnswerSpec.ChoiceSpec choice) {
                if (choice.multiple()) {
                    throw new IllegalStateException("no comparison for a multiple choice (the checker refuses it)");
                }
                ClassName type = ctx.enumType(q);
                String constant = ctx.names.enumConstant(choice.choices(), literal.string().orElseThrow());
                return op == Operator.EQ
                        ? guarded(on, "r.$N() == $T.$N", get, type, constant)
                        : guarded(on, "r.$N() != null && r.$N() != $T.$N", get, get, type, constant);
            }

            @Override
            public CodeBlock visitText(AnswerSpec.TextSpec textSpec) {
                String text = JavaText.literal(literal.string().orElseThrow());
                return op == Operator.EQ
                        ? guarded(on, "$L.equals(r.$N())", text, get)
                        : guarded(on, "r.$N() != null && !$L.equals(r.$N())", get, text, get);
            }

            @Override
            public CodeBlock visitNumber(AnswerSpec.NumberSpec number) {
                if (number.integer()) {
                    return integerCompare(on, get, op, literal.number().orElseThrow());
                }
                CodeBlock constant = constants.decimal(literal.number().orElseThrow());
                return guarded(on, "r.$N() != null && r.$N().compareTo($L) $L 0", get, get, constant,
                        javaOperator(op));
            }

            @Override
            public CodeBlock visitDate(AnswerSpec.DateSpec date) {
                CodeBlock day = PartConstants.epochDay(LocalDate.parse(literal.string().orElseThrow()));
                return guarded(on, "r.$N() != null && r.$N().toEpochDay() $L $L", get, get,
                        javaOperator(op), day);
            }

            @Override
            public CodeBlock visitNote(AnswerSpec.NoteSpec note) {
                throw new IllegalStateException("no comparison for a note (the checker refuses it)");
            }
        });
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
                    return guarded(on, "r.$N() != null && false", get);
                case NE:
                    return guarded(on, "r.$N() != null", get);
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
        return guarded(on, "r.$N() != null && r.$N() $L $LL", get, get, javaOperator(effective), bound);
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

    /**
     * {@code (a || b || c)}, or for more than {@value #FLAT} operands a balanced tree of such groups:
     * javac's attribution recurses once per operator of a flat chain, so depth must stay logarithmic.
     */
    private static CodeBlock balanced(List<CodeBlock> operands, String separator) {
        if (operands.size() == 1) {
            return operands.get(0);
        }
        if (operands.size() <= FLAT) {
            return CodeBlock.of("($L)", CodeBlock.join(operands, separator));
        }
        int half = operands.size() / 2;
        return CodeBlock.of("($L$L$L)", balanced(operands.subList(0, half), separator), separator,
                balanced(operands.subList(half, operands.size()), separator));
    }
}
