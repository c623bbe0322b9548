package dev.surveygen.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.surveygen.model.Question;
import dev.surveygen.model.AnswerSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The binder's per-question code of one part ({@link GenerationContext#PART_SIZE} questions): both
 * binders, stripping of disabled answers and JSON output. Apart from the validation part
 * ({@link PartEmitter}) so that validating a response loads and verifies none of it, and binding
 * loads only what it calls.
 */
final class BinderPartEmitter {

    private final GenerationContext ctx;
    private final int number;
    private final List<Question> questions;

    BinderPartEmitter(GenerationContext ctx, int number) {
        this.ctx = ctx;
        this.number = number;
        this.questions = ctx.parts.get(number);
    }

    TypeSpec emit() {
        TypeSpec.Builder part = ctx.topLevel(TypeSpec.classBuilder(ctx.binderPart(number)))
                .addModifiers(Modifier.FINAL)
                .addAnnotation(ctx.generated())
                .addJavadoc("Questions $L to $L of the survey: binding from forms and JSON, and JSON output.\n",
                        JavaText.javadoc(questions.get(0).id()), JavaText.javadoc(questions.get(questions.size() - 1).id()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(bindMethod());
        List<CodeBlock> conditional = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).answer().takesAnswer() && !ctx.alwaysEnabled(questions.get(i))) {
                conditional.add(CodeBlock.of("$L", i));
            }
        }
        if (!conditional.isEmpty()) {
            // A table, not an array created per binding: dropping disabled answers allocates no more than binding.
            part.addField(ArrayTables.add(part, TypeName.INT, "conditional", "conditional$", "The positions of the"
                    + " questions with a condition (theirs or their section's).", conditional));
        }
        return part.addMethod(stripMethod(!conditional.isEmpty()))
                .addMethod(toJsonMethod())
                .build();
    }

    /**
     * One statement per question: the runtime's {@code Answers} reads a form or JSON value by the
     * question's type family (rules R2 and R11) and records what it cannot read.
     */
    private MethodSpec bindMethod() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("bind")
                .addModifiers(Modifier.STATIC)
                .addParameter(ctx.support.nestedClass("Answers"), "in")
                .addParameter(ctx.builder, "b");
        for (Question q : questions) {
            String set = ctx.names.method(q);
            method.addStatement(q.answer().accept(new AnswerSpec.Visitor<CodeBlock>() {
                @Override
                public CodeBlock visitNote(AnswerSpec.NoteSpec note) {
                    return CodeBlock.of("in.note($S)", q.id());
                }

                @Override
                public CodeBlock visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                    return read("yesNo");
                }

                @Override
                public CodeBlock visitText(AnswerSpec.TextSpec text) {
                    return read("text");
                }

                @Override
                public CodeBlock visitChoice(AnswerSpec.ChoiceSpec choice) {
                    return choice.multiple()
                            ? CodeBlock.of("b.$N(in.choices($S, $T.class, $T::fromCode))", set, q.id(), ctx.enumType(q),
                                    ctx.enumType(q))
                            : CodeBlock.of("b.$N(in.choice($S, $T::fromCode))", set, q.id(), ctx.enumType(q));
                }

                @Override
                public CodeBlock visitNumber(AnswerSpec.NumberSpec number) {
                    return read(number.integer() ? "integer" : "decimal");
                }

                @Override
                public CodeBlock visitDate(AnswerSpec.DateSpec date) {
                    return read("date");
                }

                private CodeBlock read(String reader) {
                    return CodeBlock.of("b.$N(in.$N($S))", set, reader, q.id());
                }
            }));
        }
        return method.build();
    }

    /**
     * Drops the answers of questions that are not enabled (and anything sent for a note); returns
     * whether the response changed, so that the binder builds it again only then. Only the
     * questions with a condition (theirs or their section's) are looked at.
     */
    private MethodSpec stripMethod(boolean anyConditional) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("stripDisabled")
                .addModifiers(Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(ctx.response, "r")
                .addParameter(ctx.builder, "b")
                .addParameter(rejectedMap(), "rejected")
                .addStatement("boolean changed = false");
        for (Question q : questions) {
            if (!q.answer().takesAnswer()) {
                method.addStatement("rejected.remove($S)", q.id());
            }
        }
        if (anyConditional) {
            int start = ctx.index(questions.get(0));
            method.beginControlFlow("for (int i : conditional)")
                    .beginControlFlow("if (!$T.enabled(i, r))", ctx.part(number))
                    .addStatement("changed |= b.clear$$($L)", start == 0 ? CodeBlock.of("i") : CodeBlock.of("$L + i", start))
                    .addStatement("rejected.remove($T.ids[i])", ctx.part(number))
                    .endControlFlow()
                    .endControlFlow();
        }
        return method.addStatement("return changed").build();
    }

    private MethodSpec toJsonMethod() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toJson")
                .addModifiers(Modifier.STATIC)
                .addParameter(ctx.response, "r")
                .addParameter(ParameterizedTypeName.get(Map.class, String.class, Object.class), "out");
        for (Question q : questions) {
            String get = ctx.names.method(q);
            CodeBlock put = CodeBlock.of("$T.put(out, $S, r.$N())", ctx.support, q.id(), get);
            CodeBlock statement = q.answer().accept(new AnswerSpec.Visitor<CodeBlock>() {
                @Override
                public CodeBlock visitNote(AnswerSpec.NoteSpec note) {
                    return null;
                }

                @Override
                public CodeBlock visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                    return put;
                }

                @Override
                public CodeBlock visitText(AnswerSpec.TextSpec text) {
                    return put;
                }

                @Override
                public CodeBlock visitChoice(AnswerSpec.ChoiceSpec choice) {
                    return CodeBlock.of("$T.$N(out, $S, r.$N(), $T::code)", ctx.support,
                            choice.multiple() ? "putChoices" : "putChoice", q.id(), get, ctx.enumType(q));
                }

                @Override
                public CodeBlock visitNumber(AnswerSpec.NumberSpec number) {
                    return put;
                }

                @Override
                public CodeBlock visitDate(AnswerSpec.DateSpec date) {
                    return CodeBlock.of("$T.putDate(out, $S, r.$N())", ctx.support, q.id(), get);
                }
            });
            if (statement != null) {
                method.addStatement(statement);
            }
        }
        return method.build();
    }

    private TypeName rejectedMap() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ctx.rejected);
    }
}
