package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.PatternParityTest;
import dev.surveygen.load.RandomPatterns;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.ReferenceInterpreter;
import dev.surveygen.semantics.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form script judges patterns as the reference does: the survey of {@link PatternParityTest}
 * (40 random patterns) in headless Chromium, 600 submissions through {@code window.surveygen.check}.
 * The browser had its own regular-expression engine, which took 28 s on {@code (a+)+b} at 29
 * characters; now it runs the reference's matcher on the same program.
 */
@Tag("browser")
class PatternParityBrowserTest {

    @TempDir
    Path root;

    @Test
    void formScriptMatchesPatternsAsTheReferenceDoes() throws Exception {
        Survey survey = PatternParityTest.survey(31, 40);
        for (GeneratedFile file : new FormGenerator(Optional.empty()).generate(survey, survey.defaultLocale())) {
            Files.createDirectories(root.resolve(file.path()).getParent());
            Files.writeString(root.resolve(file.path()), file.content());
        }
        ReferenceInterpreter reference = new ReferenceInterpreter(survey);
        RandomPatterns answers = new RandomPatterns(33, true);
        List<Map<String, List<String>>> forms = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Map<String, List<String>> form = new LinkedHashMap<>();
            PatternParityTest.response(survey, answers).forEach((id, value) -> form.put(id, List.of((String) value)));
            forms.add(form);
            List<String> lines = new ArrayList<>();
            for (Violation v : reference.check(FormValues.toResponse(survey, form))) {
                lines.add(v.question() + " | " + v.code().code() + " | " + v.message().in(survey.defaultLocale(), "ja"));
            }
            expected.add(lines);
        }
        try (Browser browser = Browser.open(root, true)) {
            browser.driver.get(browser.url(survey.id() + ".html"));
            List<Object> actual = browser.script("return JSON.parse(arguments[0]).map(function (form) {"
                    + " return window.surveygen.check(form).map(function (v) {"
                    + " return v.question + ' | ' + v.code + ' | ' + v.message; }); });", Browser.asciiJson(forms));
            int violations = 0;
            for (int i = 0; i < forms.size(); i++) {
                assertThat(actual.get(i)).as("form %s", forms.get(i)).isEqualTo(expected.get(i));
                violations += expected.get(i).size();
            }
            assertThat(violations).isBetween(600 * 40 / 20, 600 * 40 * 9 / 10);
        }
    }
}
