package dev.surveygen.javagen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.surveygen.model.AnswerSpec;
import dev.surveygen.model.Question;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import dev.surveygen.naming.JavaNames;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every emitter shares: the survey, the derived names, the generated class names, and the
 * split of the questions into parts. Per-question code lives in parts of at most
 * {@value #PART_SIZE} questions, and fewer when their conditions and exclusive choices are large
 * (an estimate of the constants each needs, within {@value #PART_WEIGHT}), so that no method
 * outgrows javac's 64 KiB limit and no class its 65,535 constants, however large the survey.
 */
final class GenerationContext {

    static final int PART_SIZE = 100;

    /** The estimated constants of one part: well below the class file's 65,535. */
    static final int PART_WEIGHT = 40_000;

    final Survey survey;
    final JavaNames names;
    final JavaGeneratorOptions options;
    final ClassName response;
    final ClassName builder;
    final ClassName violation;
    final ClassName validator;
    final ClassName binder;
    final ClassName binding;
    final ClassName rejected;
    final ClassName questions;
    final ClassName support;
    final ClassName json;
    /** The copy of {@link dev.surveygen.regex.PatternMatcher}, for surveys with a pattern. */
    final ClassName patternMatcher;
    final List<Question> all;
    final List<List<Question>> parts = new ArrayList<>();
    private final Map<String, Integer> partOf = new HashMap<>();

    GenerationContext(Survey survey, JavaNames names, JavaGeneratorOptions options) {
        this.survey = survey;
        this.names = names;
        this.options = options;
        String pkg = options.packageName();
        String base = names.base();
        response = ClassName.get(pkg, base + "Response");
        builder = response.nestedClass("Builder");
        violation = ClassName.get(pkg, base + "Violation");
        validator = ClassName.get(pkg, base + "Validator");
        binder = ClassName.get(pkg, base + "Binder");
        binding = ClassName.get(pkg, base + "Binding");
        rejected = binding.nestedClass("Rejected");
        questions = ClassName.get(pkg, base + "Questions");
        support = ClassName.get(pkg, base + "Support");
        json = ClassName.get(pkg, base + "Json");
        patternMatcher = ClassName.get(pkg, base + "PatternMatcher");
        all = survey.questions();
        long weight = 0;
        Map<String, Question> firstWithCondition = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Question q = all.get(i);
            long w = weight(q);
            if (parts.isEmpty() || parts.get(parts.size() - 1).size() == PART_SIZE || weight + w > PART_WEIGHT) {
                parts.add(new ArrayList<>());
                weight = 0;
            }
            parts.get(parts.size() - 1).add(q);
            partOf.put(q.id(), parts.size() - 1);
            weight += w;
            if (!alwaysEnabled(q)) {
                // The first question of the part with the same section and condition lends its method.
                String key = (parts.size() - 1) + "\u0000" + section(q).id() + "\u0000"
                        + q.condition().map(c -> c.source()).orElse("");
                enablers.put(q.id(), firstWithCondition.computeIfAbsent(key, k -> q));
            }
        }
    }

    /** Question id to the question whose enablement method it calls (itself, or an earlier one with the same condition). */
    private final Map<String, Question> enablers = new HashMap<>();

    /** Whether {@code q} has its own enablement method: it is not always enabled, and no earlier question of its part has its condition. */
    boolean ownsEnabler(Question q) {
        return !alwaysEnabled(q) && enablers.get(q.id()) == q;
    }

    /** The question whose enablement method {@code q} calls. */
    Question enabler(Question q) {
        return enablers.get(q.id());
    }

    /** The call that tells whether {@code q} is enabled for {@code r}: its own method, or that of the first question of its part with the same condition. */
    CodeBlock enabledCall(Question q) {
        return CodeBlock.of("$T.$N(r)", partOf(q), "enabled_" + names.method(enablers.get(q.id())));
    }

    /**
     * The constants a question's code adds to its part, estimated from above: a base for its
     * violations and bindings, about 9 for each comparison of its condition (the enablement
     * method and getter it calls, its literal) and of its section's if the section's method lives
     * with it, 7 for each exclusive choice (its constant and messages). A condition of more than
     * {@link ConditionCode#CHUNK} comparisons lives in nested classes of its own, leaving here its
     * calls and its decimal constants.
     */
    private long weight(Question q) {
        long w = 100 + conditionWeight(q.condition());
        Section section = survey.sectionOf(q);
        if (section.questions().get(0) == q) {
            w += conditionWeight(section.condition());
        }
        w += 7L * q.choices().map(list -> list.choices().stream().filter(c -> c.exclusive()).count()).orElse(0L);
        return w;
    }

    private static long conditionWeight(java.util.Optional<dev.surveygen.condition.Condition> condition) {
        if (condition.isEmpty()) {
            return 0;
        }
        long leaves = ConditionCode.leaves(condition.get().expr());
        return leaves <= ConditionCode.CHUNK ? 9 * leaves : 9 * (leaves / ConditionCode.CHUNK + 1) + 2 * leaves;
    }

    /**
     * A top-level generated type: a choice list may take the simple name of a JDK type (String,
     * Override, StackOverflowError), so every JDK type whose name a generated type has is written
     * with its package ({@code java.lang.String}) wherever the generated code uses it.
     */
    TypeSpec.Builder topLevel(TypeSpec.Builder type) {
        // @Generated is written in full, as in the copied runtime sources: one import less per file.
        java.util.Set<String> qualified = new java.util.LinkedHashSet<>(typeNames());
        qualified.add("Generated");
        return type.alwaysQualify(qualified.toArray(new String[0]));
    }

    /** The simple name of every generated top-level type. */
    java.util.Set<String> typeNames() {
        java.util.Set<String> types = new java.util.LinkedHashSet<>(this.names.typeNames());
        for (int k = 0; k < parts.size(); k++) {
            types.add(part(k).simpleName());
            types.add(binderPart(k).simpleName());
        }
        return types;
    }

    int index(Question q) {
        return survey.indexOf(q.id());
    }

    int index(String id) {
        return survey.indexOf(id);
    }

    Question question(String id) {
        return survey.question(id).orElseThrow();
    }

    /** The section that holds a question (the survey's index). */
    Section section(Question q) {
        return survey.sectionOf(q);
    }

    ClassName part(int k) {
        return ClassName.get(options.packageName(), names.base() + "Part" + k);
    }

    /** The binder's code of part {@code k} ({@link BinderPartEmitter}). */
    ClassName binderPart(int k) {
        return ClassName.get(options.packageName(), names.base() + "BinderPart" + k);
    }

    /** The method of a section's condition (in the part of the section's first question). */
    String sectionMethod(Section section) {
        return "section$" + survey.indexOfSection(section.id());
    }

    ClassName partOf(Question q) {
        return part(partOf.get(q.id()));
    }

    ClassName enumType(Question q) {
        return ClassName.get(options.packageName(), names.enumType(q.choices().orElseThrow()));
    }

    /** The Java type of the answer; null for notes, which take none. */
    TypeName valueType(Question q) {
        return q.answer().accept(new AnswerSpec.Visitor<TypeName>() {
            @Override
            public TypeName visitNote(AnswerSpec.NoteSpec note) {
                return null;
            }

            @Override
            public TypeName visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                return ClassName.get(Boolean.class);
            }

            @Override
            public TypeName visitText(AnswerSpec.TextSpec text) {
                return ClassName.get(String.class);
            }

            @Override
            public TypeName visitChoice(AnswerSpec.ChoiceSpec choice) {
                return choice.multiple() ? ParameterizedTypeName.get(ClassName.get(Set.class), enumType(q)) : enumType(q);
            }

            @Override
            public TypeName visitNumber(AnswerSpec.NumberSpec number) {
                return ClassName.get(number.integer() ? Integer.class : BigDecimal.class);
            }

            @Override
            public TypeName visitDate(AnswerSpec.DateSpec date) {
                return ClassName.get(LocalDate.class);
            }
        });
    }

    /** Whether a question has no condition, nor has its section: it is enabled for every response. */
    boolean alwaysEnabled(Question q) {
        return q.condition().isEmpty() && section(q).condition().isEmpty();
    }

    /** {@code @Generated("dev.surveygen")}; the survey and its version are in each file's first line. */
    AnnotationSpec generated() {
        return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                .addMember("value", "$S", "dev.surveygen")
                .build();
    }

    /**
     * The first line of every generated file: where it comes from, the survey's id and version
     * (at most 200 characters, on one line, escaped as for Javadoc so that no backslash-u escape
     * or comment terminator reaches javac).
     */
    String header() {
        String version = survey.version().map(v -> ", version " + shortened(v)).orElse("");
        return ("Generated by surveygen from " + JavaText.javadoc(fileName(survey.sourceFile()) + " (survey " + survey.id()
                + version + ")")).replace("*", "&#42;").replace('\n', ' ')
                + ". Do not edit: change the survey definition instead.";
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** A version for the header: at most 200 characters. */
    private static String shortened(String version) {
        return version.codePointCount(0, version.length()) <= 200 ? version
                : version.substring(0, version.offsetByCodePoints(0, 199)) + "…";
    }

    /**
     * The question's id linked to its accessor on the response (where its label, hint and help
     * are, once), or the id alone for a note, which has no accessor.
     */
    String questionLink(Question q) {
        if (!q.answer().takesAnswer()) {
            return JavaText.javadoc(q.id());
        }
        return "{@link " + response.simpleName() + "#" + names.method(q) + "() " + JavaText.javadoc(q.id()) + "}";
    }

    /**
     * When a question is enabled, as the definition writes it ({@code section: …; …}), or empty for
     * a question that is always enabled.
     */
    java.util.Optional<String> when(Question q) {
        Section section = section(q);
        if (section.condition().isEmpty() && q.condition().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(section.condition().map(c -> "section: " + c.source() + "; ").orElse("")
                + q.condition().map(c -> c.source()).orElse("always"));
    }

    /**
     * Javadoc of a question: its id and label, between {@code before} and {@code after} (such as an
     * inline {@code @return}), escaped for Javadoc. Written once, on the accessor. The hint and the
     * help speak to respondents and stay in the form: a developer identifies a question by its label.
     */
    String questionDoc(Question q, String before, String after) {
        return before + JavaText.javadoc(q.id() + ": " + q.label().in(survey.defaultLocale(), survey.defaultLocale())) + after;
    }
}
