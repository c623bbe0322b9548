package dev.surveygen.semantics;

import static dev.surveygen.semantics.Surveys.load;
import static dev.surveygen.semantics.Surveys.response;
import static dev.surveygen.semantics.Surveys.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.model.DigitPolicy;
import dev.surveygen.model.Survey;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Number answers have at most 30 digits before the decimal point (leading zeros not counted) and
 * 30 after it (rule R9): anything longer is a {@code type} violation, decided by counting digits
 * before any arithmetic, so that a number of a million digits costs no more than reading it.
 * The timeouts are hang guards, not timing assertions.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NumberAnswersTest {

    private static final Survey SURVEY = load("""
            surveygen: 1
            id: s
            title: T
            defaults:
              required: false
            sections:
              - id: a
                title: A
                questions:
                  - id: I
                    type: integer
                    label: I
                  - id: D
                    type: decimal
                    label: D
                  - id: R
                    type: decimal
                    label: R
                    max: 10
            """);
    private static final ReferenceInterpreter INTERPRETER = new ReferenceInterpreter(SURVEY);

    private static List<String> check(String id, Object answer) {
        return violations(INTERPRETER, response(id, answer));
    }

    @Test
    void thirtyDigitsBeforeAndAfterThePointAreAccepted() {
        String thirty = "9".repeat(30);
        assertThat(check("D", new BigDecimal(thirty + "." + thirty))).isEmpty();
        assertThat(check("D", new BigDecimal("-" + thirty + "." + thirty))).isEmpty();
        assertThat(check("D", new BigDecimal("0." + "0".repeat(29) + "1"))).isEmpty();
        assertThat(check("D", new BigDecimal("1E+29"))).isEmpty();
        assertThat(check("D", new BigDecimal("2.50"))).isEmpty();
    }

    @Test
    void moreDigitsAreATypeViolationEvenWithinTheRange() {
        assertThat(check("D", new BigDecimal("1" + "0".repeat(30)))).containsExactly("D type");
        assertThat(check("D", new BigDecimal("0." + "0".repeat(30) + "1"))).containsExactly("D type");
        assertThat(check("R", new BigDecimal("1." + "0".repeat(31)))).containsExactly("R type");
        assertThat(check("D", new BigDecimal("1E+30"))).containsExactly("D type");
        assertThat(check("D", new BigDecimal("1E-31"))).containsExactly("D type");
        assertThat(check("D", new BigDecimal("0E-31"))).containsExactly("D type");
        assertThat(check("I", new BigDecimal("7." + "0".repeat(31)))).containsExactly("I type");
        assertThat(check("D", 1e300)).containsExactly("D type");
        assertThat(check("D", BigInteger.TEN.pow(30))).containsExactly("D type");
    }

    @Test
    void aMillionDigitIntegerIsATypeViolationWithoutArithmetic() {
        // new BigDecimal of this string takes a minute itself; a host's JSON library might have made it.
        BigDecimal huge = new BigDecimal(BigInteger.ONE, -1_000_000);
        assertThat(check("I", huge)).containsExactly("I type");
        assertThat(check("D", huge)).containsExactly("D type");
        assertThat(check("R", huge)).containsExactly("R type");
        assertThat(check("D", new BigDecimal(BigInteger.TEN.pow(100_000), 0))).containsExactly("D type");
    }

    @Test
    void formValuesWithAMillionDigitsStayStringsAndAreTypeViolations() {
        String million = "1" + "0".repeat(1_000_000);
        for (String id : List.of("I", "D", "R")) {
            var q = SURVEY.question(id).orElseThrow();
            // (Not isEqualTo: a failure would print a million digits.)
            assertThat(FormValues.read(q, million, DigitPolicy.NFKC) == million).as(id).isTrue();
            assertThat(FormValues.read(q, million + ".5", DigitPolicy.NFKC) instanceof String).as(id).isTrue();
            assertThat(FormValues.read(q, "１" + "０".repeat(1_000_000), DigitPolicy.NFKC) instanceof String).as(id)
                    .isTrue();
        }
        assertThat(violations(INTERPRETER, FormValues.toResponse(SURVEY, Map.of("D", List.of(million),
                "I", List.of(million))))).containsExactly("I type", "D type");
    }

    @Test
    void leadingZerosDoNotCountInFormValues() {
        var d = SURVEY.question("D").orElseThrow();
        var i = SURVEY.question("I").orElseThrow();
        String zeros = "0".repeat(1_000_000);
        assertThat(FormValues.read(d, zeros + "12.5", DigitPolicy.NFKC)).isEqualTo(new BigDecimal("12.5"));
        assertThat(FormValues.read(i, "-" + zeros + "7", DigitPolicy.NFKC)).isEqualTo(new BigDecimal("-7"));
        assertThat(FormValues.read(d, "1." + "0".repeat(30), DigitPolicy.NFKC)).isEqualTo(new BigDecimal("1." + "0".repeat(30)));
        assertThat(FormValues.read(d, "1." + "0".repeat(31), DigitPolicy.NFKC)).isEqualTo("1." + "0".repeat(31));
    }
}
