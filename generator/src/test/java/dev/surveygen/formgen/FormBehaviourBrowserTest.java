package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.TestSurveys;
import dev.surveygen.semantics.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The MHLW form's behaviour in headless Chromium with the script on: conditional chains shown,
 * hidden and cleared as the reference semantics says; the error summary after a failed submit
 * (focus, links, field messages, aria-invalid, title) with the reference's messages; full-width
 * digits normalised.
 */
@Tag("browser")
class FormBehaviourBrowserTest {

    @TempDir
    static Path root;

    static FormPages pages;
    static Browser browser;

    @BeforeAll
    static void open() throws Exception {
        pages = FormPages.write(TestSurveys.mhlw(), root);
        browser = Browser.open(root, true);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @BeforeEach
    void load() {
        browser.driver.get(browser.url(pages.staticName()));
        browser.script("localStorage.clear(); return [];");
        browser.driver.navigate().refresh();
        browser.waitUntil("return document.documentElement.classList.contains('sg-js');");
    }

    private static WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private static boolean shown(String question) {
        return byId("q-" + question + ".group").isDisplayed();
    }

    private static void choose(String question, String code) {
        byId("q-" + question + "=" + code).click();
    }

    private static List<Object> checkedOrFilled(String... questions) {
        return browser.script("return arguments[0].filter(function (id) {"
                + " return Array.prototype.some.call(document.getElementsByName(id), function (el) {"
                + " return el.type === 'radio' || el.type === 'checkbox' ? el.checked : el.value !== ''; }); });",
                List.of(questions));
    }

    /** What the browser would submit now: the form data set, as a servlet would read it. */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> formDataSet() {
        Map<String, Object> raw = (Map<String, Object>) browser.driver.executeScript("var out = {};"
                + " new FormData(document.getElementById('sg-form')).forEach(function (v, k) {"
                + " (out[k] = out[k] || []).push(String(v)); }); return out;");
        Map<String, List<String>> form = new LinkedHashMap<>();
        raw.forEach((k, v) -> form.put(k, ((List<Object>) v).stream().map(String::valueOf).toList()));
        return form;
    }

    private static List<String> expectedSummary(Map<String, List<String>> form) {
        List<String> out = new ArrayList<>();
        for (Violation v : pages.check(form)) {
            out.add(v.question() + "：" + pages.message(v));
        }
        return out;
    }

    @Test
    void q17ChainAppearsStepByStepAndCollapsesWithItsAnswersCleared() {
        String[] followUps = {"Q17-3", "Q17-4", "Q17-5", "Q17-6"};
        assertThat(shown("Q17-1")).isTrue();
        assertThat(shown("Q17-2")).as("Q17-2 before Q17-1 is answered").isFalse();
        choose("Q17-1", "no");
        assertThat(shown("Q17-2")).isFalse();
        choose("Q17-1", "yes");
        assertThat(shown("Q17-2")).isTrue();
        for (String id : followUps) {
            assertThat(shown(id)).as(id + " before Q17-2 = はい").isFalse();
        }
        choose("Q17-2", "no");
        for (String id : followUps) {
            assertThat(shown(id)).as(id + " when Q17-2 = いいえ").isFalse();
        }
        choose("Q17-2", "yes");
        for (String id : followUps) {
            assertThat(shown(id)).as(id + " when Q17-2 = はい").isTrue();
        }
        choose("Q17-3", "2-or-more");
        choose("Q17-4", "1");
        choose("Q17-5", "3-or-more");
        choose("Q17-6", "yes");
        assertThat(checkedOrFilled("Q17-2", "Q17-3", "Q17-4", "Q17-5", "Q17-6")).hasSize(5);

        choose("Q17-1", "no");
        assertThat(shown("Q17-2")).isFalse();
        for (String id : followUps) {
            assertThat(shown(id)).as(id + " after Q17-1 = いいえ").isFalse();
        }
        assertThat(checkedOrFilled("Q17-2", "Q17-3", "Q17-4", "Q17-5", "Q17-6")).as("answers of hidden questions").isEmpty();
        assertThat(formDataSet()).as("hidden questions are not submitted")
                .doesNotContainKeys("Q17-2", "Q17-3", "Q17-4", "Q17-5", "Q17-6").containsEntry("Q17-1", List.of("no"));

        choose("Q17-1", "yes");
        assertThat(shown("Q17-2")).isTrue();
        assertThat(checkedOrFilled("Q17-2")).as("Q17-2 comes back empty").isEmpty();
        assertThat(shown("Q17-3")).isFalse();
    }

    @Test
    void otherTextAppearsOnlyWhenOtherIsTicked() {
        assertThat(shown("Q2-2")).isFalse();
        assertThat(shown("Q2-3")).isFalse();
        choose("Q2-1", "yes");
        choose("Q2-2", "yes");
        assertThat(shown("Q2-3")).isTrue();
        assertThat(shown("Q2-3-other")).isFalse();
        choose("Q2-3", "sc");
        assertThat(shown("Q2-3-other")).as("another choice ticked").isFalse();
        choose("Q2-3", "other");
        assertThat(shown("Q2-3-other")).isTrue();
        byId("q-Q2-3-other").sendKeys("医療情報技師");
        choose("Q2-3", "other");
        assertThat(shown("Q2-3-other")).as("その他 unticked").isFalse();
        assertThat(checkedOrFilled("Q2-3-other")).isEmpty();
        assertThat(formDataSet()).doesNotContainKey("Q2-3-other").containsEntry("Q2-3", List.of("sc"));
        choose("Q2-3", "other");
        assertThat(byId("q-Q2-3-other").getDomProperty("value")).isEmpty();
        choose("Q2-1", "no");
        assertThat(shown("Q2-2")).isFalse();
        assertThat(shown("Q2-3")).as("chain through Q2-2").isFalse();
        assertThat(shown("Q2-3-other")).as("chain through Q2-3").isFalse();
        assertThat(checkedOrFilled("Q2-2", "Q2-3")).isEmpty();
    }

    @Test
    void failedSubmitShowsAFocusedSummaryLinkedToFieldMessages() {
        choose("Q2-1", "yes");
        byId("q-Q13").sendKeys("abc");
        Map<String, List<String>> submitted = formDataSet();
        byId("sg-submit").click();

        WebElement summary = byId("sg-error-summary");
        assertThat(summary.getDomAttribute("role")).isEqualTo("alert");
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(summary);
        assertThat(browser.driver.getTitle()).startsWith("エラー：").endsWith(TestSurveys.mhlw().title().in("ja", "ja"));
        List<WebElement> links = summary.findElements(By.cssSelector("li a"));
        assertThat(links.stream().map(WebElement::getText).toList()).isEqualTo(expectedSummary(submitted));
        assertThat(links).extracting(WebElement::getText).anyMatch(t -> t.startsWith("Q13：")).anyMatch(t -> t.startsWith("Q2-2："));

        List<Violation> violations = pages.check(submitted);
        for (int i = 0; i < links.size(); i++) {
            WebElement link = links.get(i);
            Violation v = violations.get(i);
            String target = link.getDomAttribute("href").replaceFirst(".*#", "");
            link.click();
            assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).as(link.getText()).isEqualTo(target);
            assertThat(byId(target).getDomAttribute("name")).isEqualTo(v.question());

            WebElement message = byId("q-" + v.question() + ".error");
            assertThat(message.getDomProperty("textContent")).isEqualTo("エラー：" + pages.message(v));
            for (WebElement field : browser.driver.findElements(By.name(v.question()))) {
                assertThat(field.getDomAttribute("aria-invalid")).as(v.question()).isEqualTo("true");
            }
            WebElement group = byId("q-" + v.question() + ".group");
            WebElement described = group.getTagName().equals("fieldset") ? group : byId("q-" + v.question());
            assertThat(described.getDomAttribute("aria-describedby").split(" ")).as(v.question())
                    .contains("q-" + v.question() + ".error");
        }

        // Fixing the answers and submitting again removes the errors and restores the title.
        byId("q-Q13").clear();
        byId("q-Q13").sendKeys("8");
        byId("sg-submit").click();
        assertThat(byId("sg-error-summary").getText()).doesNotContain("Q13：");
        assertThat(browser.driver.findElements(By.id("q-Q13.error"))).isEmpty();
        assertThat(byId("q-Q13").getDomAttribute("aria-invalid")).isNull();
    }

