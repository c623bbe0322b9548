package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.surveygen.model.Survey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the generated value types promise beyond validation: equality by value and logs without personal data. */
class GeneratedValuesTest {

    private static final Survey SURVEY = GeneratedSurvey.load("v.yaml", """
            surveygen: 1
            id: values
            title: T
            sections:
              - id: a
                title: A
                questions:
                  - {id: name, type: text, label: Name, personal-data: true}
                  - {id: birth-year, type: integer, label: Year, personal-data: true, required: false}
                  - {id: ratio, type: decimal, label: Ratio, required: false}
                  - {id: note, type: text, label: Note, required: false}
            """);

    private static final GeneratedSurvey GENERATED = GeneratedSurvey.compile(SURVEY, JavaGeneratorOptions.defaults()
            .withPackage("values"));

    @Test
    void decimalAnswersAreEqualByValueAsTheDocsSay() {
        // R9: 2.5 and 2.50 are equal. Arrays.equals over BigDecimal compared the scale as well.
        Object a = GENERATED.responseOf(GENERATED.fromJson(Map.of("name", "x", "ratio", new BigDecimal("2.5")), false));
        Object b = GENERATED.responseOf(GENERATED.fromJson(Map.of("name", "x", "ratio", new BigDecimal("2.50")), false));
        Object c = GENERATED.responseOf(GENERATED.fromJson(Map.of("name", "x", "ratio", new BigDecimal("2.51")), false));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(GENERATED.toJson(b)).containsEntry("ratio", new BigDecimal("2.50")); // the scale is kept
    }

    @Test
    void aBindingNeverPrintsPersonalDataEvenWhenItCouldNotReadIt() {
        Object binding = GENERATED.fromForm(Map.of("name", List.of("山田 花子"), "birth-year", List.of("千九百八十"),
                "note", List.of("kept"), "ratio", List.of("abc")), false);
        assertThat(binding.toString())
                .doesNotContain("山田").doesNotContain("千九百八十")
                .contains("name=***").contains("birth-year=Rejected[reason=TYPE, value=***]")
                .contains("note=kept").contains("ratio=Rejected[reason=TYPE, value=abc]");
    }

    @Test
    void aViolationHoldsOneMessagePerLocaleAndCopiesThem() throws ReflectiveOperationException {
        Object violation = GENERATED.validateResponseRaw(GENERATED.responseOf(GENERATED.fromJson(Map.of(), false))).get(0);
        Class<?> type = violation.getClass();
        java.lang.reflect.Constructor<?> create = type.getConstructors()[0];
        Object code = type.getMethod("code").invoke(violation);
        java.util.ArrayList<String> messages = new java.util.ArrayList<>(List.of("m"));
        Object made = create.newInstance("name", code, messages);
        messages.set(0, "changed");
        assertThat(type.getMethod("message", java.util.Locale.class).invoke(made, java.util.Locale.ROOT)).isEqualTo("m");
        assertThat(catchThrowable(() -> create.newInstance("name", code, List.of())))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessage("one message per locale (ja), in that order");
        assertThat(catchThrowable(() -> create.newInstance("name", code, List.of("a", "b"))))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> create.newInstance(null, code, List.of("a"))))
                .hasRootCauseInstanceOf(NullPointerException.class);
        assertThat(catchThrowable(() -> create.newInstance("name", code, null)))
                .hasRootCauseInstanceOf(NullPointerException.class);
    }
}
