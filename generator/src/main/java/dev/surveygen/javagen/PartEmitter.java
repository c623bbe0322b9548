package dev.surveygen.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.surveygen.model.Choice;
import dev.surveygen.model.ChoiceList;
import dev.surveygen.model.Question;
import dev.surveygen.model.QuestionType;
import dev.surveygen.model.Section;
import dev.surveygen.model.Text;
import dev.surveygen.regex.PatternCompiler;
import dev.surveygen.semantics.ViolationMessages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** Fields and methods that serve single questions (tables, helpers), added after the part's own. */
    private final TypeSpec.Builder helpers = TypeSpec.classBuilder("Helpers");

    PartEmitter(GenerationContext ctx, int number) {
        this.ctx = ctx;
        this.messages = new ViolationMessages(ctx.survey);
        this.number = number;
        this.questions = ctx.parts.get(number);
        this.conditions = new ConditionCode(ctx, constants, ctx.part(number), helpers::addType);
    }

    TypeSpec emit() {
        TypeSpec.Builder part = ctx.topLevel(TypeSpec.classBuilder(ctx.part(number)))
                .addModifiers(Modifier.FINAL)
                .addAnnotation(ctx.generated())
                .addJavadoc("Questions $L to $L of the survey: enablement, validation and binding.\n",
                        JavaText.javadoc(questions.get(0).id()), JavaText.javadoc(questions.get(questions.size() - 1).id()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<MethodSpec> methods = new ArrayList<>();
        for (Question q : questions) {
            Section section = ctx.survey.sectionOf(q);
            if (section.condition().isPresent() && section.questions().get(0) == q) {
                methods.add(sectionMethod(section));
            }
            methods.add(enabledMethod(q));
        }
        methods.add(enabledByPositionMethod());
        methods.add(validateMethod());
        part.addField(FieldSpec.builder(String[].class, "IDS", Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", CodeBlock.join(questions.stream().map(q -> CodeBlock.of("$S", q.id())).toList(), ", "))
                .build());
        constants.addTo(part);
        TypeSpec collected = helpers.build();
        part.addFields(collected.fieldSpecs());
        part.addMethods(methods);
        part.addMethods(collected.methodSpecs());
        part.addTypes(collected.typeSpecs());
        // Holders, initialised on first use only: a valid response creates no violation, and a part
        // whose pattern questions are unanswered decodes no pattern program.
        part.addType(holder(VIOLATIONS, "The violations of these questions, created when the first one is reported.\n",
                violationFields));
        if (!patternFields.isEmpty()) {
            part.addType(holder(PATTERNS, "The patterns of these questions, decoded when the first one is checked.\n",
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

    /**
     * A section's condition, once, in the part of its first question: its questions call it
     * rather than each repeating it. The '$' keeps the name apart from every question's.
     */
    private MethodSpec sectionMethod(Section section) {
        return MethodSpec.methodBuilder(ctx.sectionMethod(section))
                .addModifiers(Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(ctx.response, "r")
                .addJavadoc("Section $L: $L\n", JavaText.javadoc(section.id()),
                        JavaText.javadoc(section.condition().orElseThrow().source()))
                .addStatement("return $L", conditions.of(section.condition().orElseThrow().expr()))
                .build();
    }

    private MethodSpec enabledMethod(Question q) {
        Section section = ctx.section(q);
        List<CodeBlock> parts = new ArrayList<>();
        section.condition().ifPresent(c -> parts.add(CodeBlock.of("$T.$N(r)", ctx.partOf(section.questions().get(0)),
                ctx.sectionMethod(section))));
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
        violationFields.add(FieldSpec.builder(ctx.violation, name, Modifier.STATIC, Modifier.FINAL)
                .initializer(newViolation(q, code, message)).build());
        return VIOLATIONS + "." + name;
    }

    /** {@code new …Violation(id, code, message per locale)}. */
    private CodeBlock newViolation(Question q, String code, Text message) {
        List<Object> args = new ArrayList<>(List.of(ctx.violation, JavaText.literal(q.id()), JavaText.literal(code)));
        StringBuilder format = new StringBuilder("new $T($L, $L");
        for (String locale : ctx.survey.locales()) {
            format.append(", $L");
            args.add(JavaText.literal(message.in(locale, "ja")));
        }
        return CodeBlock.of(format.append(")").toString(), args.toArray());
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
        Constraints c = Constraints.of(q);
        List<CodeBlock> conditions = new ArrayList<>();
        List<CodeBlock> results = new ArrayList<>();
        switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                String exclusive = exclusiveCheck(q);
                if (exclusive != null) {
                    conditions.add(CodeBlock.of("v.size() > 1 && $N(v) != null", exclusive));
                    results.add(CodeBlock.of("$N(v)", exclusive));
                }
                List<String> bounds = new ArrayList<>();
                c.minSelections().ifPresent(min -> bounds.add("v.size() < " + min));
                c.maxSelections().ifPresent(max -> bounds.add("v.size() > " + max));
                if (!bounds.isEmpty()) {
                    conditions.add(CodeBlock.of("$L", String.join(" || ", bounds)));
                    results.add(CodeBlock.of("$L", violation(q, "selection-count", messages.selectionCount(q))));
                }
            }
            case INTEGER -> {
                List<String> bounds = new ArrayList<>();
                c.min().ifPresent(min -> bounds.add("v < " + min.intValueExact()));
                c.max().ifPresent(max -> bounds.add("v > " + max.intValueExact()));
                if (!bounds.isEmpty()) {
                    conditions.add(CodeBlock.of("$L", String.join(" || ", bounds)));
                    results.add(CodeBlock.of("$L", violation(q, "range", messages.range(q))));
                }
            }
            case DECIMAL -> {
                List<CodeBlock> bounds = new ArrayList<>();
                c.min().ifPresent(min -> bounds.add(CodeBlock.of("v.compareTo($L) < 0", constants.decimal(min))));
                c.max().ifPresent(max -> bounds.add(CodeBlock.of("v.compareTo($L) > 0", constants.decimal(max))));
                if (!bounds.isEmpty()) {
                    conditions.add(CodeBlock.join(bounds, " || "));
                    results.add(CodeBlock.of("$L", violation(q, "range", messages.range(q))));
                }
            }
            case DATE -> {
                List<CodeBlock> bounds = new ArrayList<>();
                c.minDate().ifPresent(min -> bounds.add(CodeBlock.of("v.toEpochDay() < $L", PartConstants.epochDay(min))));
                c.maxDate().ifPresent(max -> bounds.add(CodeBlock.of("v.toEpochDay() > $L", PartConstants.epochDay(max))));
                if (!bounds.isEmpty()) {
                    conditions.add(CodeBlock.join(bounds, " || "));
                    results.add(CodeBlock.of("$L", violation(q, "range", messages.range(q))));
                }
            }
            case TEXT, LONG_TEXT -> {
                List<CodeBlock> bounds = new ArrayList<>();
                c.minLength().ifPresent(min -> bounds.add(CodeBlock.of("$T.shorterThan(v, $L)", ctx.support, min)));
                c.maxLength().ifPresent(max -> bounds.add(CodeBlock.of("$T.longerThan(v, $L)", ctx.support, max)));
                if (!bounds.isEmpty()) {
                    conditions.add(CodeBlock.join(bounds, " || "));
                    results.add(CodeBlock.of("$L", violation(q, "length", messages.length(q))));
                }
                if (c.pattern().isPresent()) {
                    String field = ctx.names.constant(q) + "_REGEX";
                    patternFields.add(FieldSpec.builder(int[].class, field, Modifier.STATIC, Modifier.FINAL)
                            .addJavadoc("The program of the pattern <code>$L</code> (docs/definition-format.md, Part 10).\n",
                                    JavaText.javadoc(c.pattern().get()))
                            .initializer("$T.program($L)", ctx.patternMatcher,
                                    programText(PatternCompiler.compileAccepted(c.pattern().get()))).build());
                    conditions.add(CodeBlock.of("!$T.matches($L.$N, v)", ctx.patternMatcher, PATTERNS, field));
                    results.add(CodeBlock.of("$L", violation(q, "pattern", messages.pattern(q))));
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

    /** The program's text as string literals of at most about 16,000 characters each (a constant holds 65,535 bytes). */
    private static CodeBlock programText(int[] program) {
        String text = PatternCompiler.text(program);
        List<CodeBlock> parts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + 16_000);
            if (end < text.length()) {
                end = text.lastIndexOf(',', end) + 1; // cut after a comma, never inside a number
            }
            parts.add(CodeBlock.of("$S", text.substring(start, end)));
            start = end;
        }
        return CodeBlock.join(parts, ", ");
    }

    /**
     * For a multiple-choice question with exclusive choices, a method returning the violation for
     * the first exclusive choice (in list order) that a selection holds, or null: a loop over a
     * table of the exclusive constants and one of their violations, so that its size does not grow
     * with their number (a list may have thousands), and it allocates nothing. Null when there are
     * none. Names with '$' are out of reach of every id and code.
     */
    private String exclusiveCheck(Question q) {
        ChoiceList list = q.choices().orElseThrow();
        List<Choice> exclusive = list.choices().stream().filter(Choice::exclusive).toList();
        if (exclusive.isEmpty()) {
            return null;
        }
        String method = "exclusive$" + ctx.names.method(q);
        String choicesField = ctx.names.constant(q) + "$EXCLUSIVE_CHOICES";
        String violationsField = ctx.names.constant(q) + "$EXCLUSIVE";
        ClassName e = ctx.enumType(q);
        helpers.addField(ArrayTables.add(helpers, e, choicesField, "exclusiveChoices$" + ctx.names.method(q), "",
                exclusive.stream().map(c -> CodeBlock.of("$T.$N", e, ctx.names.enumConstant(list, c.code()))).toList()));
        helpers.addField(ArrayTables.add(helpers, ctx.violation, violationsField, "exclusiveViolations$" + ctx.names.method(q),
                "", exclusive.stream().map(c -> newViolation(q, "exclusive", messages.exclusive(q, c))).toList()));
        helpers.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ctx.violation)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Set.class), e), "v")
                .addJavadoc("$L: the violation of selecting the first exclusive choice it holds with others, or null.\n",
                        JavaText.javadoc(q.id()))
                .beginControlFlow("for (int i = 0; i < $N.length; i++)", choicesField)
                .beginControlFlow("if (v.contains($N[i]))", choicesField)
                .addStatement("return $N[i]", violationsField)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return null")
                .build());
        return method;
    }

    private TypeName rejectedMap() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ctx.rejected);
    }
}