    @Test
    void fullWidthDigitsAreAcceptedAndNormalised() {
        WebElement q13 = byId("q-Q13");
        q13.sendKeys("１３");
        assertThat(q13.getDomProperty("value")).isEqualTo("１３");
        q13.sendKeys(Keys.TAB);
        assertThat(q13.getDomProperty("value")).as("normalised on change").isEqualTo("13");
        byId("sg-submit").click();
        assertThat(byId("sg-error-summary").getText()).doesNotContain("Q13：");
        assertThat(browser.driver.findElements(By.id("q-Q13.error"))).isEmpty();

        q13 = byId("q-Q13");
        q13.clear();
        q13.sendKeys("①");
        q13.sendKeys(Keys.TAB);
        assertThat(q13.getDomProperty("value")).as("① is not a digit to normalise").isEqualTo("①");
        byId("sg-submit").click();
        String typeMessage = pages.check(Map.of("Q13", List.of("①"))).stream().filter(v -> v.question().equals("Q13"))
                .map(pages::message).findFirst().orElseThrow();
        assertThat(byId("sg-error-summary").getText()).contains("Q13：" + typeMessage);
        assertThat(byId("q-Q13.error").getDomProperty("textContent")).isEqualTo("エラー：" + typeMessage);
    }

    @Test
    void unsavedChangesWarnOnlyWhileThereAreSome() {
        String leave = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                + " return [e.defaultPrevented];";
        assertThat(browser.script(leave)).containsExactly(false);
        choose("Q2-1", "yes");
        assertThat(browser.script(leave)).containsExactly(true);
    }

