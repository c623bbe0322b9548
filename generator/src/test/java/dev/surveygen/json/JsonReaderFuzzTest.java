package dev.surveygen.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.surveygen.json.JsonText.OversizeNumber;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target for the JSON reader that {@code surveygen check} reads responses with: any text is
 * either a JSON value, made only of maps, lists, strings, exact numbers within the reader's digit
 * limit (or oversize numbers kept as written), booleans and null, nested at most 64 deep, which
 * reads back the same when written out again; or a {@link JsonText.SyntaxException} with a position
 * inside the text. Nothing else escapes. Without JAZZER_FUZZ=1 it runs once per seed in
 * JsonReaderFuzzTestInputs/read/ (docs/fuzzing.md).
 */
class JsonReaderFuzzTest {

    @Timeout(30) // per input: in fuzzing, an input slower than this is a finding (timeout-*)
    @FuzzTest(maxDuration = "10m")
    void read(byte[] data) {
        // Bytes, so that a seed file is the text as it is (a String parameter reads a file in Jazzer's
        // own format); malformed UTF-8, which check refuses before reading, becomes U+FFFD here.
        String text = new String(data, StandardCharsets.UTF_8);
        Object value;
        try {
            value = JsonText.read(text);
        } catch (JsonText.SyntaxException e) {
            assertThat(e.line()).isBetween(1, (int) text.chars().filter(c -> c == '\n').count() + 1);
            assertThat(e.column()).isBetween(1, text.length() + 1);
            assertThat(e.reason()).isNotBlank().doesNotContain("\n");
            return;
        }
        assertThat(depth(value)).isLessThanOrEqualTo(65);
        if (!hasNumberBeyondNineDigitExponents(value)) {
            try {
                assertThat(JsonText.read(compact(value))).isEqualTo(value);
            } catch (JsonText.SyntaxException e) {
                throw new AssertionError("a value read does not read back: " + e.getMessage(), e);
            }
        }
    }

    /** The depth of a value, checking its shape on the way. */
    private static int depth(Object value) {
        if (value instanceof Map<?, ?> map) {
            int deepest = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                assertThat(entry.getKey()).isInstanceOf(String.class);
                deepest = Math.max(deepest, depth(entry.getValue()));
            }
            return deepest + 1;
        }
        if (value instanceof List<?> list) {
            int deepest = 0;
            for (Object item : list) {
                deepest = Math.max(deepest, depth(item));
            }
            return deepest + 1;
        }
        if (value instanceof BigDecimal number) {
            // at most 1,000 digits from the first non-zero one: 10^1000 < 2^3322
            assertThat(number.unscaledValue().bitLength()).isLessThanOrEqualTo(3322);
        } else {
            assertThat(value == null || value instanceof String || value instanceof Boolean
                    || value instanceof OversizeNumber).as("a JSON value: %s", value == null ? null : value.getClass())
                    .isTrue();
        }
        return 0;
    }

    /**
     * Whether a number's scale is beyond nine digits: {@code 0.0001e-999999999} is read exactly
     * (its exponent as written has nine digits), but any way of writing it again needs a longer
     * exponent, which makes an oversize number; such values do not read back the same, by design.
     */
    private static boolean hasNumberBeyondNineDigitExponents(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(JsonReaderFuzzTest::hasNumberBeyondNineDigitExponents);
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(JsonReaderFuzzTest::hasNumberBeyondNineDigitExponents);
        }
        return value instanceof BigDecimal number && Math.abs((long) number.scale()) > 999_999_999L;
    }

    /** The value as compact JSON; numbers as their unscaled value and exponent (toPlainString of 1e999999999 is a gigabyte). */
    private static String compact(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(JsonWriter.write(k)).append(':')
                    .append(compact(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(compact(v)));
            return out.append(']').toString();
        }
        if (value instanceof BigDecimal number) {
            return number.unscaledValue() + "e" + -(long) number.scale();
        }
        return JsonWriter.write(value);
    }
}
