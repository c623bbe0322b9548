package dev.surveygen.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Records as JSON objects: the typed serialisation of the resolved survey is written this way. */
class JsonWriterTest {

    record Inner(int count, @JsonName("not-applicable") String notApplicable) {}

    record Outer(String id, Optional<String> absent, Optional<BigDecimal> present, String nothing, List<Inner> items,
            Map<String, Inner> byName, Optional<Inner> nested) {}

    private static final Outer OUTER = new Outer("a\"b", Optional.empty(), Optional.of(new BigDecimal("2.50")), null,
            List.of(new Inner(1, "x")), Map.of("k", new Inner(2, "y")), Optional.of(new Inner(3, "z")));

    @Test
    void componentsInDeclarationOrderEmptyOptionalsLeftOutNullWritten() {
        assertThat(JsonWriter.write(OUTER)).isEqualTo("{\"id\":\"a\\\"b\",\"present\":2.50,\"nothing\":null,"
                + "\"items\":[{\"count\":1,\"not-applicable\":\"x\"}],\"byName\":{\"k\":{\"count\":2,\"not-applicable\":\"y\"}},"
                + "\"nested\":{\"count\":3,\"not-applicable\":\"z\"}}");
    }

    @Test
    void prettyRecordsIndentLikeMaps() {
        assertThat(JsonWriter.pretty(new Inner(1, "x"))).isEqualTo("""
                {
                  "count": 1,
                  "not-applicable": "x"
                }""");
    }

    record Empty(Optional<String> only) {}

    @Test
    void aRecordWithNothingToWriteIsAnEmptyObject() {
        assertThat(JsonWriter.write(new Empty(Optional.empty()))).isEqualTo("{}");
        assertThat(JsonWriter.pretty(new Empty(Optional.empty()))).isEqualTo("{}");
    }
}
