package dev.surveygen.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.json.JsonText.OversizeNumber;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Numbers of any length are read in time linear in their length: up to 1,000 digits from the
 * first non-zero one and exponents of up to nine digits as exact {@link BigDecimal}s, longer ones
 * as {@link OversizeNumber}s, kept as written (no answer can be such a number, rule R9). The
 * timeout is a hang guard: a million-digit number took a minute to parse before.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JsonNumbersTest {

    @Test
    void aMillionDigitNumberIsKeptAsWritten() {
        String million = "1" + "0".repeat(1_000_000);
        Object value = JsonText.read("{\"Q\": " + million + "}");
        Object number = ((java.util.Map<?, ?>) value).get("Q");
        assertThat(number instanceof OversizeNumber).isTrue();
        assertThat(number.toString().equals(million)).isTrue();
        assertThat(((Number) number).doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(JsonText.read("-0." + "0".repeat(100) + "9".repeat(1001))).isInstanceOf(OversizeNumber.class);
    }

    @Test
    void aThousandDigitsAreReadExactly() {
        String thousand = "9".repeat(1000);
        assertThat(JsonText.read(thousand)).isEqualTo(new BigDecimal(thousand));
        assertThat(JsonText.read("0." + "0".repeat(100_000) + "1")).isEqualTo(new BigDecimal("1E-100001"));
        assertThat(JsonText.read("1." + "0".repeat(999))).isEqualTo(new BigDecimal("1." + "0".repeat(999)));
        assertThat(JsonText.read("1." + "0".repeat(1000))).isInstanceOf(OversizeNumber.class);
    }

    @Test
    void exponentsOfUpToNineDigitsAreRead() {
        assertThat(JsonText.read("1e1234567")).isEqualTo(new BigDecimal("1E+1234567"));
        assertThat(JsonText.read("-2.5E-999999999")).isEqualTo(new BigDecimal("-2.5E-999999999"));
        assertThat(JsonText.read("1e00000000000000000005")).isEqualTo(new BigDecimal("1E+5"));
        assertThat(JsonText.read("1e1234567890")).isInstanceOf(OversizeNumber.class);
        assertThat(JsonText.read("[1e-" + "9".repeat(100_000) + "]")).isEqualTo(
                List.of(new OversizeNumber("1e-" + "9".repeat(100_000))));
    }

    @Test
    void valuesAreThoseOfBigDecimalsParsing() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder token = new StringBuilder();
            if (random.nextBoolean()) {
                token.append('-');
            }
            token.append(random.nextInt(4) == 0 ? "0" : String.valueOf(1 + random.nextInt(9)) + digits(random, 6));
            if (random.nextBoolean()) {
                token.append('.').append(random.nextBoolean() ? "000" : "").append(digits(random, 5)).append(random.nextInt(10));
            }
            if (random.nextBoolean()) {
                token.append(random.nextBoolean() ? 'e' : 'E').append(random.nextBoolean() ? "" : random.nextBoolean() ? "+" : "-")
                        .append(random.nextInt(3) == 0 ? "00" : "").append(random.nextInt(1000));
            }
            Object read = JsonText.read(token.toString());
            assertThat(read).as(token.toString()).isInstanceOf(BigDecimal.class);
            // equals, not compareTo: the same unscaled value and scale, so 2.50 stays 2.50
            assertThat(read).as(token.toString()).isEqualTo(new BigDecimal(token.toString()));
        }
    }

    private static String digits(Random random, int most) {
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(most + 1); n > 0; n--) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }
}
