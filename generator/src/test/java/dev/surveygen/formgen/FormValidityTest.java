package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveygen.javagen.TestSurveys;
import dev.surveygen.model.Survey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The checklist's tool checks (/work/shared/design/form-checklist.md): the W3C Nu HTML Checker
 * finds no error in the static page and in a page rendered with errors; axe-core finds no
 * violation on the empty form, after a failed submit (client and server) and with every
 * conditional question shown; every id reference resolves to exactly one element; nothing refers
 * to another host.
 */
@Tag("browser")
class FormValidityTest {

    /** The Nu HTML Checker's command line, from the nu.validator:validator test dependency. */
    static final String VNU_MAIN = "nu.validator.client.SimpleCommandLineValidator";
    static final Pattern EXTERNAL = Pattern.compile("(?i)(?:\\b(?:src|href|action|srcset|poster|data)\\s*=\\s*[\"']?\\s*"
            + "(?:https?:|//)|url\\(\\s*[\"']?\\s*(?:https?:|//)|@import)");

    @TempDir
    Path root;

    /** Nu warnings seen, reported by the test's output (warnings are allowed). */
    static final List<String> NU_WARNINGS = new ArrayList<>();

    private static FormPages errored(FormPages pages, Map<String, List<String>> form) throws IOException {
        Files.writeString(pages.root.resolve("errored.html"), pages.afterSubmit(form));
        return pages;
    }

    private static final Map<String, List<String>> BAD_MHLW = Map.of("Q1-1", List.of("x".repeat(101)),
            "Q2-1", List.of("yes"), "Q2-2", List.of("yes"), "Q2-3", List.of("other"), "Q13", List.of("abc"),
            "Q17-1", List.of("no"), "Q17-2", List.of("yes"), "Q99", List.of("?"));

    @Test
    void nuCheckerFindsNoErrors() throws Exception {
        List<Path> checked = new ArrayList<>();
        Survey mhlw = TestSurveys.mhlw();
        Survey everyFeature = TestSurveys.everyFeature();
        // The MHLW form in each of its locales (the English one: every fixed text from the catalogue).
        for (Map.Entry<Survey, String> form : List.of(Map.entry(mhlw, "ja"), Map.entry(mhlw, "en"),
                Map.entry(everyFeature, everyFeature.defaultLocale()))) {
            Survey survey = form.getKey();
            Path dir = Files.createDirectories(root.resolve(survey.id() + "." + form.getValue()));
            FormPages pages = FormPages.write(survey, form.getValue(), dir);
            Files.writeString(dir.resolve("errored.html"), pages.afterSubmit(survey.id().startsWith("mhlw") ? BAD_MHLW
                    : Map.of("name", List.of("x"), "count", List.of("１０１"), "agree", List.of("yes"), "chain-a", List.of("?"))));
            checked.add(dir.resolve(pages.staticName()));
            checked.add(dir.resolve("errored.html"));
        }
        // A control: a page with known errors, which the checker must report.
        Path broken = Files.writeString(root.resolve("broken.html"), "<!DOCTYPE html><html lang=\"ja\"><head>"
                + "<meta charset=\"utf-8\"></head><body><p><div></p></body></html>");
        List<Path> all = new ArrayList<>(checked);
        all.add(broken);
        Map<String, List<String>> errors = new java.util.TreeMap<>();
        for (Path page : all) {
            errors.put(page.toAbsolutePath().toString(), new ArrayList<>());
        }
        for (JsonNode message : nu(all).get("messages")) {
            String line = message.path("type").asText() + "/" + message.path("subType").asText("") + " "
                    + message.path("lastLine").asText() + ": " + message.path("message").asText() + " «"
                    + message.path("extract").asText() + "»";
            String url = Path.of(java.net.URI.create(message.path("url").asText())).toAbsolutePath().toString();
            if (message.path("type").asText().equals("error") || message.path("type").asText().equals("non-document-error")) {
                errors.computeIfAbsent(url, k -> new ArrayList<>()).add(line);
            } else {
                NU_WARNINGS.add(url.substring(url.lastIndexOf('/') + 1) + " " + line);
            }
        }
        assertThat(errors.remove(broken.toAbsolutePath().toString())).as("the control page's errors")
                .anyMatch(e -> e.contains("missing a required instance of child element “title”"))
                .anyMatch(e -> e.contains("No “p” element in scope"));
        assertThat(errors).as("Nu errors by page").hasSize(checked.size()).allSatisfy((page, found) -> assertThat(found)
                .as(page).isEmpty());
        System.out.println("Nu HTML Checker warnings and infos: " + (NU_WARNINGS.isEmpty() ? "none" : String.join("\n", NU_WARNINGS)));
    }

