package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.surveygen.model.Survey;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.ReferenceInterpreter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target for the generated MHLW form binder: the input is a form body as a browser sends it
 * ({@code application/x-www-form-urlencoded}, decoded leniently as a servlet container would), the
 * generated {@code fromForm} binds it (with and without stripping disabled answers) and the
 * generated validator judges it; it must never throw, and must give exactly the reference
 * interpreter's violations. The generated code is compiled in memory into a package under
 * {@code dev.surveygen.javagen}, which Jazzer instruments for coverage as it does this package.
 * Without JAZZER_FUZZ=1 it runs once per seed in GeneratedFormBinderFuzzTestInputs/fromForm/
 * (docs/fuzzing.md).
 */
class GeneratedFormBinderFuzzTest {

    private static final Survey SURVEY = TestSurveys.mhlw();
    private static final GeneratedSurvey GENERATED = GeneratedSurvey.compile(SURVEY,
            JavaGeneratorOptions.defaults().withPackage("dev.surveygen.javagen.fuzzed"));
    private static final ReferenceInterpreter REFERENCE = new ReferenceInterpreter(SURVEY);

    @Timeout(30) // per input: in fuzzing, an input slower than this is a finding (timeout-*)
    @FuzzTest(maxDuration = "10m")
    void fromForm(byte[] data) {
        Map<String, List<String>> form = formBody(data);
        Map<String, Object> response = FormValues.toResponse(SURVEY, form);
        assertThat(GENERATED.validateBinding(GENERATED.fromForm(form, false)))
                .isEqualTo(GeneratedSurvey.renderReference(SURVEY, REFERENCE.check(response)));
        assertThat(GENERATED.validateBinding(GENERATED.fromForm(form, true)))
                .isEqualTo(GeneratedSurvey.renderReference(SURVEY, REFERENCE.check(REFERENCE.withoutDisabled(response))));
    }

    /**
     * {@code name=value} pairs joined with {@code &}; {@code +} is a space and {@code %XX} a byte
     * of UTF-8 (malformed sequences become U+FFFD, a {@code %} without two hex digits stays as it
     * is); a pair without {@code =} has an empty value. Names given again add values.
     */
    static Map<String, List<String>> formBody(byte[] data) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        String body = new String(data, StandardCharsets.ISO_8859_1);
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return form;
    }

    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