    @Test
    void keyboardFocusIsAlwaysVisible() {
        choose("Q2-1", "yes");
        byId("sg-submit").click();
        List<Object> invisible = browser.script("var out = [];"
                + " document.querySelectorAll('a[href], button, input, textarea, select, summary, [tabindex]').forEach(function (el) {"
                + "   if (el.disabled || el.closest('[hidden]') || el.type === 'hidden') { return; }"
                + "   el.focus(); if (document.activeElement !== el) { return; }"
                + "   var hidden = el.getBoundingClientRect().width <= 1;" // visually hidden: its label shows focus
                + "   var shown = [hidden ? null : el, el.id ? document.querySelector('label[for=\"' + el.id + '\"].sg-button') : null]"
                + "     .filter(Boolean).some(function (e) { var s = getComputedStyle(e);"
                + "       return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none'; });"
                + "   if (!shown) { out.push(el.outerHTML.substring(0, 80)); } });"
                + " return out;");
        assertThat(invisible).as("focused elements without a visible focus indicator").isEmpty();
    }

    @Test
    void printingShowsTheAnswersWithoutButtons() {
        byId("q-Q1-1").sendKeys("山田 太郎");
        choose("Q2-1", "yes");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(byId("q-Q1-1").isDisplayed()).isTrue();
            assertThat(byId("q-Q2-1=yes").isDisplayed()).isTrue();
            assertThat(byId("q-Q2-2.group").isDisplayed()).isTrue();
            for (String id : List.of("sg-submit", "sg-export", "sg-import-label")) {
                assertThat(byId(id).isDisplayed()).as(id + " in print").isFalse();
            }
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertThat(byId("sg-submit").isDisplayed()).isTrue();
    }
}
