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
                .addMethod(bindFormMethod())
                .addMethod(bindJsonMethod())
                .addMethod(stripMethod())
                .addMethod(toJsonMethod())
                .build();
    }

    private MethodSpec bindFormMethod() {
        TypeName form = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                WildcardTypeName.subtypeOf(Object.class));
        MethodSpec.Builder method = MethodSpec.methodBuilder("bindForm")
                .addModifiers(Modifier.STATIC)
                .addParameter(form, "form")
                .addParameter(ctx.builder, "b")
                .addParameter(rejectedMap(), "rejected");
        CodeBlock.Builder body = CodeBlock.builder();
        for (Question q : questions) {
            body.add("{\n$>");
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                ClassName e = ctx.enumType(q);
                body.addStatement("$T raw = $T.formValues(form, $S)", ParameterizedTypeName.get(List.class, String.class),
                                ctx.support, q.id())
                        .beginControlFlow("if (!raw.isEmpty())")
                        .addStatement("$T set = $T.noneOf($T.class)", ParameterizedTypeName.get(ClassName.get(Set.class), e),
                                EnumSet.class, e)
                        .addStatement("boolean known = true")
                        .beginControlFlow("for ($T code : raw)", String.class)
                        .addStatement("$T choice = $T.fromCode(code)", e, e)
                        .addStatement("known &= choice != null")
                        .beginControlFlow("if (choice != null)")
                        .addStatement("set.add(choice)")
                        .endControlFlow()
                        .endControlFlow()
                        .beginControlFlow("if (known)")
                        .addStatement("b.$N(set)", ctx.names.method(q))
                        .nextControlFlow("else")
                        .addStatement("rejected.put($S, new $T($S, raw))", q.id(), ctx.rejected, "choice")
                        .endControlFlow()
                        .endControlFlow();
                body.add("$<}\n");
                continue;
            }
            // One non-blank value is a String; several are a List, which only a note or a text can be sent as
            // by mistake (a "type" problem, kept as sent).
            body.addStatement("$T raw = $T.formValue(form, $S)", Object.class, ctx.support, q.id());
            if (q.type() == QuestionType.NOTE) {
                body.beginControlFlow("if (raw != null)")
                        .addStatement("rejected.put($S, new $T($S, raw))", q.id(), ctx.rejected, "type")
                        .endControlFlow();
            } else {
                body.beginControlFlow("if (raw instanceof $T one)", String.class);
                String get = ctx.names.method(q);
                switch (q.type()) {
                    case TEXT, LONG_TEXT -> body.addStatement("b.$N(one)", get);
                    case SINGLE_CHOICE -> readOrReject(body, q, CodeBlock.of("$T.fromCode(one)", ctx.enumType(q)),
                            "choice", "one");
                    case YES_NO -> readOrReject(body, q, CodeBlock.of("$T.formYesNo(one)", ctx.support), "type", "one");
                    case INTEGER -> readOrReject(body, q, CodeBlock.of("$T.formInteger(one)", ctx.support), "type", "one");
                    case DECIMAL -> readOrReject(body, q, CodeBlock.of("$T.formDecimal(one)", ctx.support), "type", "one");
                    case DATE -> readOrReject(body, q, CodeBlock.of("$T.formDate(one)", ctx.support), "type", "one");
                    default -> throw new IllegalStateException(q.type().toString());
                }
                body.nextControlFlow("else if (raw != null)")
                        .addStatement("rejected.put($S, new $T($S, raw))", q.id(), ctx.rejected, "type")
                        .endControlFlow();
            }
            body.add("$<}\n");
        }
        return method.addCode(body.build()).build();
    }

    private void readOrReject(CodeBlock.Builder body, Question q, CodeBlock read, String code, String raw) {
        body.addStatement("$T value = $L", ctx.valueType(q), read)
                .beginControlFlow("if (value == null)")
                .addStatement("rejected.put($S, new $T($S, $L))", q.id(), ctx.rejected, code, raw)
                .nextControlFlow("else")
                .addStatement("b.$N(value)", ctx.names.method(q))
                .endControlFlow();
    }

    private MethodSpec bindJsonMethod() {
        TypeName json = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                WildcardTypeName.subtypeOf(Object.class));
        MethodSpec.Builder method = MethodSpec.methodBuilder("bindJson")
                .addModifiers(Modifier.STATIC)
                .addParameter(json, "json")
                .addParameter(ctx.builder, "b")
                .addParameter(rejectedMap(), "rejected");
        CodeBlock.Builder body = CodeBlock.builder();
        for (Question q : questions) {
            String get = ctx.names.method(q);
            body.add("{\n$>");
            body.addStatement("$T raw = json.get($S)", Object.class, q.id());
            body.beginControlFlow("if (raw != null && !(raw instanceof $T blank && $T.isBlank(blank)))", String.class,
                    ctx.support);
            switch (q.type()) {
                case NOTE -> body.addStatement("rejected.put($S, new $T($S, raw))", q.id(), ctx.rejected, "type");
                case YES_NO -> body.beginControlFlow("if (raw instanceof $T value)", Boolean.class)
                        .addStatement("b.$N(value)", get)
                        .nextControlFlow("else").addStatement("rejected.put($S, new $T($S, raw))", q.id(), ctx.rejected, "type")
                        .endControlFlow();
                case TEXT, LONG_TEXT -> body.beginControlFlow("if (raw instanceof $T value)", String.class)
                        .addStatement("b.$N(value)", get)
                        .nextControlFlow("else").addStatement("rejected.put($S, new $T($S, raw))", q.id(), ctx.rejected, "type")
                        .endControlFlow();
                case DATE, SINGLE_CHOICE -> {
                    boolean date = q.type() == QuestionType.DATE;
                    body.beginControlFlow("if (raw instanceof $T text)", String.class)
                            .beginControlFlow("if (!$T.isBlank(text))", ctx.support);
                    readOrReject(body, q, date ? CodeBlock.of("$T.isoDate($T.trim(text))", ctx.support, ctx.support)
                            : CodeBlock.of("$T.fromCode(text)", ctx.enumType(q)), date ? "type" : "choice", "raw");
                    body.endControlFlow()
                            .nextControlFlow("else").addStatement("rejected.put($S, new $T($S, raw))", q.id(), ctx.rejected, "type")
                            .endControlFlow();
                }
                case MULTIPLE_CHOICE -> {
                    ClassName e = ctx.enumType(q);
                    body.beginControlFlow("if (raw instanceof $T<?> items)", Collection.class)
                            .addStatement("$T set = $T.noneOf($T.class)", ParameterizedTypeName.get(ClassName.get(Set.class), e),
                                    EnumSet.class, e)
                            .addStatement("$T problem = null", String.class)
                            .beginControlFlow("for ($T item : items)", Object.class)
                            .beginControlFlow("if (!(item instanceof $T code))", String.class)
                            .addStatement("problem = $S", "type")
                            .addStatement("break")
                            .endControlFlow()
                            .beginControlFlow("if ($T.isBlank(code))", ctx.support)
                            .addStatement("continue")
                            .endControlFlow()
                            .addStatement("$T choice = $T.fromCode(code)", e, e)
                            .beginControlFlow("if (choice == null)")
                            .addStatement("problem = $S", "choice")
                            .nextControlFlow("else")
                            .addStatement("set.add(choice)")
                            .endControlFlow()
                            .endControlFlow()
                            .beginControlFlow("if (problem != null)")
                            .addStatement("rejected.put($S, new $T(problem, raw))", q.id(), ctx.rejected)
                            .nextControlFlow("else if (!set.isEmpty())")
                            .addStatement("b.$N(set)", get)
                            .endControlFlow()
                            .nextControlFlow("else").addStatement("rejected.put($S, new $T($S, raw))", q.id(), ctx.rejected, "type")
                            .endControlFlow();
                }
                case INTEGER, DECIMAL -> readOrReject(body, q, CodeBlock.of("$T.$N(raw)", ctx.support,
                        q.type() == QuestionType.INTEGER ? "jsonInteger" : "jsonDecimal"), "type", "raw");
                default -> throw new IllegalStateException(q.type().toString());
            }
            body.endControlFlow();
            body.add("$<}\n");
        }
        return method.addCode(body.build()).build();
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
                continue;
            }
            if (q.condition().isEmpty() && ctx.section(q).condition().isEmpty()) {
                continue;
            }
            String get = ctx.names.method(q);
            method.beginControlFlow("if (!$T.enabled_$N(r))", ctx.part(number), get)
                    .beginControlFlow("if (r.$N() != null)", get)
                    .addStatement("b.$N(null)", get)
                    .addStatement("changed = true")
                    .endControlFlow()
                    .addStatement("rejected.remove($S)", q.id())
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
            if (q.type() == QuestionType.NOTE) {
                continue;
            }
            String get = ctx.names.method(q);
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                method.beginControlFlow("if (r.$N() != null)", get)
                        .addStatement("$T codes = new $T<>()", ParameterizedTypeName.get(List.class, String.class),
                                ArrayList.class)
                        .beginControlFlow("for ($T choice : r.$N())", ctx.enumType(q), get)
                        .addStatement("codes.add(choice.code())")
                        .endControlFlow()
                        .addStatement("out.put($S, codes)", q.id())
                        .endControlFlow();
                continue;
            }
            CodeBlock value = switch (q.type()) {
                case SINGLE_CHOICE -> CodeBlock.of("r.$N().code()", get);
                case DATE -> CodeBlock.of("r.$N().toString()", get);
                default -> CodeBlock.of("r.$N()", get);
            };
            method.beginControlFlow("if (r.$N() != null)", get)
                    .addStatement("out.put($S, $L)", q.id(), value)
                    .endControlFlow();
        }
        return method.build();
    }

    private TypeName rejectedMap() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ctx.rejected);
    }
}
