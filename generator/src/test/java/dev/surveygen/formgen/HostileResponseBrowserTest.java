package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.HostileResponses;
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
 * The hostile-response corpus ({@link HostileResponses}) through the form script in headless
 * Chromium ({@code window.surveygen.check}), as the browser receives a submission: each form is
 * built in the page from a compact description (a 10 MB answer is sent as "a" times 10,485,760),
 * and the page returns a digest of its violations (count, first lines, FNV-1a hash of all), which
 * must be the reference's. Selenium's script timeout is the hang guard.
 */
@Tag("browser")
class HostileResponseBrowserTest {

    /** Builds each form from its description, checks it, and returns the digests. */
    private static final String SCRIPT = """
            function text(pieces) {
              var out = '';
              pieces.forEach(function (piece) { out += piece[0].repeat(piece[1]); });
              return out;
            }
            function expand(spec) {
              var form = {};
              spec.fields.forEach(function (field) {
                var name = text(field[0]);
                form[name] = (form[name] || []).concat(field[1].map(text));
              });
              for (var i = 0; i < spec.many[1]; i++) { form[spec.many[0] + i] = [spec.many[2]]; }
              return form;
            }
            function digest(violations) {
              var lines = violations.map(function (v) { return v.question + ' | ' + v.code + ' | ' + v.message; });
              var hash = 0x811C9DC5 | 0;
              lines.forEach(function (line) {
                for (var i = 0; i < line.length; i++) { hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193); }
                hash = Math.imul(hash ^ 10, 0x01000193);
              });
              // Lines in ASCII: WebDriver cannot carry a lone surrogate back.
              var head = lines.slice(0, 8).map(function (line) {
                return line.replace(/[^\\x20-\\x7e]/g, function (c) { return '\\\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
              });
              return [lines.length, head, hash];
            }
            return JSON.parse(arguments[0]).map(function (spec) { return digest(window.surveygen.check(expand(spec))); });
            """;

    @TempDir
    Path root;

    private static void write(Survey survey, Path root) throws Exception {
        for (GeneratedFile file : new FormGenerator(Optional.empty()).generate(survey, survey.defaultLocale())) {
            Files.createDirectories(root.resolve(file.path()).getParent());
            Files.writeString(root.resolve(file.path()), file.content());
        }
    }

    /** The reference's digest, in the shape the script returns. */
    static List<Object> digest(ReferenceInterpreter reference, Survey survey, Map<String, List<String>> form) {
        List<String> lines = new ArrayList<>();
        for (Violation v : reference.check(FormValues.toResponse(survey, form))) {
            lines.add(v.question() + " | " + v.code().code() + " | " + v.message().in(survey.defaultLocale(), "ja"));
        }
        int hash = 0x811C9DC5;
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                hash = (hash ^ line.charAt(i)) * 0x01000193;
            }
            hash = (hash ^ '\n') * 0x01000193;
        }
        List<String> head = new ArrayList<>();
        for (String line : lines.subList(0, Math.min(8, lines.size()))) {
            StringBuilder ascii = new StringBuilder();
            line.chars().forEach(c -> ascii.append(c >= 0x20 && c <= 0x7E ? String.valueOf((char) c)
                    : String.format(java.util.Locale.ROOT, "\\u%04x", c)));
            head.add(ascii.toString());
        }
        return List.of((long) lines.size(), head, (long) hash);
    }

    @Test
    void everyCaseGetsTheReferencesViolations() throws Exception {
        Survey survey = TestSurveys.everyFeature();
        write(survey, root);
        ReferenceInterpreter reference = new ReferenceInterpreter(survey);
        List<HostileResponses.Case> cases = HostileResponses.all().stream().filter(c -> c.form() != null).toList();
        try (Browser browser = Browser.open(root, true)) {
            browser.driver.get(browser.url(survey.id() + ".html"));
            for (HostileResponses.Case c : cases) {
                List<Object> actual = browser.script(SCRIPT, Browser.asciiJson(List.of(c.form().spec())));
                assertThat(actual).as(c.name()).containsExactly(digest(reference, survey, c.form().expand()));
            }
            List<Object> specs = new ArrayList<>();
            List<Object> expected = new ArrayList<>();
            for (String digit : HostileResponses.digits()) {
                specs.add(HostileResponses.digitForm(digit).spec());
                expected.add(digest(reference, survey, HostileResponses.digitForm(digit).expand()));
            }
            assertThat(browser.script(SCRIPT, Browser.asciiJson(specs))).as("every digit script").isEqualTo(expected);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void nestedRepetitionsTakeLinearTime() throws Exception {
        // The browser's own RegExp took 28 s on (a+)+b at 29 characters, doubling with each one.
        Survey survey = TestSurveys.load("nested.yaml", """
                surveygen: 1
                id: nested
                title: Nested
                sections:
                  - id: s
                    title: S
                    questions:
                      - {id: T, type: long-text, label: T, pattern: '(a+)+b'}
                      - {id: U, type: long-text, label: U, pattern: '(a|b)*'}
                """);
        write(survey, root);
        ReferenceInterpreter reference = new ReferenceInterpreter(survey);
        List<HostileResponses.Form> forms = List.of(
                new HostileResponses.Form(List.of(new Object[] {HostileResponses.t("T"), List.of(HostileResponses.t("a", 60))},
                        new Object[] {HostileResponses.t("U"), List.of(HostileResponses.t("ab", 1_000_000))}), "", 0, ""),
                new HostileResponses.Form(List.of(new Object[] {HostileResponses.t("T"),
                        List.of(HostileResponses.t("a", 1_000_000))}, new Object[] {HostileResponses.t("U"),
                        List.of(HostileResponses.t("ab", 1_000_000))}), "", 0, ""));
        try (Browser browser = Browser.open(root, true)) {
            browser.driver.get(browser.url(survey.id() + ".html"));
            List<Object> specs = new ArrayList<>();
            List<Object> expected = new ArrayList<>();
            for (HostileResponses.Form form : forms) {
                specs.add(form.spec());
                expected.add(digest(reference, survey, form.expand()));
            }
            assertThat(browser.script(SCRIPT, Browser.asciiJson(specs))).isEqualTo(expected);
            assertThat(((List<?>) expected.get(0)).get(0)).isEqualTo(1L); // T pattern; U matches
        }
    }
}
