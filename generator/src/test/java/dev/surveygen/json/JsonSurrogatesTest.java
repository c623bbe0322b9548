package dev.surveygen.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A surrogate that is not half of a pair has no UTF-8 form: the writer escapes it, so that
 * {@code check} reports a response key such as {@code "\ud800"} as it was, not as {@code "?"}; and
 * the reader's messages name control characters and surrogates by code, so that an error stays on
 * its one line (fuzzing found {@code "\} followed by a line break, and a duplicate key holding one,
 * whose messages held the break).
 */
class JsonSurrogatesTest {

    @Test
    void unpairedSurrogatesAreEscapedAndPairsKept() {
        assertThat(JsonWriter.write(List.of("\uD800", "a\uDC00", "\uDBFF\uDFFF", "\uDC00\uD800", "𠀋")))
                .isEqualTo("[\"\\ud800\",\"a\\udc00\",\"\uDBFF\uDFFF\",\"\\udc00\\ud800\",\"𠀋\"]");
        Map<String, Object> map = Map.of("\uD800x", "\uDFFF");
        assertThat(JsonText.read(JsonWriter.write(map))).isEqualTo(map);
    }

    @Test
    void messagesNameControlCharactersAndSurrogatesByCode() {
        assertThat(message("[\"\\\n\"]")).isEqualTo("1:3: bad escape: '\\' followed by U+000A");
        assertThat(message("[\u0001]")).isEqualTo("1:2: unexpected character U+0001");
        assertThat(message("[\uD800]")).isEqualTo("1:2: unexpected character U+D800");
        assertThat(message("[\"\\q\"]")).isEqualTo("1:3: bad escape '\\q'");
        assertThat(message("[x]")).isEqualTo("1:2: unexpected character 'x'");
        assertThat(message("{\"a\\n\": 1, \"a\\n\": 2}")).isEqualTo("1:12: duplicate key \"a\\n\"");
    }

    /** Columns count code points: a pair is one, and so is a surrogate that is not half of one (a lone low one was none). */
    @Test
    void columnsCountEverySurrogateThatIsNotHalfOfAPairAsOne() {
        assertThat(message("[\"\uDC00\" x]")).isEqualTo("1:6: expected ']'");
        assertThat(message("[\"\uD800\" x]")).isEqualTo("1:6: expected ']'");
        assertThat(message("[\"\uD83D\uDE00\" x]")).isEqualTo("1:6: expected ']'");
        assertThat(message("[\"\uDC00\uD800\" x]")).isEqualTo("1:7: expected ']'");
        assertThat(message("[1,\n\"\uDE00\uD83D\uDE00\", x")).isEqualTo("2:7: unexpected character 'x'");
    }

    private static String message(String text) {
        try {
            JsonText.read(text);
            throw new AssertionError("read: " + text);
        } catch (JsonText.SyntaxException e) {
            return e.line() + ":" + e.column() + ": " + e.reason();
        }
    }
}
