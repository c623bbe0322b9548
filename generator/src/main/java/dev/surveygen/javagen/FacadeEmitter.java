package dev.surveygen.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.surveygen.model.Text;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.ViolationMessages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/** The public entry points: validator and binder, each calling the parts in order. */
final class FacadeEmitter {

    private final GenerationContext ctx;

    FacadeEmitter(GenerationContext ctx) {
        this.ctx = ctx;
    }

    TypeSpec validator() {
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), ctx.violation);
        TypeName rejectedMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ctx.rejected);
        CodeBlock.Builder parts = ctx.parts.isEmpty() ? CodeBlock.builder().addStatement("$T out = null", list)
                : CodeBlock.builder().addStatement("$T out = $T.validate(r, rejected, null)", list, ctx.part(0));
        for (int k = 1; k < ctx.parts.size(); k++) {
            parts.addStatement("out = $T.validate(r, rejected, out)", ctx.part(k));
        }
        Text unknown = new ViolationMessages(ctx.survey).unknownQuestion();
        List<Object> args = new ArrayList<>(List.of(ctx.support, ctx.violation, ctx.violation.nestedClass("Code"), List.class));
        StringBuilder format = new StringBuilder("out = $T.add(out, new $T(key, $T.UNKNOWN_QUESTION, $T.of(");
        for (String locale : ctx.survey.locales()) {
            format.append(args.size() > 4 ? ", $L" : "$L");
            args.add(JavaText.literal(unknown.in(locale, ctx.survey.defaultLocale())));
        }
        format.append(")))");
        // Iterating over an empty sorted set allocates an iterator: a valid response allocates nothing.
        parts.beginControlFlow("if (!unknown.isEmpty())")
                .beginControlFlow("for ($T key : unknown)", String.class)
                .addStatement(format.toString(), args.toArray())
                .endControlFlow()
                .endControlFlow()
                .addStatement("return out == null ? $T.of() : $T.unmodifiableList(out)", List.class, Collections.class);
        return ctx.topLevel(TypeSpec.classBuilder(ctx.validator))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(ctx.generated())
                .addJavadoc("Validates responses with the survey's rules: the same violations, in the same order and with\n"
                        + "the same messages as the surveygen reference interpreter. A valid response allocates nothing.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("validate").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(list).addParameter(ctx.response, "response")
                        .addJavadoc("@param response a response built in code\n@return the violations in question order;"
                                + " empty when valid\n")
                        .addStatement("return validate(response, $T.of(), $T.emptySortedSet())", Map.class, Collections.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("validate").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(list).addParameter(ctx.binding, "binding")
                        .addJavadoc("@param binding what a binder read, including the answers it could not read\n"
                                + "@return the violations in question order, then unknown questions; empty when valid\n")
                        .addStatement("return validate(binding.response(), binding.rejected(), binding.unknownQuestions())")
                        .build())
                .addMethod(MethodSpec.methodBuilder("validate").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(list).addParameter(ctx.response, "r").addParameter(rejectedMap, "rejected")
                        .addParameter(ParameterizedTypeName.get(SortedSet.class, String.class), "unknown")
                        .addCode(parts.build()).build())
                .build();
    }

    TypeSpec binder() {
        TypeName form = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                WildcardTypeName.subtypeOf(ParameterizedTypeName.get(List.class, String.class)));
        TypeName json = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                WildcardTypeName.subtypeOf(Object.class));
        TypeName rejectedMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ctx.rejected);
        ClassName answers = ctx.support.nestedClass("Answers");
        ClassName outcome = ctx.support.nestedClass("Outcome");
        ClassName code = ctx.violation.nestedClass("Code");
        ClassName disabled = ctx.binder.nestedClass("DisabledAnswers");
        CodeBlock newRejected = CodeBlock.of("$T rejected = new $T<>()", rejectedMap, LinkedHashMap.class);
        // The parts bind in order; a part drops its disabled answers and says whether it dropped any.
        CodeBlock.Builder bind = CodeBlock.builder().addStatement("$T b = $T.builder()", ctx.builder, ctx.response);
        List<CodeBlock> strips = new ArrayList<>();
        CodeBlock.Builder toJson = CodeBlock.builder()
                .addStatement("$T out = new $T<>()", ParameterizedTypeName.get(Map.class, String.class, Object.class),
                        LinkedHashMap.class);
        for (int k = 0; k < ctx.parts.size(); k++) {
            bind.addStatement("$T.bind(in, b)", ctx.binderPart(k));
            strips.add(CodeBlock.of("$T.stripDisabled(response, b, rejected)", ctx.binderPart(k)));
            toJson.addStatement("$T.toJson(response, out)", ctx.binderPart(k));
        }
        bind.addStatement("$T response = b.build()", ctx.response)
                // '|', not '||': every part drops its own answers.
                .beginControlFlow(strips.size() == 1 ? "if (disabled == $T.DROP && $L)" : "if (disabled == $T.DROP && ($L))",
                        disabled, CodeBlock.join(strips, " | "))
                .addStatement("response = b.build()")
                .endControlFlow()
                .addStatement("$T unknown = null", ParameterizedTypeName.get(SortedSet.class, String.class))
                .beginControlFlow("for ($T key : keys)", String.class)
                .beginControlFlow("if (key != null && !(form && key.startsWith(HOST_FIELD_PREFIX)) && !$T.contains(key))",
                        ctx.questions)
                .addStatement("unknown = unknown == null ? new $T<>() : unknown", TreeSet.class)
                .addStatement("unknown.add(key)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return new $T(response, rejected, unknown == null ? $T.emptySortedSet() : unknown)",
                        ctx.binding, Collections.class);
        String disabledDoc = "@param disabled what to do with the answers of questions that are not enabled\n";
        String reportDoc = ", keeping the answers of questions that are not enabled ({@link DisabledAnswers#REPORT})";
        String throwsDoc = "@throws $T {@code line L, column C: message} when the text is not JSON, or not a JSON object\n";
        TypeSpec disabledAnswers = TypeSpec.enumBuilder(disabled).addModifiers(Modifier.PUBLIC)
                .addJavadoc("What a binder does with the answers of questions that are not enabled for the response.\n")
                .addEnumConstant("REPORT", TypeSpec.anonymousClassBuilder("")
                        .addJavadoc("Keep them: the validator reports each as {@code not-applicable} (for data from elsewhere).\n")
                        .build())
                .addEnumConstant("DROP", TypeSpec.anonymousClassBuilder("")
                        .addJavadoc("Drop them, as the HTML form does before it submits.\n").build())
                .build();
        TypeSpec.Builder binder = ctx.topLevel(TypeSpec.classBuilder(ctx.binder))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(ctx.generated())
                .addJavadoc("Reads responses from HTML form parameters, JSON-shaped maps and JSON text, and writes them as\n"
                        + "JSON. What cannot be read is kept in the {@link $T} for the validator to report: only\n"
                        + "{@code fromJsonText} throws, for text that is not a JSON object.\n", ctx.binding)
                .addField(FieldSpec.builder(String.class, "HOST_FIELD_PREFIX", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("Form fields whose name starts with this are the host's own (a CSRF token such as\n"
                                + "{@code _csrf}), never answers: the form binders ignore them, as the form's script does.\n")
                        .initializer("$S", FormValues.HOST_FIELD_PREFIX).build())
                .addType(disabledAnswers)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("fromForm").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ctx.binding).addParameter(form, "form")
                        .addJavadoc("Reads form parameters" + reportDoc + ".\n\n"
                                + "@param form parameter name to values\n@return what was read\n")
                        .addStatement("return fromForm(form, $T.REPORT)", disabled).build())
                .addMethod(MethodSpec.methodBuilder("fromForm").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ctx.binding).addParameter(form, "form").addParameter(disabled, "disabled")
                        .addJavadoc("Reads form parameters: every value a string, trimmed, full-width digits as the survey\n"
                                + "says; fields named with {@link #HOST_FIELD_PREFIX} are ignored.\n\n"
                                + "@param form parameter name to values\n" + disabledDoc + "@return what was read\n")
                        .addStatement("return bindForm(form, disabled)").build())
                .addMethod(MethodSpec.methodBuilder("fromParameterMap").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ctx.binding)
                        .addParameter(ParameterizedTypeName.get(Map.class, String.class, String[].class), "parameters")
                        .addParameter(disabled, "disabled")
                        .addJavadoc("Reads a servlet's parameter map as {@link #fromForm($T, DisabledAnswers)} does, without copying"
                                + " it.\n\n@param parameters parameter name to values\n" + disabledDoc + "@return what was read\n",
                                Map.class)
                        .addStatement("return bindForm(parameters, disabled)").build())
                .addMethod(MethodSpec.methodBuilder("bindForm").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(ctx.binding).addParameter(json, "form").addParameter(disabled, "disabled")
                        .addStatement(newRejected)
                        .addStatement("return bind($T.form(form, $L, rejections(rejected)), rejected, form.keySet(), true,"
                                + " disabled)", answers, ctx.survey.digitPolicy() == dev.surveygen.model.DigitPolicy.NFKC)
                        .build())
                .addMethod(MethodSpec.methodBuilder("fromJson").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ctx.binding).addParameter(json, "json")
                        .addJavadoc("Reads a JSON-shaped map" + reportDoc + ".\n\n"
                                + "@param json question id to answer\n@return what was read\n")
                        .addStatement("return fromJson(json, $T.REPORT)", disabled).build())
                .addMethod(MethodSpec.methodBuilder("fromJson").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ctx.binding).addParameter(json, "json").addParameter(disabled, "disabled")
                        .addJavadoc("Reads a JSON-shaped map strictly by JSON type, as {@code surveygen check} does.\n\n"
                                + "@param json question id to answer\n" + disabledDoc + "@return what was read\n")
                        .addStatement(newRejected)
                        .addStatement("return bind($T.json(json, rejections(rejected)), rejected, json.keySet(), false,"
                                + " disabled)", answers)
                        .build())
                .addMethod(MethodSpec.methodBuilder("fromJsonText").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ctx.binding).addParameter(String.class, "text")
                        .addJavadoc("Reads JSON text" + reportDoc + ".\n\n@param text a JSON object from question id to"
                                + " answer\n@return what was read\n" + throwsDoc, IllegalArgumentException.class)
                        .addStatement("return fromJsonText(text, $T.REPORT)", disabled).build())
                .addMethod(MethodSpec.methodBuilder("fromJsonText").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ctx.binding).addParameter(String.class, "text").addParameter(disabled, "disabled")
                        .addJavadoc("Reads a response stored as JSON text (such as a line written by {@link #toJsonText}), as\n"
                                + "strictly as {@code surveygen check} reads it.\n\n@param text a JSON object from question id to"
                                + " answer\n" + disabledDoc + "@return what was read\n" + throwsDoc,
                                IllegalArgumentException.class)
                        .addStatement("$T json = $T.read(text)", Object.class, ctx.json)
                        .beginControlFlow("if (!(json instanceof $T<?, ?> object))", Map.class)
                        .addStatement("throw new $T($S)", IllegalArgumentException.class,
                                "line 1, column 1: a response is a JSON object from question id to answer")
                        .endControlFlow()
                        .addStatement("$T answers = new $T<>()", ParameterizedTypeName.get(Map.class, String.class,
                                Object.class), LinkedHashMap.class)
                        .addStatement("object.forEach((key, value) -> answers.put(($T) key, value))", String.class)
                        .addStatement("return fromJson(answers, disabled)").build())
                .addMethod(MethodSpec.methodBuilder("toJsonText").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(String.class).addParameter(ctx.response, "response")
                        .addJavadoc("The response as compact JSON text on one line, as {@link #toJson} shapes it: ready to be\n"
                                + "stored, one line per response, and read back with {@link #fromJsonText}.\n\n@param response a"
                                + " response\n@return JSON text without line breaks\n")
                        .addStatement("return $T.write(toJson(response))", ctx.json).build())
                .addMethod(MethodSpec.methodBuilder("toJson").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(Map.class, String.class, Object.class))
                        .addParameter(ctx.response, "response")
                        .addJavadoc("@param response a response\n@return its answers in JSON shape, in definition order,"
                                + " unanswered questions left out\n")
                        .addCode(toJson.build()).addStatement("return out").build())
                .addMethod(MethodSpec.methodBuilder("rejections").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(ctx.support.nestedClass("Rejections")).addParameter(rejectedMap, "rejected")
                        .addStatement("return (question, reason, value) -> rejected.put(question, new $T(reason == $T.CHOICE"
                                + " ? $T.CHOICE : $T.TYPE, value))", ctx.rejected, outcome, code, code)
                        .build())
                .addMethod(MethodSpec.methodBuilder("bind").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(ctx.binding).addParameter(answers, "in").addParameter(rejectedMap, "rejected")
                        .addParameter(ParameterizedTypeName.get(Set.class, String.class), "keys")
                        .addParameter(boolean.class, "form")
                        .addParameter(disabled, "disabled")
                        .addCode(bind.build()).build());
        if (ctx.options.jackson()) {
            new JacksonEmitter(ctx).addTo(binder);
        }
        return binder.build();
    }
}
