package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With {@code --jackson} and {@code --jakarta-validation} the generated code compiles strictly
 * against those APIs, Jackson reads and writes the same JSON shape as the generated toJson, and
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

    @Test
    void jacksonReadsAndWritesTheJsonShapeAndBeanValidationSeesTheBounds() throws Exception {
        Survey survey = GeneratedSurvey.loadResource("/surveys/every-feature.yaml");
        GeneratedSurvey generated = GeneratedSurvey.compile(survey, new JavaGeneratorOptions("opt", true, true));
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("name", "Taro");
        json.put("agree", true);
        json.put("staff", "2-4");
        json.put("colours", List.of("red", "other"));
        json.put("colours-other", "紫");
        json.put("count", 3);
        json.put("ratio", new java.math.BigDecimal("1.5"));
        json.put("day", "2024-10-02");
        Object response = generated.responseOf(generated.fromJson(json, false));
        Class<?> responseType = response.getClass();
        ObjectMapper mapper = new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                .addSerializer(java.time.LocalDate.class, new com.fasterxml.jackson.databind.ser.std.ToStringSerializer())
                .addDeserializer(java.time.LocalDate.class, new com.fasterxml.jackson.databind.JsonDeserializer<>() {
                    @Override
                    public java.time.LocalDate deserialize(com.fasterxml.jackson.core.JsonParser p,
                            com.fasterxml.jackson.databind.DeserializationContext c) throws java.io.IOException {
                        return java.time.LocalDate.parse(p.getValueAsString());
                    }
                }));
        String written = mapper.writeValueAsString(response);
        assertThat(written).isEqualTo(mapper.writeValueAsString(generated.toJson(response)));
        assertThat(mapper.readValue(written, responseType)).isEqualTo(response);

        Method name = responseType.getMethod("name");
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
