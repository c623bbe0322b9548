package dev.surveygen.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.surveygen.model.Question;
import dev.surveygen.model.QuestionType;
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
        return ctx.topLevel(TypeSpec.classBuilder(ctx.binderPart(number)))
                .addModifiers(Modifier.FINAL)
                .addAnnotation(ctx.generated())
                .addJavadoc("Questions $L to $L of the survey: binding from forms and JSON, and JSON output.\n",
                        JavaText.javadoc(questions.get(0).id()), JavaText.javadoc(questions.get(questions.size() - 1).id()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(bindMethod())
                .addMethod(stripMethod())
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
            switch (q.type()) {
                case NOTE -> method.addStatement("in.note($S)", q.id());
                case TEXT, LONG_TEXT -> method.addStatement("b.$N(in.text($S))", set, q.id());
                case YES_NO -> method.addStatement("b.$N(in.yesNo($S))", set, q.id());
                case INTEGER -> method.addStatement("b.$N(in.integer($S))", set, q.id());
                case DECIMAL -> method.addStatement("b.$N(in.decimal($S))", set, q.id());
                case DATE -> method.addStatement("b.$N(in.date($S))", set, q.id());
                case SINGLE_CHOICE -> method.addStatement("b.$N(in.choice($S, $T::fromCode))", set, q.id(), ctx.enumType(q));
                case MULTIPLE_CHOICE -> method.addStatement("b.$N(in.choices($S, $T.class, $T::fromCode))", set, q.id(),
                        ctx.enumType(q), ctx.enumType(q));
                default -> throw new IllegalStateException(q.type().toString());
            }
        }
        return method.build();
    }

    /**
     * Drops the answers of questions that are not enabled; returns whether the response changed,
     * so that the binder builds it again only then. Questions with no condition are always enabled.
     */
    private MethodSpec stripMethod() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("stripDisabled")
                .addModifiers(Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(ctx.response, "r")
                .addParameter(ctx.builder, "b")
                .addParameter(rejectedMap(), "rejected")
                .addStatement("boolean changed = false");
        for (Question q : questions) {
            if (q.type() == QuestionType.NOTE) {
                method.addStatement("rejected.remove($S)", q.id());
            } else if (q.condition().isPresent() || ctx.section(q).condition().isPresent()) {
                String get = ctx.names.method(q);
                method.beginControlFlow("if (!$T.enabled_$N(r))", ctx.part(number), get)
                        .addStatement("changed |= r.$N() != null", get)
                        .addStatement("b.$N(null)", get)
                        .addStatement("rejected.remove($S)", q.id())
                        .endControlFlow();
            }
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
            switch (q.type()) {
                case NOTE -> { }
                case SINGLE_CHOICE -> method.addStatement("$T.putChoice(out, $S, r.$N(), $T::code)", ctx.support, q.id(), get,
                        ctx.enumType(q));
                case MULTIPLE_CHOICE -> method.addStatement("$T.putChoices(out, $S, r.$N(), $T::code)", ctx.support, q.id(),
                        get, ctx.enumType(q));
                default -> method.addStatement("$T.put(out, $S, r.$N())", ctx.support, q.id(), get);
            }
        }
        return method.build();
    }

    private TypeName rejectedMap() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ctx.rejected);
    }
}
