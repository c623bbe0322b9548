package dev.surveygen.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.TestSurveys;
import dev.surveygen.json.JsonText;
import dev.surveygen.json.JsonWriter;
import dev.surveygen.messages.Catalogue;
import dev.surveygen.model.Survey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one serialisation of the resolved survey: the model JSON, and the browser's rules JSON as its projection. */
class SurveyModelTest {

    /**
     * The rules JSON of a form is the model's {@code reading}, {@code order}, each question's
     * {@code rules} and the unknown-question message, with every text taken in the form's locale.
     */
    @Test
    void theBrowserRulesAreTheModelProjectedToOneLocale() throws Exception {
        for (Survey survey : List.of(TestSurveys.mhlw(), TestSurveys.everyFeature(),
                TestSurveys.everyFeatureRejectingFullWidthDigits())) {
            for (String locale : survey.locales()) {
                Map<?, ?> model = (Map<?, ?>) JsonText.read(JsonWriter.write(SurveyModel.of(survey, survey.locales())));
                Map<?, ?> browser = (Map<?, ?>) JsonText.read(JsonWriter.write(BrowserRules.of(survey, locale,
                        survey.catalogue(locale))));
                assertThat(browser.get("reading")).isEqualTo(model.get("reading"));
                assertThat(browser.get("order")).isEqualTo(model.get("order"));
                assertThat(browser.get("digits")).isEqualTo(model.get("fullWidthDigits"));
                assertThat(browser.get("unknownMessage")).isEqualTo(((Map<?, ?>) model.get("unknownMessage")).get(locale));
                List<Object> projected = new ArrayList<>();
                for (Object question : (List<?>) model.get("questions")) {
                    projected.add(project(((Map<?, ?>) question).get("rules"), locale));
                }
                assertThat(browser.get("questions")).as(survey.id() + " " + locale).isEqualTo(projected);
            }
        }
    }

    /** The rules with each message (an object by locale) replaced by its text in {@code locale}. */
    private static Object project(Object rules, String locale) {
        Map<Object, Object> out = new LinkedHashMap<>((Map<?, ?>) rules);
        Map<Object, Object> messages = new LinkedHashMap<>();
        ((Map<?, ?>) out.get("messages")).forEach((code, text) -> {
            if (code.equals("exclusive")) {
                Map<Object, Object> byChoice = new LinkedHashMap<>();
                ((Map<?, ?>) text).forEach((choice, t) -> byChoice.put(choice, ((Map<?, ?>) t).get(locale)));
                messages.put(code, byChoice);
            } else {
                messages.put(code, ((Map<?, ?>) text).get(locale));
            }
        });
        out.put("messages", messages);
        return out;
    }

    /**
     * {@code surveygen model} of the MHLW survey, byte for byte, against
     * {@code src/test/golden/mhlw-model/}; after an intended change regenerate it with
     * {@code ./mvnw -pl generator test -Dtest=SurveyModelTest -Dsurveygen.updateGolden=true} and review the diff.
     */
    @Test
    void theMhlwModelMatchesTheGoldenFile() throws Exception {
        Survey mhlw = TestSurveys.mhlw();
        String actual = JsonWriter.pretty(SurveyModel.of(mhlw, mhlw.locales())) + "\n";
        Path golden = Path.of("src/test/golden/mhlw-model/mhlw-r6-hospital-cybersecurity.json");
        if (Boolean.getBoolean("surveygen.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("%s (update with -Dsurveygen.updateGolden=true)", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void everyTextHasEveryLocaleAndEveryQuestionItsPosition() throws Exception {
        Survey mhlw = TestSurveys.mhlw();
        Map<?, ?> model = (Map<?, ?>) JsonText.read(JsonWriter.write(SurveyModel.of(mhlw, mhlw.locales())));
        assertThat(model.get("format")).isEqualTo(java.math.BigDecimal.valueOf(2));
        assertThat(model.get("locales")).isEqualTo(List.of("ja", "en"));
        assertThat(List.copyOf(((Map<?, ?>) model.get("title")).keySet())).isEqualTo(List.of("ja", "en"));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) model.get("questions")).get(0);
        assertThat(first.get("id")).isEqualTo("Q1-1");
        assertThat(List.copyOf(((Map<?, ?>) first.get("label")).keySet())).isEqualTo(List.of("ja", "en"));
        assertThat(first.get("position")).isEqualTo(Map.of("line", java.math.BigDecimal.valueOf(mhlw.questions().get(0).position().line()),
                "column", java.math.BigDecimal.valueOf(mhlw.questions().get(0).position().column())));
    }

    /** The names of the generated Java: the definition's java-names, or derived from ids and codes. */
    @Test
    void theJavaNamesAreThoseOfTheGeneratedCode() throws Exception {
        Survey mhlw = TestSurveys.mhlw();
        Map<?, ?> model = (Map<?, ?>) JsonText.read(JsonWriter.write(SurveyModel.of(mhlw, mhlw.locales())));
        assertThat(model.get("javaName")).isEqualTo("HospitalSecurity");
        List<?> questions = (List<?>) model.get("questions");
        assertThat(questions.stream().map(q -> String.valueOf(((Map<?, ?>) q).get("javaName"))).limit(3))
                .containsExactly("respondentName", "respondentOrganization", "hasCiso");
        Map<?, ?> headcount = questions.stream().map(q -> (Map<?, ?>) q).filter(q -> q.get("id").equals("Q3"))
                .findFirst().orElseThrow();
        assertThat(((List<?>) headcount.get("choices")).stream().map(c -> String.valueOf(((Map<?, ?>) c).get("javaName"))))
                .containsExactly("NONE", "ONE", "TWO_TO_FOUR", "FIVE_TO_NINE", "TEN_OR_MORE");
        Map<?, ?> exams = (Map<?, ?>) ((List<?>) ((Map<?, ?>) model.get("choiceLists")).get("ipa-exams")).get(0);
        assertThat(exams.get("javaName")).as("derived from the code").isEqualTo("IT_PASSPORT");
        Survey derived = new dev.surveygen.load.SurveyLoader().load("t.yaml", """
                surveygen: 1
                id: clinic-check
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: Q1-1, type: single-choice, label: L, choices: [{code: 2-4, label: A}]}
                """.getBytes(StandardCharsets.UTF_8)).survey().orElseThrow();
        Map<?, ?> plain = (Map<?, ?>) JsonText.read(JsonWriter.write(SurveyModel.of(derived, derived.locales())));
        assertThat(plain.get("javaName")).isEqualTo("ClinicCheck");
        Map<?, ?> question = (Map<?, ?>) ((List<?>) plain.get("questions")).get(0);
        assertThat(question.get("javaName")).isEqualTo("q1_1");
        assertThat(((Map<?, ?>) ((List<?>) question.get("choices")).get(0)).get("javaName")).isEqualTo("_2_4");
    }
}
