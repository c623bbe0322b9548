package dev.surveygen.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A surrogate that is not half of a pair has no UTF-8 form: the writer escapes it, so that
 * {@code check} reports a response key such as {@code "\ud800"} as it was, not as {@code "?"}.
 */
class JsonSurrogatesTest {

    @Test
    void unpairedSurrogatesAreEscapedAndPairsKept() throws JsonException {
        assertThat(JsonWriter.write(List.of("\uD800", "a\uDC00", "\uDBFF\uDFFF", "\uDC00\uD800", "𠀋")))
                .isEqualTo("[\"\\ud800\",\"a\\udc00\",\"\uDBFF\uDFFF\",\"\\udc00\\ud800\",\"𠀋\"]");
        Map<String, Object> map = Map.of("\uD800x", "\uDFFF");
        assertThat(JsonReader.read(JsonWriter.write(map))).isEqualTo(map);
    }
}
