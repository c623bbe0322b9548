package dev.surveygen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The strict reader (RFC 8259 only, errors with line:column) and the deterministic writer. */
class JsonReaderTest {

    private static void assertError(String json, String expected) {
        JsonText.SyntaxException e = catchThrowableOfType(JsonText.SyntaxException.class, () -> JsonText.read(json));
        assertThat(e).as("no error for %s", json).isNotNull();
        assertThat(e.line() + ":" + e.column() + ": " + e.reason()).isEqualTo(expected);
    }

    @Nested
    class Strictness {

        @Test
        void trailingCommas() {
            assertError("{\"a\": 1,}", "1:8: trailing comma before '}'; remove it");
            assertError("[1,\n]", "1:3: trailing comma before ']'; remove it");
        }

        @Test
        void duplicateKeyPointsAtTheSecondKey() {
            assertError("{\"a\": 1,\n \"a\": 2}", "2:2: duplicate key \"a\"");
        }

        @Test
        void comments() {
            assertError("{\"a\": 1 // note\n}", "1:9: expected '}'");
            assertError("/* note */ {}", "1:1: unexpected character '/'");
        }

        @Test
        void badEscapesPointAtTheBackslash() {
            assertError("\"a\\x41\"", "1:3: bad escape '\\x'");
            assertError("\"\\u12\"", "1:2: bad \\u escape");
            assertError("\"\\'\"", "1:2: bad escape '\\''");
        }

        @Test
        void leadingZeros() {
            assertError("{\"a\": 012}", "1:7: a number cannot start with 0 (write 12, not 012)");
            assertError("-01", "1:1: a number cannot start with 0 (write 12, not 012)");
        }

        @Test
        void otherBadNumbers() {
            assertError("1.", "1:3: bad number: digits must follow '.'");
            assertError("1e", "1:3: bad number: digits must follow the exponent");
            assertError("+1", "1:1: unexpected character '+'");
            assertError(".5", "1:1: unexpected character '.'");
            assertError("NaN", "1:1: unexpected character 'N'");
        }

        @Test
        void controlCharactersInStrings() {
            assertError("\"a\tb\"", "1:3: control character in a string (write it as an escape)");
        }

        @Test
        void unclosedString() {
            assertError("{\"a\": \"open}", "1:7: unclosed string");
        }

        @Test
        void singleQuotesAndBareWords() {
            assertError("{'a': 1}", "1:2: expected a quoted key");
            assertError("{\"a\": yes}", "1:7: unexpected character 'y'");
            assertError("tru", "1:1: unexpected character 't'");
        }

        @Test
        void columnsCountCodePointsAndLinesCountNewlines() {
            assertError("{\"😀\": x}", "1:7: unexpected character 'x'");
            assertError("{\n  \"a\": 1\n  \"b\": 2\n}", "3:3: expected '}'");
        }

        @Test
        void emptyInputAndTrailingText() {
            assertError("", "1:1: unexpected end of JSON");
            assertError("   ", "1:4: unexpected end of JSON");
            assertError("{} {}", "1:4: unexpected text after the JSON value");
            assertError("{\"a\": 1", "1:8: unexpected end of JSON; expected '}'");
        }

        @Test
        void nestingLimit() {
            assertError("[".repeat(100), "1:66: JSON nested more than 64 levels deep");
        }
    }

    @Nested
    class Values {

        @Test
        void objectsKeepKeyOrderAndNumbersKeepWhatWasWritten() {
            Object value = JsonText.read("\uFEFF{\"z\": 13.50, \"a\": [true, false, null, \"x\"], \"m\": -0, \"e\": 1E+2}");
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("z", new BigDecimal("13.50"));
            expected.put("a", Arrays.asList(true, false, null, "x"));
            expected.put("m", new BigDecimal("-0"));
            expected.put("e", new BigDecimal("1E+2"));
            assertThat(value).isEqualTo(expected);
            assertThat(List.<Object>copyOf(((Map<?, ?>) value).keySet())).containsExactly("z", "a", "m", "e");
        }

        @Test
        void escapes() {
            assertThat(JsonText.read("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u3042\\ud83d\\ude00\""))
                    .isEqualTo("\"\\/\b\f\n\r\tあ😀");
        }
    }

    @Nested
    class RoundTrip {

        @Test
        void writerOutputReadsBackToTheSameValue() {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("text", "line\nbreak \"quoted\" back\\slash tab\t ls\u2028 ps\u2029 del\u007F nul\u0000 日本語 😀");
            value.put("number", new BigDecimal("-12.50"));
            value.put("list", List.of(true, false));
            value.put("empty", Map.of());
            value.put("none", null);
            String compact = JsonWriter.write(value);
            String pretty = JsonWriter.pretty(value);
            assertThat(JsonText.read(compact)).isEqualTo(value);
            assertThat(JsonText.read(pretty)).isEqualTo(value);
        }

        @Test
        void lineAndParagraphSeparatorsAndControlCharactersAreEscaped() {
            assertThat(JsonWriter.write("a\u2028b\u2029c\u0001d\u007Fe"))
                    .isEqualTo("\"a\\u2028b\\u2029c\\u0001d\\u007fe\"");
            assertThat(JsonWriter.write("a\u2028b")).doesNotContain("\u2028");
        }

        @Test
        void prettyAndCompactLayout() {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("a", 1);
            value.put("b", List.of("x", Map.of()));
            assertThat(JsonWriter.write(value)).isEqualTo("{\"a\":1,\"b\":[\"x\",{}]}");
            assertThat(JsonWriter.pretty(value)).isEqualTo("{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    {}\n  ]\n}");
        }

        @Test
        void numbersAreWrittenPlain() {
            assertThat(JsonWriter.write(new BigDecimal("1E+3"))).isEqualTo("1000");
        }
    }
}
