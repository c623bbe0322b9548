package dev.surveygen.semantics;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.load.SurveyLoader;
import dev.surveygen.model.Survey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers shared by the semantics tests: inline surveys and responses. */
final class Surveys {

    private Surveys() {}

    /** Loads an inline definition that must have no errors (warnings are allowed). */
    static Survey load(String yaml) {
        SurveyLoader.Result result = new SurveyLoader().load("t.yaml", yaml.getBytes(UTF_8));
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        return result.survey().orElseThrow();
    }

    /** A response from alternating keys and values; values may be null. */
    static Map<String, Object> response(Object... keysAndValues) {
        Map<String, Object> response = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            response.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return response;
    }

    /** Each violation as {@code "QUESTION code"}, in the interpreter's order. */
    static List<String> violations(ReferenceInterpreter interpreter, Map<String, ?> response) {
        return interpreter.check(response).stream().map(v -> v.question() + " " + v.code().code()).toList();
    }
}
