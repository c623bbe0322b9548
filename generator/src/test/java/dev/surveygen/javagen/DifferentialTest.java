package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.model.Survey;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.ReferenceInterpreter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated validator and binders against the reference interpreter, on thousands of seeded
 * random responses: every response must get the identical violation list (questions, codes and
 * messages in every locale, in order), through the JSON binder, the form binder, with and without
 * stripping disabled answers, and after a round trip through {@code toJson}.
 */
class DifferentialTest {

    static final Path MHLW = Path.of("../survey-def/src/main/survey/mhlw-r6-hospital-cybersecurity.yaml");

    @Test
    void mhlwSurvey() {
        check(GeneratedSurvey.loadFile(MHLW), 4000, 1);
    }

    @Test
    void everyFeatureSurvey() {
        check(GeneratedSurvey.loadResource("/surveys/every-feature.yaml"), 4000, 2);
    }

    @Test
    void everyFeatureSurveyRejectingFullWidthDigits() {
        String yaml = readResource("/surveys/every-feature.yaml").replace("full-width-digits: nfkc",
                "full-width-digits: reject");
        check(GeneratedSurvey.load("reject.yaml", yaml), 2000, 3);
    }

    @Test
    void randomSyntheticSurveys() {
        for (int seed = 0; seed < 6; seed++) {
            Survey survey = GeneratedSurvey.load("synthetic-" + seed + ".yaml", SyntheticSurveys.yaml(60, seed));
            check(survey, 400, 100 + seed);
        }
    }

    private static void check(Survey survey, int responses, long seed) {
        GeneratedSurvey generated = GeneratedSurvey.compile(survey, JavaGeneratorOptions.defaults().withPackage("diff.p"
                + Math.abs(seed)));
        ReferenceInterpreter reference = new ReferenceInterpreter(survey);
        ResponseCorpus corpus = new ResponseCorpus(survey, seed);
        int invalid = 0;
        for (int i = 0; i < responses; i++) {
            Map<String, Object> json = corpus.nextJson();
            List<String> expected = GeneratedSurvey.renderReference(survey, reference.check(json));
            Object binding = generated.fromJson(json, false);
            assertThat(generated.validateBinding(binding)).as("JSON response %s", json).isEqualTo(expected);
            invalid += expected.isEmpty() ? 0 : 1;

            List<String> expectedStripped = GeneratedSurvey.renderReference(survey,
                    reference.check(reference.withoutDisabled(json)));
            assertThat(generated.validateBinding(generated.fromJson(json, true))).as("stripped JSON response %s", json)
                    .isEqualTo(expectedStripped);

            Object response = generated.responseOf(binding);
            Map<String, Object> written = generated.toJson(response);
            assertThat(generated.validateResponse(response)).as("validate(response) of %s", json)
                    .isEqualTo(GeneratedSurvey.renderReference(survey, reference.check(written)));
            assertThat(generated.responseOf(generated.fromJson(written, false))).as("toJson round trip of %s", json)
                    .isEqualTo(response);

            Map<String, List<String>> form = corpus.nextForm();
            List<String> expectedForm = GeneratedSurvey.renderReference(survey,
                    reference.check(FormValues.toResponse(survey, form)));
            assertThat(generated.validateBinding(generated.fromForm(form, false))).as("form %s", form)
                    .isEqualTo(expectedForm);
            Map<String, Object> formJson = FormValues.toResponse(survey, form);
            assertThat(generated.validateBinding(generated.fromForm(form, true))).as("stripped form %s", form)
                    .isEqualTo(GeneratedSurvey.renderReference(survey, reference.check(reference.withoutDisabled(formJson))));
        }
        // The corpus must exercise both outcomes, or the comparison proves little.
        assertThat(invalid).isBetween(responses / 10, responses - responses / 20);
    }

    static String readResource(String name) {
        try (var in = DifferentialTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
