package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.model.Survey;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.ReferenceInterpreter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated binders read numbers as the reference does (rule R9: at most 30 digits before the
 * point and 30 after), counting digits before any arithmetic: an integer answer of 1 followed by
 * 100,000 zeros took 5 s in fromJson and fromForm, and a million digits did not finish in 300 s.
 * The timeouts are hang guards.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GeneratedNumbersTest {

    private static Survey survey;
    private static GeneratedSurvey generated;
    private static ReferenceInterpreter reference;

    @BeforeAll
    static void compile() {
        survey = TestSurveys.everyFeature();
        generated = GeneratedSurvey.compile(survey, JavaGeneratorOptions.defaults().withPackage("numbers.p"));
        reference = new ReferenceInterpreter(survey);
    }

    private static List<String> viaJson(String id, Object answer) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put(id, answer);
        List<String> expected = GeneratedSurvey.renderReference(survey, reference.check(json));
        assertThat(generated.validateBinding(generated.fromJson(json, false))).isEqualTo(expected);
        return expected;
    }

    private static List<String> viaForm(String id, String value) {
        Map<String, List<String>> form = Map.of(id, List.of(value));
        List<String> expected = GeneratedSurvey.renderReference(survey, reference.check(FormValues.toResponse(survey, form)));
        assertThat(generated.validateBinding(generated.fromForm(form, false))).isEqualTo(expected);
        return expected;
    }

    private static boolean hasCode(List<String> violations, String question, String code) {
        return violations.stream().anyMatch(v -> v.startsWith(question + " | " + code + " | "));
    }

    @Test
    void hugeJsonNumbersAreTypeViolations() {
        for (Object huge : List.of(new BigDecimal(BigInteger.ONE, -100_000), new BigDecimal(BigInteger.ONE, -1_000_000),
                new BigDecimal(BigInteger.TEN.pow(100_000)), new BigDecimal("1." + "0".repeat(31)), 1e300,
                BigInteger.TEN.pow(40))) {
            assertThat(hasCode(viaJson("count", huge), "count", "type")).isTrue();
            assertThat(hasCode(viaJson("ratio", huge), "ratio", "type")).isTrue();
        }
        assertThat(hasCode(viaJson("ratio", new BigDecimal("1" + "0".repeat(29))), "ratio", "range")).isTrue();
        assertThat(hasCode(viaJson("count", new BigDecimal("7." + "0".repeat(30))), "count", "type")).isFalse();
    }

    @Test
    void hugeFormNumbersAreTypeViolations() {
        for (String huge : List.of("1" + "0".repeat(100_000), "1" + "0".repeat(1_000_000), "1." + "0".repeat(31),
                "１" + "０".repeat(100_000), "9".repeat(31))) {
            assertThat(hasCode(viaForm("count", huge), "count", "type")).isTrue();
            assertThat(hasCode(viaForm("ratio", huge), "ratio", "type")).isTrue();
        }
        assertThat(hasCode(viaForm("ratio", "0".repeat(1_000_000) + "12.5"), "ratio", "type")).isFalse();
        assertThat(hasCode(viaForm("count", "-" + "0".repeat(1_000_000) + "3"), "count", "type")).isFalse();
    }
}