    /** Runs the checker on the pages in a JVM of its own (its command line ends with System.exit). */
    private static JsonNode nu(List<Path> pages) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), VNU_MAIN, "--format", "json", "--stdout", "--also-check-css"));
        pages.forEach(page -> command.add(page.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String json = new String(out, StandardCharsets.UTF_8);
        assertThat(json).as("vnu output; stderr: %s", err).startsWith("{");
        return new ObjectMapper().readTree(json);
    }

    /** axe-core as bundled by Deque's Java artifact (com.deque.html.axe-core:selenium). */
    static String axe() throws IOException {
        try (var in = FormValidityTest.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void axeFindsNoViolationsAndEveryIdReferenceResolves() throws Exception {
        axeFindsNoViolationsAndEveryIdReferenceResolves("ja");
    }

    @Test
    void axeFindsNoViolationsAndEveryIdReferenceResolvesInTheEnglishForm() throws Exception {
        axeFindsNoViolationsAndEveryIdReferenceResolves("en");
    }

    private void axeFindsNoViolationsAndEveryIdReferenceResolves(String locale) throws Exception {
        FormPages pages = errored(FormPages.write(TestSurveys.mhlw(), locale, root), BAD_MHLW);
        String axe = axe();
        try (Browser browser = Browser.open(root, true)) {
            browser.driver.get(browser.url(pages.staticName()));
            assertNoViolations(browser, axe, locale + " empty form");
            assertIdReferencesResolve(browser, "empty form");

            browser.driver.findElement(By.id("sg-submit")).click();
            assertThat(browser.driver.findElement(By.id("sg-error-summary")).isDisplayed()).isTrue();
            assertNoViolations(browser, axe, locale + " client-errored form");
            assertIdReferencesResolve(browser, "client-errored form");

            browser.driver.get(browser.url(pages.staticName()));
            for (String id : List.of("q-Q2-1=yes", "q-Q2-2=yes", "q-Q2-3=other", "q-Q7-1=yes", "q-Q17-1=yes", "q-Q17-2=yes")) {
                browser.driver.findElement(By.id(id)).click();
            }
            for (WebElement group : browser.driver.findElements(By.cssSelector("[data-question]"))) {
                assertThat(group.isDisplayed()).as(group.getDomAttribute("data-question")).isTrue();
            }
            browser.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; }); return [];");
            assertNoViolations(browser, axe, locale + " fully revealed form");
            assertIdReferencesResolve(browser, "fully revealed form");
            browser.driver.findElement(By.id("sg-submit")).click();
            assertNoViolations(browser, axe, locale + " fully revealed form with errors");
            assertIdReferencesResolve(browser, "fully revealed form with errors");

            browser.driver.get(browser.url("errored.html"));
            assertThat(browser.driver.findElement(By.id("sg-error-summary")).isDisplayed()).isTrue();
            assertNoViolations(browser, axe, locale + " server-errored form");
            assertIdReferencesResolve(browser, "server-errored form");
            assertThat(browser.consoleErrors()).as("CSP violations or script errors").isEmpty();
        }
        try (Browser browser = Browser.open(root, false)) {
            browser.driver.get(browser.url("errored.html"));
            assertIdReferencesResolve(browser, "server-errored form without script");
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertNoViolations(Browser browser, String axe, String state) {
        browser.driver.executeScript(axe);
        List<Object> violations = (List<Object>) browser.driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help"
                + " + ' → ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); },"
                + " function (e) { done(['axe failed: ' + e]); });");
        assertThat(violations).as("axe on the " + state).isEmpty();
        System.out.println("axe: 0 violations on the " + state);
    }

    /** Every label[for], aria-describedby/-labelledby/-controls and #link names exactly one element. */
    static void assertIdReferencesResolve(Browser browser, String state) {
        List<Object> problems = browser.script("var problems = [];"
                + " function count(id) { var n = 0; document.querySelectorAll('[id]').forEach(function (e) { if (e.id === id) { n++; } }); return n; }"
                + " var seen = {}; document.querySelectorAll('[id]').forEach(function (e) {"
                + "   if (seen[e.id]) { problems.push('duplicate id ' + e.id); } seen[e.id] = true; });"
                + " function check(el, attr, ids) { ids.forEach(function (id) { var n = count(id);"
                + "   if (n !== 1) { problems.push(el.tagName + '[' + attr + '] → ' + id + ': ' + n + ' elements'); } }); }"
                + " document.querySelectorAll('label[for]').forEach(function (el) { check(el, 'for', [el.htmlFor]); });"
                + " ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'aria-errormessage'].forEach(function (attr) {"
                + "   document.querySelectorAll('[' + attr + ']').forEach(function (el) {"
                + "     check(el, attr, el.getAttribute(attr).split(/\\s+/).filter(Boolean)); }); });"
                + " document.querySelectorAll('a[href^=\"#\"]').forEach(function (el) {"
                + "   check(el, 'href', [decodeURIComponent(el.getAttribute('href').substring(1))]); });"
                + " document.querySelectorAll('[src], [href], [action], [srcset]').forEach(function (el) {"
                + "   ['src', 'href', 'action', 'srcset'].forEach(function (attr) { var v = el.getAttribute(attr);"
                + "     if (v !== null && /^\\s*(https?:|\\/\\/)/i.test(v)) { problems.push('external ' + attr + ' ' + v); } }); });"
                + " return problems;");
        assertThat(problems).as("id references and URLs in the " + state).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("a[href^='#']"))).as("links to check in the " + state)
                .isNotNull();
    }

    @Test
    void noFileRefersToAnotherHost() throws Exception {
        for (Survey survey : List.of(TestSurveys.mhlw(), TestSurveys.everyFeature())) {
            Path dir = Files.createDirectories(root.resolve(survey.id()));
            FormPages pages = FormPages.write(survey, dir);
            try (var files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file);
                    Matcher m = EXTERNAL.matcher(text);
                    assertThat(m.find()).as("%s: %s", file.getFileName(), m.hitEnd() ? "" : text.substring(Math.max(0, m.start() - 40),
                            Math.min(text.length(), m.end() + 40))).isFalse();
                }
            }
            if (survey.id().startsWith("mhlw")) {
                assertThat(pages.staticPage).as("a reference's URL is shown as text, not linked")
                        .contains("<p class=\"sg-reference__url\">https://www.jahis.jp/standard/detail/id=987</p>");
            }
        }
    }
}
