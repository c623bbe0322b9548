package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With {@code --jackson} and {@code --jakarta-validation} the generated code compiles strictly
 * against those APIs; a plain ObjectMapper reads and writes the same JSON shape as the generated
 * toJson, exactly as strictly as the binders and {@code check} (through the generated binder); and
 * the constraints appear as Bean Validation annotations. Without them, no such import appears.
 */
class OptionalAnnotationsTest {

    @Test
    void withoutOptionsTheCodeNeedsOnlyTheJdk() {
        Survey survey = GeneratedSurvey.loadResource("/surveys/every-feature.yaml");
        List<GeneratedFile> files = new JavaGenerator().generate(survey, JavaGeneratorOptions.defaults()).files();
        assertThat(files).allSatisfy(f -> assertThat(f.content().lines().filter(l -> l.startsWith("import ")))
                .allMatch(l -> l.startsWith("import java.") || l.startsWith("import javax.annotation.processing.")));
    }

    private static final Survey EVERY_FEATURE = GeneratedSurvey.loadResource("/surveys/every-feature.yaml");

    private static final GeneratedSurvey WITH_OPTIONS = GeneratedSurvey.compile(EVERY_FEATURE,
            new JavaGeneratorOptions("opt", true, true));

    /** A plain ObjectMapper: no module registered, no feature changed, as a host would start. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Class<?> type(String simpleName) throws ClassNotFoundException {
        return WITH_OPTIONS.responseOf(WITH_OPTIONS.fromJson(Map.of(), false)).getClass().getClassLoader()
                .loadClass("opt.AllFeatures" + simpleName);
    }

    @Test
    void jacksonReadsAndWritesTheJsonShapeOfToJsonWithoutAnyModule() throws Exception {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("name", "Taro");
        json.put("agree", true);
        json.put("staff", "2-4");
        json.put("colours", List.of("red", "other"));
        json.put("colours-other", "紫");
        json.put("count", 3);
        json.put("ratio", new java.math.BigDecimal("1.50"));
        json.put("day", "2024-10-02"); // a date survey needed jackson-datatype-jsr310, which no doc mentioned
        Object response = WITH_OPTIONS.responseOf(WITH_OPTIONS.fromJson(json, false));
        String written = MAPPER.writeValueAsString(response);
        assertThat(written).isEqualTo("{\"name\":\"Taro\",\"agree\":true,\"staff\":\"2-4\",\"colours\":[\"red\","
                + "\"other\"],\"colours-other\":\"紫\",\"count\":3,\"ratio\":1.50,\"day\":\"2024-10-02\"}");
        assertThat(MAPPER.readValue(written, response.getClass())).isEqualTo(response);
        Object binding = MAPPER.readValue("{\"ratio\": 2.500000000000000000001}", type("Binding"));
        assertThat(WITH_OPTIONS.toJson(WITH_OPTIONS.responseOf(binding)))
                .containsEntry("ratio", new java.math.BigDecimal("2.500000000000000000001")); // exact, no double
    }

    @Test
    void jacksonIsAsStrictAsTheBindersViolationsForABindingAndAnErrorForAResponse() throws Exception {
        // Jackson read 3.7 as 3, "3" as 3 and "true" as true, an unknown code as unanswered, and threw
        // "… is null" for an unknown code in a list.
        String json = "{\"count\": 3.7, \"agree\": \"true\", \"staff\": \"zz\", \"colours\": [\"red\", \"e\"],"
                + " \"name\": \"3\", \"ratio\": \"3\", \"nope\": 1}";
        Object binding = MAPPER.readValue(json, type("Binding"));
        // The same violations as surveygen check on the same text.
        assertThat(WITH_OPTIONS.validateBinding(binding)).isEqualTo(GeneratedSurvey.renderReference(EVERY_FEATURE,
                new dev.surveygen.semantics.ReferenceInterpreter(EVERY_FEATURE).check(
                        castMap((Map<?, ?>) dev.surveygen.json.JsonText.read(json)))));
        assertThat(WITH_OPTIONS.validateBinding(binding)).anyMatch(v -> v.startsWith("count | type |"))
                .anyMatch(v -> v.startsWith("agree | type |")).anyMatch(v -> v.startsWith("staff | choice |"))
                .anyMatch(v -> v.startsWith("colours | choice |")).anyMatch(v -> v.startsWith("ratio | type |"))
                .anyMatch(v -> v.startsWith("nope | unknown-question |"));
        Class<?> responseType = type("Response");
        assertThatThrownBy(() -> MAPPER.readValue(json, responseType))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
                .hasMessageStartingWith("the response has answers that cannot be read: agree (type), staff (choice),"
                        + " colours (choice), count (type), ratio (type), and keys that name no question: nope;"
                        + " read it as AllFeaturesBinding to validate it");
        assertThatThrownBy(() -> MAPPER.readValue("{\"name\": 1, \"name\": 2}", type("Binding")))
                .hasMessageStartingWith("duplicate key \"name\"");
        assertThatThrownBy(() -> MAPPER.readValue("[1]", type("Binding")))
                .hasMessageStartingWith("a response is a JSON object from question id to answer");
        Class<?> sizes = type("Response").getClassLoader().loadClass("opt.StaffSize");
        assertThatThrownBy(() -> MAPPER.readValue("\"zz\"", sizes)).hasMessageContaining("no choice 'zz' in StaffSize");
        assertThat(MAPPER.writeValueAsString(sizes.getEnumConstants()[1])).isEqualTo("\"2-4\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    @Test
    void beanValidationSeesTheBounds() throws Exception {
        Class<?> responseType = type("Response");
        Method name = responseType.getMethod("fullName");
        assertThat(name.getAnnotation(jakarta.validation.constraints.Size.class)).satisfies(size -> {
            assertThat(size.min()).isEqualTo(2);
            assertThat(size.max()).isEqualTo(10);
        });
        assertThat(responseType.getMethod("count").getAnnotation(jakarta.validation.constraints.Max.class).value())
                .isEqualTo(100);
        assertThat(responseType.getMethod("ratio").getAnnotation(jakarta.validation.constraints.DecimalMin.class)
                .value()).isEqualTo("0.5");
    }
}
