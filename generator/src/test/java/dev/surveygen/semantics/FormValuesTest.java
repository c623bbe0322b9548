package dev.surveygen.semantics;

import static dev.surveygen.semantics.Surveys.load;
import static dev.surveygen.semantics.Surveys.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.surveygen.model.DigitPolicy;
import dev.surveygen.model.Question;
import dev.surveygen.model.Survey;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading HTML form values (all strings) into the JSON shape, under both digit policies. */
class FormValuesTest {

    private static String definition(String digitPolicy) {
        return """
                surveygen: 1
                id: s
                title: T
                defaults:
                  required: false
                  full-width-digits: %s
                sections:
                  - id: a
                    title: A
                    questions:
                      - id: YN
                        type: yes-no
                        label: YN
                      - id: I
                        type: integer
                        label: I
                      - id: D
                        type: decimal
                        label: D
                      - id: DT
                        type: date
                        label: DT
                      - id: SC
                        type: single-choice
                        label: SC
                        choices:
                          - code: a
                            label: A
                          - code: b
                            label: B
                      - id: MC
                        type: multiple-choice
                        label: MC
                        choices:
                          - code: a
                            label: A
                          - code: b
                            label: B
                """.formatted(digitPolicy);
    }

    private static final Survey NFKC = load(definition("nfkc"));
    private static final Survey REJECT = load(definition("reject"));

    private static Object read(Survey survey, String id, String value) {
        Question question = survey.question(id).orElseThrow();
        return FormValues.read(question, value, survey.digitPolicy());
    }

    private static Map<String, List<String>> form(Object... keysAndValues) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) keysAndValues[i + 1];
            form.put((String) keysAndValues[i], values);
        }
        return form;
    }

    @Test
    void theHostsOwnFieldsAreNoAnswersAndOtherUnknownNamesAreReported() {
        Map<String, List<String>> submitted = form("_csrf", List.of("token"), "_", List.of(""), "I", List.of("3"),
                "csrf", List.of("token"), "Q9", List.of("x"));
        assertThat(FormValues.toResponse(NFKC, submitted)).containsExactly(entry("I", new BigDecimal("3")),
                entry("csrf", "token"), entry("Q9", "x"));
        assertThat(violations(new ReferenceInterpreter(NFKC), FormValues.toResponse(NFKC, submitted)))
                .containsExactly("Q9 unknown-question", "csrf unknown-question");
        assertThat(FormValues.isHostField("_csrf")).isTrue();
        assertThat(FormValues.isHostField("csrf")).isFalse();
    }

    @Test
    void digitPolicyIsReadFromTheDefinition() {
        assertThat(NFKC.digitPolicy()).isEqualTo(DigitPolicy.NFKC);
        assertThat(REJECT.digitPolicy()).isEqualTo(DigitPolicy.REJECT);
    }

    @Test
    void fullWidthDigitsAreNormalisedUnderNfkcAndRejectedUnderReject() {
        assertThat(read(NFKC, "I", "１３")).isEqualTo(new BigDecimal("13"));
        assertThat(read(REJECT, "I", "１３")).isEqualTo("１３");
        assertThat(violations(new ReferenceInterpreter(REJECT), FormValues.toResponse(REJECT, form("I", List.of("１３")))))
                .containsExactly("I type");
    }

    @Test
    void enclosedAndOtherScriptDigitsAreRejectedUnderBothPolicies() {
        for (Survey survey : List.of(NFKC, REJECT)) {
            assertThat(read(survey, "I", "①")).isEqualTo("①");
            assertThat(read(survey, "I", "٣")).isEqualTo("٣");
            assertThat(read(survey, "I", "1①")).isEqualTo("1①");
        }
    }

    @Test
    void valuesAreTrimmedIncludingIdeographicSpaceBeforeReading() {
        assertThat(FormValues.toResponse(NFKC, form("I", List.of("\u3000１３\u3000"))))
                .containsExactly(entry("I", new BigDecimal("13")));
        assertThat(FormValues.toResponse(NFKC, form("I", List.of(" 13 ")))).containsExactly(entry("I", new BigDecimal("13")));
    }

    @Test
    void groupingSeparatorsAreRejected() {
        assertThat(read(NFKC, "I", "1,000")).isEqualTo("1,000");
        assertThat(read(NFKC, "I", "1 000")).isEqualTo("1 000");
    }

    @Test
    void integersMustFitIn32Bits() {
        assertThat(read(NFKC, "I", "2147483647")).isEqualTo(new BigDecimal("2147483647"));
        assertThat(read(NFKC, "I", "-2147483648")).isEqualTo(new BigDecimal("-2147483648"));
        assertThat(read(NFKC, "I", "2147483648")).isEqualTo("2147483648");
        assertThat(read(NFKC, "I", "99999999999999999999")).isEqualTo("99999999999999999999");
    }

    @Test
    void signsAndFullWidthSigns() {
        assertThat(read(NFKC, "I", "+5")).isEqualTo(new BigDecimal("5"));
        assertThat(read(NFKC, "I", "－５")).isEqualTo(new BigDecimal("-5"));
        assertThat(read(REJECT, "I", "－５")).isEqualTo("－５");
    }

    @Test
    void decimalsAndDates() {
        assertThat(read(NFKC, "D", "１．５")).isEqualTo(new BigDecimal("1.5"));
        assertThat(read(NFKC, "D", "1.")).isEqualTo("1.");
        assertThat(read(NFKC, "DT", "２０２４－０１－３１")).isEqualTo("2024-01-31");
        assertThat(read(REJECT, "DT", "２０２４－０１－３１")).isEqualTo("２０２４－０１－３１");
    }

    @Test
    void yesAndNoStrings() {
        assertThat(read(NFKC, "YN", "yes")).isEqualTo(true);
        assertThat(read(NFKC, "YN", "no")).isEqualTo(false);
        assertThat(read(NFKC, "YN", "Yes")).isEqualTo("Yes");
        assertThat(read(NFKC, "YN", "はい")).isEqualTo("はい");
    }

    @Test
    void severalValuesForASingleChoiceAreATypeViolation() {
        Map<String, Object> response = FormValues.toResponse(NFKC, form("SC", List.of("a", "b")));
        assertThat(response).containsExactly(entry("SC", List.of("a", "b")));
        assertThat(violations(new ReferenceInterpreter(NFKC), response)).containsExactly("SC type");
    }

    @Test
    void multipleChoiceDropsBlankValuesAndAllBlankIsUnanswered() {
        assertThat(FormValues.toResponse(NFKC, form("MC", List.of("a", " ", "b"))))
                .containsExactly(entry("MC", List.of("a", "b")));
        assertThat(FormValues.toResponse(NFKC, form("MC", List.of("\u3000")))).containsExactly(entry("MC", null));
    }

    @Test
    void blankSingleValueIsUnanswered() {
        assertThat(FormValues.toResponse(NFKC, form("I", List.of(" ")))).containsExactly(entry("I", null));
    }

    @Test
    void unknownNamesArePassedThroughAndReported() {
        Map<String, Object> response = FormValues.toResponse(NFKC, form("nope", List.of("1")));
        assertThat(response).containsExactly(entry("nope", "1"));
        assertThat(violations(new ReferenceInterpreter(NFKC), response)).containsExactly("nope unknown-question");
    }
}
