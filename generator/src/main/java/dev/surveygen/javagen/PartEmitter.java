package dev.surveygen.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.surveygen.load.PortableRegex;
import dev.surveygen.model.Choice;
import dev.surveygen.model.Constraints;
import dev.surveygen.model.Question;
import dev.surveygen.model.QuestionType;
import dev.surveygen.model.Section;
import dev.surveygen.model.Text;
import dev.surveygen.semantics.ViolationMessages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * One part: the per-question code of up to {@link GenerationContext#PART_SIZE} questions —
 * enablement, validation, both binders, stripping of disabled answers and JSON output — with the
 * violations as static constants, so a valid response allocates nothing and an invalid one only
 * its list. The facades ({@link FacadeEmitter}) call the parts in order.
 */
final class PartEmitter {

    private final GenerationContext ctx;
    private final ViolationMessages messages;
    private final int number;
    private final List<Question> questions;
    private final PartConstants constants = new PartConstants();
    private final ConditionCode conditions;
    private final List<FieldSpec> violationFields = new ArrayList<>();
    private final List<FieldSpec> patternFields = new ArrayList<>();

    PartEmitter(GenerationContext ctx, int number) {
        this.ctx = ctx;
        this.messages = new ViolationMessages(ctx.survey);
        this.number = number;
        this.questions = ctx.parts.get(number);
        this.conditions = new ConditionCode(ctx, constants);
    }

    TypeSpec emit() {
        TypeSpec.Builder part = TypeSpec.classBuilder(ctx.part(number))
                .addModifiers(Modifier.FINAL)
                .addAnnotation(ctx.generated())
                .addJavadoc("Questions $L to $L of the survey: enablement, validation and binding.\n",
                        JavaText.javadoc(questions.get(0).id()), JavaText.javadoc(questions.get(questions.size() - 1).id()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<MethodSpec> methods = new ArrayList<>();
        for (Question q : questions) {
            methods.add(enabledMethod(q));
        }
        methods.add(enabledByPositionMethod());
        methods.add(validateMethod());
        part.addField(FieldSpec.builder(String[].class, "IDS", Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", CodeBlock.join(questions.stream().map(q -> CodeBlock.of("$S", q.id())).toList(), ", "))
                .build());
        part.addFields(constants.fields());
        part.addMethods(methods);
        // Holders, initialised on first use only: a valid response creates no violation, and a part
        // whose pattern questions are unanswered compiles no regular expression.
        part.addType(holder(VIOLATIONS, "The violations of these questions, created when the first one is reported.\n",
                violationFields));
        if (!patternFields.isEmpty()) {
            part.addType(holder(PATTERNS, "The patterns of these questions, compiled when the first one is checked.\n",
                    patternFields));
        }
        return part.build();
    }

    private static final String VIOLATIONS = "Violations";
    private static final String PATTERNS = "Patterns";

    private static TypeSpec holder(String name, String doc, List<FieldSpec> fields) {
        return TypeSpec.classBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(doc)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addFields(fields)
                .build();
    }

    private MethodSpec enabledMethod(Question q) {
        Section section = ctx.section(q);
        List<CodeBlock> parts = new ArrayList<>();
        section.condition().ifPresent(c -> parts.add(conditions.of(c.expr())));
        q.condition().ifPresent(c -> parts.add(conditions.of(c.expr())));
        CodeBlock expression = parts.isEmpty() ? CodeBlock.of("true") : CodeBlock.join(parts, " && ");
        MethodSpec.Builder method = MethodSpec.methodBuilder("enabled_" + ctx.names.method(q))
                .addModifiers(Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(ctx.response, "r");
        String written = section.condition().map(c -> "section: " + c.source() + "; ").orElse("")
                + q.condition().map(c -> c.source()).orElse("always");
        method.addJavadoc("$L: $L\n", JavaText.javadoc(q.id()), JavaText.javadoc(written));
        return method.addStatement("return $L", expression).build();
    }

    /** Enablement by position in this part, for the public enablement facade ({@link FacadeEmitter#enablement}). */
    private MethodSpec enabledByPositionMethod() {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (question) {\n$>");
        for (int i = 0; i < questions.size(); i++) {
            cases.add("case $L -> enabled_$N(r);\n", i, ctx.names.method(questions.get(i)));
        }
        cases.add("default -> throw new $T(question);\n$<};\n", IndexOutOfBoundsException.class);
        return MethodSpec.methodBuilder("enabled")
                .addModifiers(Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(int.class, "question")
                .addParameter(ctx.response, "r")
                .addCode(cases.build())
                .build();
    }

    private String violation(Question q, String code, Text message) {
        return violation(q, code, code.toUpperCase(Locale.ROOT).replace('-', '_'), message);
    }

    /** A static constant for one violation of {@code q}, named {@code <QUESTION>_<suffix>}. */
    private String violation(Question q, String code, String suffix, Text message) {
        String name = ctx.names.constant(q) + "_" + suffix;
        List<Object> args = new ArrayList<>(List.of(ctx.violation, JavaText.literal(q.id()), JavaText.literal(code)));
        StringBuilder format = new StringBuilder("new $T($L, $L");
        for (String locale : ctx.survey.locales()) {
            format.append(", $L");
            args.add(JavaText.literal(message.in(locale, "ja")));
        }
        violationFields.add(FieldSpec.builder(ctx.violation, name, Modifier.STATIC, Modifier.FINAL)
                .initializer(format.append(")").toString(), args.toArray()).build());
        return VIOLATIONS + "." + name;
    }

    private MethodSpec validateMethod() {
        ParameterizedTypeName list = ParameterizedTypeName.get(ClassName.get(List.class), ctx.violation);
        MethodSpec.Builder method = MethodSpec.methodBuilder("validate")
                .addModifiers(Modifier.STATIC)
                .returns(list)
                .addParameter(ctx.response, "r")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ctx.rejected),
                        "rejected")
                .addParameter(list, "out");
        CodeBlock.Builder body = CodeBlock.builder();
        for (Question q : questions) {
            body.add("// $L\n", JavaText.javadoc(q.id()));
            String na = violation(q, "not-applicable", messages.notApplicable(q));
            if (q.type() == QuestionType.NOTE) {
                body.beginControlFlow("if (rejected.get($S) != null)", q.id())
                        .addStatement("out = $T.add(out, $L)", ctx.support, na)
                        .endControlFlow();
                continue;
            }
            String getter = ctx.names.method(q);
            String type = violation(q, "type", messages.type(q));
            String choice = q.type().hasChoices() ? violation(q, "choice", messages.choice(q)) : null;
            body.add("{\n$>");
            body.addStatement("$T v = r.$N()", ctx.valueType(q), getter);
            body.addStatement("$T bad = rejected.get($S)", ctx.rejected, q.id());
            body.beginControlFlow("if (!enabled_$N(r))", getter)
                    .beginControlFlow("if (v != null || bad != null)")
                    .addStatement("out = $T.add(out, $L)", ctx.support, na)
                    .endControlFlow();
            body.nextControlFlow("else if (bad != null)");
            if (choice != null) {
                body.addStatement("out = $T.add(out, $S.equals(bad.code()) ? $L : $L)", ctx.support, "choice", choice, type);
            } else {
                body.addStatement("out = $T.add(out, $L)", ctx.support, type);
            }
            body.nextControlFlow("else if (v == null)");
            if (q.required()) {
                body.addStatement("out = $T.add(out, $L)", ctx.support,
                        violation(q, "required", messages.required(q)));
            }
            CodeBlock checks = constraintChecks(q);
            if (!checks.isEmpty()) {
                body.nextControlFlow("else");
                body.add(checks);
            }
            body.endControlFlow();
            body.add("$<}\n");
        }
        return method.addCode(body.build()).addStatement("return out").build();
    }

    /** An if / else-if chain in the reference order: exclusive, selection-count, range, length, pattern. */
    private CodeBlock constraintChecks(Question q) {
        Constraints c = q.constraints();
        List<CodeBlock> conditions = new ArrayList<>();
        List<String> results = new ArrayList<>();
        switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                for (Choice choice : q.choices().orElseThrow().choices()) {
                    if (choice.exclusive()) {
                        conditions.add(CodeBlock.of("v.size() > 1 && v.contains($T.$N)", ctx.enumType(q),
                                ctx.names.enumConstant(q.choices().orElseThrow(), choice.code())));
                        // Named by position: codes could spell another question's constant.
                        int position = q.choices().orElseThrow().choices().indexOf(choice);
                        results.add(violation(q, "exclusive", "EXCLUSIVE_" + position, messages.exclusive(q, choice)));
                    }
                }
                List<String> bounds = new ArrayList<>();
                c.minSelections().ifPresent(min -> bounds.add("v.size() < " + min));
                c.maxSelections().ifPresent(max -> bounds.add("v.size() > " + max));
                if (!bounds.isEmpty()) {
                    conditions.add(CodeBlock.of("$L", String.join(" || ", bounds)));
                    results.add(violation(q, "selection-count", messages.selectionCount(q)));
                }
            }
            case INTEGER -> {
                List<String> bounds = new ArrayList<>();
                c.min().ifPresent(min -> bounds.add("v < " + min.intValueExact()));
                c.max().ifPresent(max -> bounds.add("v > " + max.intValueExact()));
                if (!bounds.isEmpty()) {
                    conditions.add(CodeBlock.of("$L", String.join(" || ", bounds)));
                    results.add(violation(q, "range", messages.range(q)));
                }
            }
            case DECIMAL -> {
                List<CodeBlock> bounds = new ArrayList<>();
                c.min().ifPresent(min -> bounds.add(CodeBlock.of("v.compareTo($N) < 0", constants.decimal(min))));
                c.max().ifPresent(max -> bounds.add(CodeBlock.of("v.compareTo($N) > 0", constants.decimal(max))));
                if (!bounds.isEmpty()) {
                    conditions.add(CodeBlock.join(bounds, " || "));
                    results.add(violation(q, "range", messages.range(q)));
                }
            }
            case DATE -> {
                List<CodeBlock> bounds = new ArrayList<>();
                c.minDate().ifPresent(min -> bounds.add(CodeBlock.of("v.isBefore($N)", constants.date(min))));
                c.maxDate().ifPresent(max -> bounds.add(CodeBlock.of("v.isAfter($N)", constants.date(max))));
                if (!bounds.isEmpty()) {
                    conditions.add(CodeBlock.join(bounds, " || "));
                    results.add(violation(q, "range", messages.range(q)));
                }
            }
            case TEXT, LONG_TEXT -> {
                List<CodeBlock> bounds = new ArrayList<>();
                c.minLength().ifPresent(min -> bounds.add(CodeBlock.of("$T.shorterThan(v, $L)", ctx.support, min)));
                c.maxLength().ifPresent(max -> bounds.add(CodeBlock.of("$T.longerThan(v, $L)", ctx.support, max)));
                if (!bounds.isEmpty()) {
                    conditions.add(CodeBlock.join(bounds, " || "));
                    results.add(violation(q, "length", messages.length(q)));
                }
                if (c.pattern().isPresent()) {
                    String field = ctx.names.constant(q) + "_REGEX";
                    patternFields.add(FieldSpec.builder(Pattern.class, field, Modifier.STATIC, Modifier.FINAL)
                            .initializer("$T.compile($L)", Pattern.class,
                                    JavaText.literal(PortableRegex.canonical(c.pattern().get()))).build());
                    conditions.add(CodeBlock.of("!$T.matches($L.$N, v)", ctx.support, PATTERNS, field));
                    results.add(violation(q, "pattern", messages.pattern(q)));
                }
            }
            default -> { }
        }
        CodeBlock.Builder out = CodeBlock.builder();
        for (int i = 0; i < conditions.size(); i++) {
            if (i == 0) {
                out.beginControlFlow("if ($L)", conditions.get(i));
            } else {
                out.nextControlFlow("else if ($L)", conditions.get(i));
            }
            out.addStatement("out = $T.add(out, $L)", ctx.support, results.get(i));
        }
        if (!conditions.isEmpty()) {
            out.endControlFlow();
        }
        return out.build();
    }

    private TypeName rejectedMap() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ctx.rejected);
    }
}
