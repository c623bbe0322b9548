package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.load.SurveyLoader;
import dev.surveygen.model.Survey;
import dev.surveygen.semantics.ReferenceInterpreter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A synthetic survey of 10,000 questions generates, compiles under strict javac (the split into
 * parts keeps every method and class under javac's limits), and validates like the reference.
 * Times are printed for the record; nothing here asserts on them.
 */
@Tag("slow")
class ScaleTest {

    @Test
    void tenThousandQuestionsGenerateCompileAndValidate() {
        long start = System.nanoTime();
        String yaml = SyntheticSurveys.yaml(10_000, 42);
        // With the default limits: the default size limit admits a survey of this size (issue 10).
        SurveyLoader.Result load = new SurveyLoader().load("synthetic-10000.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(load.diagnostics().stream().filter(Diagnostic::isError).map(Object::toString)).isEmpty();
        Survey survey = load.survey().orElseThrow();
        long loaded = System.nanoTime();
        JavaGenerator.Result result = new JavaGenerator().generate(survey, JavaGeneratorOptions.defaults()
                .withPackage("scale"));
        long generatedAt = System.nanoTime();
        assertThat(result.diagnostics()).isEmpty();
        InMemoryJavac.Compilation compilation = InMemoryJavac.compile(result.files(), InMemoryJavac.STRICT);
        long compiledAt = System.nanoTime();
        assertThat(compilation.diagnostics()).isEmpty();
        assertThat(compilation.success()).isTrue();
        long bytes = result.files().stream().mapToLong(f -> f.content().length()).sum();
        System.out.printf(java.util.Locale.ROOT, "scale: %d questions, %d chars of YAML; load %d ms, generate %d ms"
                        + " (%d files, %d chars), javac %d ms%n", survey.questions().size(), yaml.length(),
                (loaded - start) / 1_000_000, (generatedAt - loaded) / 1_000_000, result.files().size(), bytes,
                (compiledAt - generatedAt) / 1_000_000);

        GeneratedSurvey generated = GeneratedSurvey.of(survey, result, compilation, "scale");
        ReferenceInterpreter reference = new ReferenceInterpreter(survey);
        ResponseCorpus corpus = new ResponseCorpus(survey, 7);
        for (int i = 0; i < 20; i++) {
            Map<String, Object> json = corpus.nextBlind();
            List<String> expected = GeneratedSurvey.renderReference(survey, reference.check(json));
            assertThat(generated.validateBinding(generated.fromJson(json, false))).isEqualTo(expected);
        }
    }
}
