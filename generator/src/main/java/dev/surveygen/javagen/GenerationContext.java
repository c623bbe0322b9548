package dev.surveygen.javagen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.surveygen.model.Question;
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
 * {@value #PART_SIZE} questions, so that no method outgrows javac's 64 KiB limit and no class
 * its constant pool, however many questions a survey has.
 */
final class GenerationContext {

    static final int PART_SIZE = 100;

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
    final ClassName enablement;
    final ClassName questions;
    final ClassName support;
    final List<Question> all;
    final List<List<Question>> parts = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

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
        enablement = ClassName.get(pkg, base + "Enablement");
        questions = ClassName.get(pkg, base + "Questions");
        support = ClassName.get(pkg, base + "Support");
        all = survey.questions();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i).id(), i);
            if (i % PART_SIZE == 0) {
                parts.add(new ArrayList<>());
            }
            parts.get(parts.size() - 1).add(all.get(i));
        }
    }

    /**
     * A top-level generated type: a choice list may take the simple name of a JDK type (String,
     * Override, StackOverflowError), so every JDK type whose name a generated type has is written
     * with its package ({@code java.lang.String}) wherever the generated code uses it.
     */
    TypeSpec.Builder topLevel(TypeSpec.Builder type) {
        List<String> names = new ArrayList<>(this.names.typeNames());
        for (int k = 0; k < parts.size(); k++) {
            names.add(part(k).simpleName());
        }
        return type.alwaysQualify(names.toArray(new String[0]));
    }

    int index(Question q) {
        return index.get(q.id());
    }

    int index(String id) {
        return index.get(id);
    }

    Question question(String id) {
        return all.get(index.get(id));
    }

    ClassName part(int k) {
        return ClassName.get(options.packageName(), names.base() + "Part" + k);
    }

    ClassName partOf(Question q) {
        return part(index(q) / PART_SIZE);
    }

    ClassName enumType(Question q) {
        return ClassName.get(options.packageName(), names.enumType(q.choices().orElseThrow()));
    }

    /** The Java type of the answer; null for notes, which take none. */
    TypeName valueType(Question q) {
        return switch (q.type()) {
            case YES_NO -> ClassName.get(Boolean.class);
            case TEXT, LONG_TEXT -> ClassName.get(String.class);
            case SINGLE_CHOICE -> enumType(q);
            case MULTIPLE_CHOICE -> ParameterizedTypeName.get(ClassName.get(Set.class), enumType(q));
            case INTEGER -> ClassName.get(Integer.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case DATE -> ClassName.get(LocalDate.class);
            case NOTE -> null;
        };
    }

    boolean hasEnglish() {
        return survey.locales().contains("en");
    }

    AnnotationSpec generated() {
        return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                .addMember("value", "$S", "dev.surveygen")
                .addMember("comments", "$L", JavaText.literal("from survey " + survey.id()
                        + survey.version().map(v -> " version " + shortened(v)).orElse("")))
                .build();
    }

    /** A version for the annotation, whose value must be one string constant: at most 200 characters. */
    private static String shortened(String version) {
        return version.codePointCount(0, version.length()) <= 200 ? version
                : version.substring(0, version.offsetByCodePoints(0, 199)) + "…";
    }

    /** Javadoc of a question: its label, hint and help, each escaped for Javadoc. */
    String questionDoc(Question q) {
        StringBuilder doc = new StringBuilder();
        doc.append(JavaText.javadoc(q.id() + ": " + q.label().in(survey.defaultLocale(), "ja")));
        q.hint().ifPresent(h -> doc.append("\n\n<p>").append(JavaText.javadoc(h.in(survey.defaultLocale(), "ja"))));
        q.help().ifPresent(h -> doc.append("\n\n<p>").append(JavaText.javadoc(h.in(survey.defaultLocale(), "ja"))));
        return doc.toString();
    }
}
