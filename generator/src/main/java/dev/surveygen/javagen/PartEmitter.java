package dev.surveygen.javagen;

import com.palantir.javapoet.ArrayTypeName;
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
import dev.surveygen.model.AnswerSpec;
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

    /** "No bound": as {@code $T}, so that a choice list named {@code long} in the package cannot shadow it. */
    private static final CodeBlock LONG_MIN = CodeBlock.of("$T.MIN_VALUE", Long.class);
    private static final CodeBlock LONG_MAX = CodeBlock.of("$T.MAX_VALUE", Long.class);


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
                .addJavadoc("Questions $L to $L of the survey: enablement and validation.\n",
                        JavaText.javadoc(questions.get(0).id()), JavaText.javadoc(questions.get(questions.size() - 1).id()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<MethodSpec> methods = new ArrayList<>();
        for (Question q : questions) {
            Section section = ctx.survey.sectionOf(q);
            if (section.condition().isPresent() && section.questions().get(0) == q) {
                methods.add(sectionMethod(section));
            }
            if (ctx.ownsEnabler(q)) {
                methods.add(enabledMethod(q));
            }
        }
        methods.add(enabledByPositionMethod());
        methods.add(validateMethod());
        // The tables of parts (ids, decimals, conditional) are named in lower case, as arrays, which are
        // mutable, are named in Java: an enum may be called IDS (a java-name), and a field of its name
        // would hide it from the conditions here.
        part.addField(FieldSpec.builder(String[].class, "ids", Modifier.STATIC, Modifier.FINAL)
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
        // Its condition is written once, in the Javadoc of its accessor (a note's: of its constant in …Questions).
        return method.addStatement("return $L", expression).build();
    }

    /** Enablement by position in this part, for the public enablement facade ({@code …Questions.isEnabled}). */
    private MethodSpec enabledByPositionMethod() {
        CodeBlock.Builder cases = CodeBlock.builder();
        if (questions.stream().allMatch(ctx::alwaysEnabled)) {
            cases.addStatement("return true");
        } else {
            cases.add("return switch (question) {\n$>");
            // Positions in a row that call the same method share one case.
            for (int i = 0; i < questions.size(); i++) {
                if (ctx.alwaysEnabled(questions.get(i))) {
                    continue;
                }
                Question enabler = ctx.enabler(questions.get(i));
                List<String> positions = new ArrayList<>(List.of(String.valueOf(i)));
                while (i + 1 < questions.size() && !ctx.alwaysEnabled(questions.get(i + 1))
                        && ctx.enabler(questions.get(i + 1)) == enabler) {
                    positions.add(String.valueOf(++i));
                }
                cases.add("case $L -> enabled_$N(r);\n", String.join(", ", positions), ctx.names.method(enabler));
            }
            cases.add("default -> true;\n$<};\n");
        }
        return MethodSpec.methodBuilder("enabled")
                .addModifiers(Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(int.class, "question")
                .addParameter(ctx.response, "r")
                .addCode(cases.build())
                .build();
    }

    /** {@code new …Violation(id, code, message per locale)}. */
    private CodeBlock newViolation(Question q, String code, Text message) {
        List<Object> args = new ArrayList<>(List.of(ctx.violation, JavaText.literal(q.id()), ctx.violation.nestedClass("Code"),
                code.toUpperCase(Locale.ROOT).replace('-', '_')));
        args.add(List.class);
        StringBuilder format = new StringBuilder("new $T($L, $T.$N, $T.of(");
        for (String locale : ctx.survey.locales()) {
            format.append(args.size() > 5 ? ", $L" : "$L");
            args.add(JavaText.literal(message.in(locale, ctx.survey.defaultLocale())));
        }
        return CodeBlock.of(format.append("))").toString(), args.toArray());
    }

    /**
     * The outcomes of the runtime's {@code Support.Outcome}, in its order: a question's violations
     * are a row of the part's table indexed by the outcome's ordinal (null where none can occur).
     */
    static final List<String> OUTCOMES = List.of("not-applicable", "type", "choice", "required", "exclusive",
            "selection-count", "range", "length", "pattern");

    /**
     * One statement per question: the runtime judges the answer by its type family and returns
     * the first outcome in the reference order (R6), which {@code report} turns into this part's
     * violation constant (created with the others on the first violation reported).
     */
    private MethodSpec validateMethod() {
        ParameterizedTypeName list = ParameterizedTypeName.get(ClassName.get(List.class), ctx.violation);
        MethodSpec.Builder method = MethodSpec.methodBuilder("validate")
                .addModifiers(Modifier.STATIC)
                .returns(list)
                .addParameter(ctx.response, "r")
                .addParameter(rejectedMap(), "rejected")
                .addParameter(list, "out");
        List<CodeBlock> rows = new ArrayList<>();
        boolean[] exclusives = {false};
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            int position = i;
            CodeBlock[] row = new CodeBlock[OUTCOMES.size()];
            row[0] = newViolation(q, "not-applicable", messages.notApplicable(q));
            CodeBlock enabled = ctx.alwaysEnabled(q) ? CodeBlock.of("true") : CodeBlock.of("enabled_$N(r)", ctx.names.method(ctx.enabler(q)));
            CodeBlock reason = CodeBlock.of("reason(rejected, $L)", position);
            if (q.answer().takesAnswer()) {
                row[1] = newViolation(q, "type", messages.type(q));
                if (q.required()) {
                    row[3] = newViolation(q, "required", messages.required(q));
                }
            }
            CodeBlock value = CodeBlock.of("r.$N()", ctx.names.method(q));
            CodeBlock common = CodeBlock.of("$L, $L, $L, $L", enabled, value, reason, q.required());
            CodeBlock check = q.answer().accept(new AnswerSpec.Visitor<CodeBlock>() {
                @Override
                public CodeBlock visitNote(AnswerSpec.NoteSpec note) {
                    return CodeBlock.of("$T.checkAnswer(false, null, $L, false)", ctx.support, reason);
                }

                @Override
                public CodeBlock visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                    return CodeBlock.of("$T.checkAnswer($L)", ctx.support, common);
                }

                @Override
                public CodeBlock visitText(AnswerSpec.TextSpec text) {
                    if (text.minLength().isPresent() || text.maxLength().isPresent()) {
                        row[7] = newViolation(q, "length", messages.length(q));
                    }
                    CodeBlock pattern = CodeBlock.of("false");
                    if (text.pattern().isPresent()) {
                        row[8] = newViolation(q, "pattern", messages.pattern(q));
                        String field = ctx.names.constant(q) + "_REGEX";
                        patternFields.add(FieldSpec.builder(int[].class, field, Modifier.STATIC, Modifier.FINAL)
                                .addJavadoc("The program of the pattern <code>$L</code> (docs/definition-format.md, Part 10).\n",
                                        JavaText.javadoc(text.pattern().get()))
                                .initializer("$T.program($L)", ctx.patternMatcher,
                                        programText(PatternCompiler.compileAccepted(text.pattern().get()))).build());
                        pattern = CodeBlock.of("$L != null && !$T.matches($L.$N, $L)", value, ctx.patternMatcher, PATTERNS,
                                field, value);
                    }
                    return CodeBlock.of("$T.checkText($L, $L, $L, $L)", ctx.support, common, text.minLength().orElse(-1),
                            text.maxLength().orElse(-1), pattern);
                }

                @Override
                public CodeBlock visitChoice(AnswerSpec.ChoiceSpec choice) {
                    row[2] = newViolation(q, "choice", messages.choice(q));
                    if (!choice.multiple()) {
                        return CodeBlock.of("$T.checkAnswer($L)", ctx.support, common);
                    }
                    if (choice.minSelections().isPresent() || choice.maxSelections().isPresent()) {
                        row[5] = newViolation(q, "selection-count", messages.selectionCount(q));
                    }
                    String exclusive = exclusiveCheck(q);
                    CodeBlock counts = CodeBlock.of("$L, $L", choice.minSelections().orElse(-1),
                            choice.maxSelections().orElse(-1));
                    if (exclusive == null) {
                        return CodeBlock.of("$T.checkChoices($L, false, $L)", ctx.support, common, counts);
                    }
                    exclusives[0] = true;
                    String local = "exclusive$" + ctx.names.method(q);
                    method.addStatement("$T $N = $N($L)", ctx.violation, local, exclusive, value);
                    return CodeBlock.of("$T.checkChoices($L, $N != null, $L), $N", ctx.support, common, local, counts, local);
                }

                @Override
                public CodeBlock visitNumber(AnswerSpec.NumberSpec number) {
                    if (number.min().isPresent() || number.max().isPresent()) {
                        row[6] = newViolation(q, "range", messages.range(q));
                    }
                    if (number.integer()) {
                        return CodeBlock.of("$T.checkInteger($L, $L, $L)", ctx.support, common,
                                number.min().map(m -> CodeBlock.of("$LL", m.intValueExact())).orElse(LONG_MIN),
                                number.max().map(m -> CodeBlock.of("$LL", m.intValueExact())).orElse(LONG_MAX));
                    }
                    return CodeBlock.of("$T.checkDecimal($L, $L, $L)", ctx.support, common,
                            number.min().map(constants::decimal).orElse(CodeBlock.of("null")),
                            number.max().map(constants::decimal).orElse(CodeBlock.of("null")));
                }

                @Override
                public CodeBlock visitDate(AnswerSpec.DateSpec date) {
                    if (date.min().isPresent() || date.max().isPresent()) {
                        row[6] = newViolation(q, "range", messages.range(q));
                    }
                    return CodeBlock.of("$T.checkDate($L, $L, $L)", ctx.support, common,
                            date.min().map(d -> CodeBlock.of("$L", PartConstants.epochDay(d))).orElse(LONG_MIN),
                            date.max().map(d -> CodeBlock.of("$L", PartConstants.epochDay(d))).orElse(LONG_MAX));
                }
            });
            method.addStatement("out = report(out, $L, $L)", position, check);
            rows.add(row(row));
        }
        violationFields.add(FieldSpec.builder(ArrayTypeName.of(ArrayTypeName.of(ctx.violation)), "BY_QUESTION",
                        Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Each question's violations by outcome ({@code Support.Outcome}'s order).\n")
                .initializer("{\n$>$L$<\n}", CodeBlock.join(rows, ",\n")).build());
        ClassName outcome = ctx.support.nestedClass("Outcome");
        helpers.addMethod(MethodSpec.methodBuilder("report").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(list).addParameter(list, "out").addParameter(int.class, "question").addParameter(outcome, "outcome")
                .addStatement("return outcome == null ? out : $T.add(out, $L.BY_QUESTION[question][outcome.ordinal()])",
                        ctx.support, VIOLATIONS)
                .build());
        if (exclusives[0]) {
            helpers.addMethod(MethodSpec.methodBuilder("report").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(list).addParameter(list, "out").addParameter(int.class, "question")
                    .addParameter(outcome, "outcome").addParameter(ctx.violation, "exclusive")
                    .addStatement("return outcome == $T.EXCLUSIVE ? $T.add(out, exclusive) : report(out, question, outcome)",
                            outcome, ctx.support)
                    .build());
        }
        // A binding built in code may say CHOICE for a question without choices, or another code: such a
        // rejection is TYPE, the violation every question that takes an answer has (never a null one).
        helpers.addMethod(MethodSpec.methodBuilder("reason").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(outcome).addParameter(rejectedMap(), "rejected").addParameter(int.class, "question")
                .addJavadoc("Why the binder could not read the answer, or null (no lookup when all could be read).\n")
                .addStatement("$T bad = rejected.isEmpty() ? null : rejected.get(ids[question])", ctx.rejected)
                .addStatement("return bad == null ? null : bad.reason() == $T.CHOICE && $L.BY_QUESTION[question][$L] != null"
                        + " ? $T.CHOICE : $T.TYPE", ctx.violation.nestedClass("Code"), VIOLATIONS, OUTCOMES.indexOf("choice"),
                        outcome, outcome)
                .build());
        return method.addStatement("return out").build();
    }

    private static CodeBlock row(CodeBlock[] row) {
        List<CodeBlock> cells = new ArrayList<>();
        for (CodeBlock cell : row) {
            cells.add(cell == null ? CodeBlock.of("null") : cell);
        }
        return CodeBlock.of("{$L}", CodeBlock.join(cells, ", "));
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
                .beginControlFlow("for (int i = 0; v != null && i < $N.length; i++)", choicesField)
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
