package dev.surveygen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON text of the generated binders, tested as the source that each survey's package gets a copy of. */
class JsonTextTest {

    @Test
    void writesCompactJsonThatReadsBackTheSame() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("q1", "改行\nと\"引用\"\u2028");
        value.put("q2", true);
        value.put("q3", new BigDecimal("1E+2"));
        value.put("q4", List.of("a", "b"));
        value.put("q5", null);
        value.put("q6", 7);
        String text = JsonText.write(value);
        assertThat(text).isEqualTo("{\"q1\":\"改行\\nと\\\"引用\\\"\\u2028\",\"q2\":true,\"q3\":1E+2,\"q4\":[\"a\",\"b\"],"
                + "\"q5\":null,\"q6\":7}");
        Map<String, Object> read = new LinkedHashMap<>(value);
        read.put("q6", new BigDecimal("7")); // numbers read back as BigDecimal, with the digits written
        assertThat(JsonText.read(text)).isEqualTo(read);
    }

    @Test
    void escapesWhatHasNoUtf8FormAndRefusesWhatIsNoJson() {
        assertThat(JsonText.write("\uD800x")).isEqualTo("\"\\ud800x\"");
        assertThat(JsonText.write("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
        assertThatThrownBy(() -> JsonText.write(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a JSON value: java.lang.Object");
        assertThatThrownBy(() -> JsonText.read("{\"a\":1,\n\"a\":2}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 2, column ").hasMessageContaining("duplicate key \"a\"");
    }
}
