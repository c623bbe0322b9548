package dev.surveygen.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Numbers in conditions have at most 30 digits before the decimal point and 30 after it, as the
 * decimal bounds of a definition (§8.4) and answers (R9): a longer number is a syntax error at the
 * number, found by counting before any arithmetic (a 400,000-digit number made generate take 82 s).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConditionNumbersTest {

    private static String error(String condition) {
        ConditionSyntaxException e = catchThrowableOfType(ConditionSyntaxException.class,
                () -> ConditionParser.parse(condition));
        assertThat(e).as(condition.length() > 100 ? condition.substring(0, 100) : condition).isNotNull();
        return e.offset() + ": " + e.getMessage();
    }

    @Test
    void thirtyDigitsEachSideAreAccepted() {
        String thirty = "9".repeat(30);
        assertThat(ConditionParser.parse("${D} < -" + thirty + "." + thirty)).isEqualTo(new Expr.Compare(
                new Ref("D", 0, 4), Operator.LT, new Literal.Num(new BigDecimal("-" + thirty + "." + thirty), 7, 62), 5));
    }

    @Test
    void aDefinitionWithA400000DigitNumberGetsAPositionedErrorAtOnce() {
        String yaml = """
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - id: D
                        type: decimal
                        label: D
                      - id: E
                        type: yes-no
                        label: E
                """ + "        when: ${D} > " + "4".repeat(400_000) + "\n";
        var result = new dev.surveygen.load.SurveyLoader(dev.surveygen.load.LoaderLimits.DEFAULT.withMaxCodePoints(1_000_000))
                .load("t.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(result.diagnostics()).map(Object::toString).containsExactly("t.yaml:14:22: error: in condition: the"
                + " number has 400000 digits before the decimal point; a number in a condition has at most 30 before it"
                + " and 30 after it");
    }

    @Test
    void longerNumbersAreErrorsAtTheNumber() {
        assertThat(error("${D} < " + "1".repeat(31))).isEqualTo("7: the number has 31 digits before the decimal point;"
                + " a number in a condition has at most 30 before it and 30 after it");
        assertThat(error("${D} = 1." + "0".repeat(31) + " or ${D} = 2")).isEqualTo("7: the number has 31 digits after"
                + " the decimal point; a number in a condition has at most 30 before it and 30 after it");
        assertThat(error("${A} = yes and ${D} >= -" + "0".repeat(400_000))).isEqualTo("23: the number has 400000"
                + " digits before the decimal point; a number in a condition has at most 30 before it and 30 after it");
    }
}
