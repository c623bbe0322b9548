package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.TestSurveys;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.ReferenceInterpreter;
import dev.surveygen.semantics.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client/server parity: the differential corpus of form submissions is replayed in headless
 * Chromium through the generated form's own script ({@code window.surveygen.check}), and every
 * submission must get the same violations (question, code, message) as the reference interpreter,
 * which the generated Java validator is itself held to.
 */
@Tag("browser")
class FormParityBrowserTest {

    @TempDir
    Path root;

    @Test
    void mhlwFormAgreesWithTheReference() throws Exception {
        replay(TestSurveys.mhlw(), 1500, 11);
    }

    @Test
    void everyFeatureFormAgreesWithTheReference() throws Exception {
        replay(TestSurveys.everyFeature(), 1500, 12);
    }

    @Test
    void rejectingFullWidthDigitsAgreesWithTheReference() throws Exception {
        replay(TestSurveys.everyFeatureRejectingFullWidthDigits(), 800, 13);
    }

    private void replay(Survey survey, int count, long seed) throws Exception {
        for (GeneratedFile file : new FormGenerator(Optional.empty()).generate(survey, survey.defaultLocale())) {
            Files.createDirectories(root.resolve(file.path()).getParent());
            Files.writeString(root.resolve(file.path()), file.content());
        }
        ReferenceInterpreter reference = new ReferenceInterpreter(survey);
        List<Map<String, List<String>>> forms = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        var corpus = TestSurveys.corpus(survey, seed);
        for (int i = 0; i < count; i++) {
            Map<String, List<String>> form = corpus.nextForm();
            forms.add(form);
            List<String> lines = new ArrayList<>();
            for (Violation v : reference.check(FormValues.toResponse(survey, form))) {
                lines.add(v.question() + " | " + v.code().code() + " | " + v.message().in(survey.defaultLocale(), "ja"));
            }
            expected.add(lines);
        }
        try (Browser browser = Browser.open(root, true)) {
            browser.driver.get(browser.url(survey.id() + ".html"));
            List<Object> actual = browser.script("return arguments[0].map(function (form) {"
                    + " return window.surveygen.check(form).map(function (v) {"
                    + " return v.question + ' | ' + v.code + ' | ' + v.message; }); });", forms);
            int invalid = 0;
            for (int i = 0; i < count; i++) {
                assertThat(actual.get(i)).as("form %s", forms.get(i)).isEqualTo(expected.get(i));
                invalid += expected.get(i).isEmpty() ? 0 : 1;
            }
            assertThat(invalid).isBetween(count / 10, count - count / 20);
        }
    }
}
