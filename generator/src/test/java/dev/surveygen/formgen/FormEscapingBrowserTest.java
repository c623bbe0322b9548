package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.TestSurveys;
import dev.surveygen.model.Survey;
import dev.surveygen.semantics.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Injection texts in every text of a definition, and in submitted answers, show as text in the
 * static page and in the runtime template rendered by a host: labels, hints, help, choice labels,
 * units, references, the title (element and document title), attribute values, the error
 * summary and the JSON data block, which still parses, so the script works and reports the
 * reference's messages. Proven in the browser: textContent equals the raw text and no element
 * was injected.
 */
@Tag("browser")
class FormEscapingBrowserTest {

    /** Closes a script, opens a comment, a JavaScript line break, quotes, FreeMarker in both syntaxes, markup, moustaches. */
    static final String NASTY = "</script><!--\u2028'\"& ${x} #{y} <#if true>x</#if> [#if] [=x] <@m/> "
            + "<img src=x onerror=alert(1)> {{x}}";

    static final String YAML_NASTY = "\"</script><!--\\u2028'\\\"& ${x} #{y} <#if true>x</#if> [#if] [=x] <@m/> "
            + "<img src=x onerror=alert(1)> {{x}}\"";

    @TempDir
    Path root;

    static String text(String place) {
        return place + " " + NASTY;
    }

    private static String yaml(String place) {
        return "\"" + place + " " + YAML_NASTY.substring(1);
    }

    static Survey survey() {
        String yaml = String.join("\n",
                "surveygen: 1",
                "id: nasty",
                "title: " + yaml("title"),
                "version: \"1\"",
                "locale: ja",
                "description: " + yaml("description"),
                "defaults:",
                "  required: true",
                "  full-width-digits: nfkc",
                "sections:",
                "  - id: s1",
                "    title: " + yaml("section"),
                "    questions:",
                "      - id: note",
                "        type: note",
                "        label: " + yaml("note"),
                "      - id: code",
                "        type: text",
                "        label: " + yaml("label"),
                "        hint: " + yaml("hint"),
                "        help: " + yaml("help"),
                "        pattern: '[0-9]+'",
                "        pattern-message: " + yaml("pattern"),
                "        references:",
                "          - title: " + yaml("reference"),
                "            section: " + yaml("part"),
                "            quote: " + yaml("quote"),
                "      - id: pick",
                "        type: single-choice",
                "        label: " + yaml("pick"),
                "        choices:",
                "          - {code: a, label: " + yaml("choice") + "}",
                "          - {code: b, label: b}",
                "      - id: count",
                "        type: integer",
                "        label: " + yaml("count"),
                "        unit: " + yaml("unit"),
                "        when: ${pick} = 'a'",
                "        required: false",
                "");
        return TestSurveys.load("nasty.yaml", yaml);
    }

    @Test
    void injectionTextsShowAsTextEverywhere() throws Exception {
        Survey survey = survey();
        FormPages pages = FormPages.write(survey, root);
        // Texts are data the components print with HTML escaping, never template code: ${x} stays the
        // text it is (checked as shown below), and nothing of the markup survives unescaped.
        assertThat(pages.staticPage).doesNotContain("<img", "<#if", "</script><!--").contains("${x} #{y} &lt;#if true&gt;");
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("code", List.of(NASTY));
        form.put("pick", List.of("a"));
        form.put("count", List.of(NASTY));
        List<Violation> violations = pages.check(form);
        assertThat(violations).extracting(Violation::question).containsExactly("code", "count");
        assertThat(pages.message(violations.get(0))).isEqualTo(text("pattern"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("answers", form);
        model.put("violations", violations.stream().map(v -> new ViolationView(v.question(), v.code().code(), pages.message(v))).toList());
        model.put("action", "/submit?a=" + NASTY);
        model.put("hiddenFields", Map.of("_token", NASTY));
        model.put("assetsPath", "");
        Files.writeString(root.resolve("rendered.html"), pages.render(model));

        try (Browser browser = Browser.open(root, true)) {
            for (String page : List.of(pages.staticName(), "rendered.html")) {
                browser.driver.get(browser.url(page));
                browser.waitUntil("return document.documentElement.classList.contains('sg-js');");
                assertThat(browser.script("return [document.images.length, document.querySelectorAll('[onerror]').length,"
                        + " document.querySelectorAll('script').length];")).as(page).containsExactly(0L, 0L, 3L); // rules, form, JSON
                assertThat(browser.driver.getTitle()).as(page).isEqualTo((page.equals("rendered.html") ? "エラー：" : "")
                        + text("title"));
                Map<String, String> expected = new LinkedHashMap<>();
                expected.put("h1", text("title"));
                expected.put(".sg-lead", text("description"));
                expected.put("#s-s1\\.title", text("section"));
                expected.put("#q-note\\.group p", text("note"));
                expected.put("label[for=q-code]", "code " + text("label") + " ※必須");
                expected.put("#q-code\\.hint", text("hint"));
                expected.put("#q-code\\.group .sg-details__body > p", text("help"));
                expected.put(".sg-reference__title", text("reference") + text("part"));
                expected.put(".sg-reference__quote", text("quote"));
                expected.put("#q-pick\\.group legend", "pick " + text("pick") + " ※必須");
                expected.put("label[for=q-pick\\=a]", text("choice"));
                expected.put("#q-count\\.group .sg-unit", text("unit"));
                for (Map.Entry<String, String> e : expected.entrySet()) {
                    assertThat(browser.script("return [document.querySelector(arguments[0]).textContent];", e.getKey()))
                            .as(page + " " + e.getKey()).containsExactly(e.getValue());
                }
                // The JSON data block parses and carries the texts; the script judges as the reference does.
                assertThat(browser.script("return [JSON.parse(document.getElementById('sg-rules').textContent)"
                        + ".questions[1].messages.pattern];")).containsExactly(text("pattern"));
                assertThat(browser.script("return window.surveygen.check(arguments[0]).map(function (v) {"
                        + " return v.question + ' ' + v.code + ' ' + v.message; });", form))
                        .containsExactlyElementsOf(violations.stream().map(v -> v.question() + " " + v.code().code() + " "
                                + pages.message(v)).toList());
                assertThat(browser.consoleErrors()).as(page).isEmpty();
            }

            // The host's values: in attributes (value, action, hidden field) and in the error messages.
            assertThat(browser.script("var f = document.getElementById('sg-form');"
                    + " return [document.getElementById('q-code').value, document.getElementById('q-count').value,"
                    + " f.querySelector('input[name=_token]').value, decodeURIComponent(f.getAttribute('action'))];"))
                    .containsExactly(NASTY, NASTY, NASTY, "/submit?a=" + NASTY);
            assertThat(browser.script("return [document.getElementById('q-code.error').textContent,"
                    + " document.querySelector('#sg-error-summary li').textContent];"))
                    .containsExactly("エラー：" + text("pattern"), "code：" + text("pattern"));

            // The script's own error messages are text too.
            browser.driver.get(browser.url(pages.staticName()));
            browser.waitUntil("return document.documentElement.classList.contains('sg-js');");
            browser.script("document.getElementById('q-code').value = arguments[0]; return [];", NASTY);
            browser.driver.findElement(org.openqa.selenium.By.id("sg-submit")).click();
            assertThat(browser.script("return [document.getElementById('q-code.error').textContent,"
                    + " document.querySelector('#sg-error-summary a').textContent, document.images.length];"))
                    .containsExactly("エラー：" + text("pattern"), "code：" + text("pattern"), 0L);
        }
    }
}
