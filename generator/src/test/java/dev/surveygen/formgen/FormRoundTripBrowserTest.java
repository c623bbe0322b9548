package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.TestSurveys;
import dev.surveygen.semantics.Violation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The MHLW form with a host behind it: the runtime template rendered by FreeMarker as a host does,
 * submissions judged by the reference interpreter (script on and off); the form without JavaScript;
 * drafts in local storage (and no storage at all); export and import of answers.
 */
@Tag("browser")
class FormRoundTripBrowserTest {

    @TempDir
    Path root;

    FormPages pages;

    @BeforeEach
    void write() throws Exception {
        pages = FormPages.write(TestSurveys.mhlw(), root);
    }

    private static WebElement byId(Browser browser, String id) {
        return browser.driver.findElement(By.id(id));
    }

    private static boolean checked(Browser browser, String id) {
        return Boolean.TRUE.equals(byId(browser, id).getDomProperty("checked") != null
                && Boolean.parseBoolean(byId(browser, id).getDomProperty("checked")));
    }

    private static String value(Browser browser, String id) {
        return byId(browser, id).getDomProperty("value");
    }

    /** Types a partly wrong set of answers. */
    private static void fillSome(Browser browser) {
        byId(browser, "q-Q1-1").sendKeys("山田 太郎");
        byId(browser, "q-Q2-1=yes").click();
        byId(browser, "q-Q2-2=yes").click();
        byId(browser, "q-Q2-3=sc").click();
        byId(browser, "q-Q2-3=other").click();
        byId(browser, "q-Q2-3-other").sendKeys("医療情報技師 <b>&amp;</b> ${x}");
        byId(browser, "q-Q13").sendKeys("abc");
        byId(browser, "q-Q17-1=yes").click();
    }

    private void assertKeptAndReported(Browser browser) {
        assertThat(browser.driver.getTitle()).startsWith("エラー：");
        assertThat(value(browser, "q-Q1-1")).isEqualTo("山田 太郎");
        assertThat(checked(browser, "q-Q2-1=yes")).isTrue();
        assertThat(checked(browser, "q-Q2-2=yes")).isTrue();
        assertThat(checked(browser, "q-Q2-3=sc")).isTrue();
        assertThat(checked(browser, "q-Q2-3=other")).isTrue();
        assertThat(checked(browser, "q-Q2-3=fe")).isFalse();
        assertThat(value(browser, "q-Q2-3-other")).isEqualTo("医療情報技師 <b>&amp;</b> ${x}");
        assertThat(value(browser, "q-Q13")).as("the bad integer is kept").isEqualTo("abc");
        assertThat(checked(browser, "q-Q17-1=yes")).isTrue();

        Map<String, List<String>> submitted = new LinkedHashMap<>(pages.submissions.get(pages.submissions.size() - 1));
        assertThat(submitted.get("_csrf")).as("the host's hidden field is posted").containsExactly("token-1");
        List<String> expected = new ArrayList<>();
        for (Violation v : pages.check(submitted)) {
            expected.add(v.question() + "：" + pages.message(v));
        }
        assertThat(expected).anyMatch(s -> s.startsWith("Q13：")).anyMatch(s -> s.startsWith("Q17-2："))
                .noneMatch(s -> s.startsWith("_csrf"));
        WebElement summary = byId(browser, "sg-error-summary");
        assertThat(summary.getDomAttribute("role")).isEqualTo("alert");
        assertThat(summary.findElements(By.cssSelector("li")).stream().map(e -> e.getDomProperty("textContent")).toList())
                .isEqualTo(expected);
        assertThat(byId(browser, "q-Q13").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(byId(browser, "q-Q13").getDomAttribute("aria-describedby")).contains("q-Q13.error");
        assertThat(byId(browser, "q-Q13.error").getDomProperty("textContent")).isEqualTo("エラー：" + pages.message(
                pages.check(submitted).stream().filter(v -> v.question().equals("Q13")).findFirst().orElseThrow()));
    }

    @Test
    void theTemplateReadsViolationsAsRecordsOrMaps() throws Exception {
        Map<String, List<String>> form = Map.of("Q13", List.of("abc"), "Q17-1", List.of("yes"));
        pages.violationsAsRecords = true;
        String fromRecords = pages.afterSubmit(form);
        pages.violationsAsRecords = false;
        String fromMaps = pages.afterSubmit(form);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("answers", Map.of("Q13", new String[] {"abc"}, "Q17-1", new String[] {"yes"}));
        model.put("violations", pages.check(form).stream().map(v -> Map.of("question", v.question(), "message",
                pages.message(v))).toList());
        model.put("action", "/submit");
        assertThat(pages.render(model)).as("answers as a servlet's parameter map").isEqualTo(fromMaps);
        assertThat(fromRecords).isEqualTo(fromMaps).contains("<a href=\"#q-Q13\">Q13：" + pages.message(
                pages.check(form).stream().filter(v -> v.question().equals("Q13")).findFirst().orElseThrow()) + "</a>");
    }

    @Test
    void failedServerSubmitKeepsTheValuesWithTheScriptOn() throws Exception {
        try (Browser browser = Browser.open(root, true)) {
            pages.serve(browser);
            browser.driver.get(browser.url(pages.formName()));
            fillSome(browser);
            // The script would refuse this submission itself; a host may still find problems the
            // script does not (or an old page), so the form is posted past the script's check.
            browser.script("document.getElementById('sg-form').submit(); return [];");
            browser.waitUntil("return document.getElementById('sg-error-summary') !== null"
                    + " && document.documentElement.classList.contains('sg-js');");
            assertKeptAndReported(browser);
            assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("sg-error-summary");
            assertThat(byId(browser, "sg-draft").isDisplayed()).as("no draft offer over server errors").isFalse();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void failedServerSubmitKeepsTheValuesWithTheScriptOff() throws Exception {
        pages.violationsAsRecords = false;
        try (Browser browser = Browser.open(root, false)) {
            pages.serve(browser);
            browser.driver.get(browser.url(pages.formName()));
            fillSome(browser);
            byId(browser, "sg-submit").click();
            browser.waitUntil("return document.getElementById('sg-error-summary') !== null;");
            assertKeptAndReported(browser);
        }
    }

    @Test
    void withoutJavaScriptEveryQuestionShowsWithItsConditionAndTheFormSubmits() throws Exception {
        try (Browser browser = Browser.open(root, false)) {
            pages.serve(browser);
            browser.driver.get(browser.url(pages.formName()));
            assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("class")).isNull();
            List<WebElement> groups = browser.driver.findElements(By.cssSelector("[data-question]"));
            assertThat(groups).hasSize(pages.survey.questions().size());
            for (WebElement group : groups) {
                assertThat(group.isDisplayed()).as(group.getDomAttribute("data-question")).isTrue();
            }
            // Each conditional question says when it applies: the generated note, or the author's hint
            // where it already says so (FormLayoutBrowserTest).
            WebElement when = byId(browser, "q-Q2-3-other.when");
            assertThat(when.isDisplayed()).isTrue();
            assertThat(when.getText()).isEqualTo("Q2-3 で「その他」を選んだ場合に回答してください。");
            assertThat(byId(browser, "q-Q17-3.hint").getText()).isEqualTo("Q17-2に対して「はい」を選択した方が対象となる質問です。");
            assertThat(byId(browser, "sg-export").isDisplayed()).as("export needs the script").isFalse();

            // Answer every unconditional question: the first choice, or text; Q13 in full-width digits.
            for (WebElement group : groups) {
                String id = group.getDomAttribute("data-question");
                if (pages.survey.question(id).orElseThrow().condition().isPresent()) {
                    continue;
                }
                List<WebElement> choices = group.findElements(By.cssSelector("input[type=radio]"));
                if (!choices.isEmpty()) {
                    choices.get(choices.size() - 1).click();
                } else {
                    byId(browser, "q-" + id).sendKeys(id.equals("Q13") ? "１２" : "回答 " + id);
                }
            }
            byId(browser, "sg-submit").click();
            browser.waitUntil("return document.getElementById('received') !== null;");
            Map<String, List<String>> posted = pages.submissions.get(0);
            assertThat(posted).containsEntry("Q13", List.of("１２")).containsEntry("Q1-1", List.of("回答 Q1-1"))
                    .containsEntry("Q17-1", List.of("no")).containsEntry("Q3", List.of("10-or-more"))
                    .containsEntry("_csrf", List.of("token-1")).doesNotContainKey("Q17-2");
        }
    }

    /**
     * Bug: the script reported the host's CSRF field as 「_csrf：この調査票にない質問です。」 and never
     * submitted. A field named with the host prefix is posted with the form and is no answer.
     */
    @Test
    void theHostsHiddenFieldIsPostedAndNeverBlocksASubmissionWithTheScriptOn() throws Exception {
        try (Browser browser = Browser.open(root, true)) {
            pages.serve(browser);
            browser.driver.get(browser.url(pages.formName()));
            for (WebElement group : browser.driver.findElements(By.cssSelector("[data-question]"))) {
                String id = group.getDomAttribute("data-question");
                List<WebElement> choices = group.findElements(By.cssSelector("input[type=radio]"));
                if (!group.isDisplayed()) {
                    continue;
                } else if (!choices.isEmpty()) {
                    choices.get(choices.size() - 1).click();
                } else if (!group.findElements(By.id("q-" + id)).isEmpty()) {
                    byId(browser, "q-" + id).sendKeys(id.equals("Q13") ? "１２" : "回答 " + id);
                }
            }
            assertThat(browser.script("return [].concat(window.surveygen.check({'_csrf': ['token-1'], 'Q99': ['x']})"
                    + ".map(function (v) { return v.question + ' ' + v.code; }));"))
                    .as("host fields are no answers; other unknown names still are reported")
                    .contains("Q99 unknown-question").noneMatch(v -> String.valueOf(v).startsWith("_csrf"));
            byId(browser, "sg-submit").click();
            browser.waitUntil("return document.getElementById('received') !== null;");
            assertThat(pages.submissions.get(0)).containsEntry("_csrf", List.of("token-1"))
                    .containsEntry("Q13", List.of("12"));
        }
    }

    @Test
    void draftIsOfferedBackAfterReloadAndCanBeDiscarded() throws Exception {
        try (Browser browser = Browser.open(root, true)) {
            String url = browser.url(pages.staticName());
            browser.driver.get(url);
            assertThat(byId(browser, "sg-draft").isDisplayed()).isFalse();
            byId(browser, "q-Q1-1").sendKeys("山田");
            byId(browser, "q-Q2-1=yes").click();
            byId(browser, "q-Q2-2=yes").click();
            byId(browser, "q-Q2-3=other").click();
            byId(browser, "q-Q2-3-other").sendKeys("その他の資格");

            browser.driver.get(url);
            assertThat(byId(browser, "sg-draft").isDisplayed()).isTrue();
            assertThat(value(browser, "q-Q1-1")).isEmpty();
            byId(browser, "sg-draft-restore").click();
            assertThat(byId(browser, "sg-draft").isDisplayed()).isFalse();
            assertThat(value(browser, "q-Q1-1")).isEqualTo("山田");
            assertThat(checked(browser, "q-Q2-3=other")).isTrue();
            assertThat(byId(browser, "q-Q2-3-other.group").isDisplayed()).as("the chain Q2-1 → Q2-3-other").isTrue();
            assertThat(value(browser, "q-Q2-3-other")).isEqualTo("その他の資格");
            assertThat(byId(browser, "sg-status").getText()).isEqualTo("保存した内容を復元しました。");

            browser.driver.get(url);
            assertThat(byId(browser, "sg-draft").isDisplayed()).isTrue();
            byId(browser, "sg-draft-discard").click();
            assertThat(byId(browser, "sg-draft").isDisplayed()).isFalse();
            browser.driver.get(url);
            assertThat(byId(browser, "sg-draft").isDisplayed()).as("discarded").isFalse();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theFormWorksWhereStorageIsUnavailable() throws Exception {
        try (Browser browser = Browser.open(root, true)) {
            // From disk, and served sandboxed (an opaque origin: localStorage throws SecurityError).
            browser.handle("/sandboxed.html", exchange -> {
                byte[] body = pages.staticPage.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.getResponseHeaders().add("Content-Security-Policy", "sandbox allow-scripts allow-forms");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            for (String url : List.of(root.resolve(pages.staticName()).toUri().toString(), browser.url("sandboxed.html"))) {
                browser.driver.get(url);
                browser.waitUntil("return document.documentElement.classList.contains('sg-js');");
                if (url.contains("sandboxed")) {
                    assertThat(browser.script("try { window.localStorage.length; return ['available']; }"
                            + " catch (e) { return [e.name]; }")).containsExactly("SecurityError");
                }
                byId(browser, "q-Q17-1=yes").click();
                assertThat(byId(browser, "q-Q17-2.group").isDisplayed()).as(url).isTrue();
                byId(browser, "q-Q1-1").sendKeys("山田");
                byId(browser, "sg-submit").click();
                assertThat(byId(browser, "sg-error-summary").isDisplayed()).isTrue();
                assertThat(browser.consoleErrors()).as(url).isEmpty();
            }
        }
    }

    @Test
    void answersExportedToAFileImportBack() throws Exception {
        Path file = root.resolve("answers.json");
        Files.writeString(file, "{\"Q1-1\": [\"佐藤 花子\"], \"Q2-1\": [\"yes\"], \"Q2-2\": [\"yes\"],"
                + " \"Q2-3\": [\"sc\", \"other\"], \"Q2-3-other\": [\"医療情報技師\"], \"Q13\": [\"12\"],"
                + " \"Q17-1\": [\"yes\"], \"Q17-2\": [\"yes\"], \"Q17-3\": [\"2-or-more\"]}");
        try (Browser browser = Browser.open(root, true)) {
            browser.driver.get(browser.url(pages.staticName()));
            assertThat(byId(browser, "sg-export").isDisplayed()).isTrue();
            byId(browser, "sg-import").sendKeys(file.toString());
            browser.waitUntil("return document.getElementById('sg-status').textContent !== '';");
            assertThat(byId(browser, "sg-status").getText()).isEqualTo("ファイルから回答を読み込みました。");
            assertThat(value(browser, "q-Q1-1")).isEqualTo("佐藤 花子");
            assertThat(checked(browser, "q-Q2-3=sc")).isTrue();
            assertThat(checked(browser, "q-Q2-3=other")).isTrue();
            assertThat(value(browser, "q-Q2-3-other")).isEqualTo("医療情報技師");
            assertThat(byId(browser, "q-Q2-3-other.group").isDisplayed()).isTrue();
            assertThat(byId(browser, "q-Q17-3.group").isDisplayed()).isTrue();
            assertThat(checked(browser, "q-Q17-3=2-or-more")).isTrue();
            assertThat(value(browser, "q-Q13")).isEqualTo("12");

            // Export: the file the button offers holds the answers, in the format import reads.
            List<Object> exported = browser.script("var blobs = []; var create = URL.createObjectURL;"
                    + " URL.createObjectURL = function (b) { blobs.push(b); return create.call(URL, b); };"
                    + " HTMLAnchorElement.prototype.click = function () { blobs.push(this.download); };"
                    + " document.getElementById('sg-export').click(); return blobs.slice(1);");
            assertThat(exported).containsExactly(pages.survey.id() + "-answers.json");
            Object json = browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " var blobs = []; var create = URL.createObjectURL;"
                    + " URL.createObjectURL = function (b) { blobs.push(b); return create.call(URL, b); };"
                    + " document.getElementById('sg-export').click(); blobs[0].text().then(done);");
            assertThat((String) json).contains("\"Q2-3-other\": [\n    \"医療情報技師\"\n  ]");
            Files.writeString(file, (String) json);

            browser.driver.get(browser.url(pages.staticName()));
            browser.script("document.getElementById('sg-draft-discard').click(); return [];");
            assertThat(value(browser, "q-Q1-1")).isEmpty();
            byId(browser, "sg-import").sendKeys(file.toString());
            browser.waitUntil("return document.getElementById('sg-status').textContent !== '';");
            assertThat(value(browser, "q-Q1-1")).isEqualTo("佐藤 花子");
            assertThat(checked(browser, "q-Q17-3=2-or-more")).isTrue();

            Files.writeString(file, "not json");
            browser.script("document.getElementById('sg-status').textContent = ''; return [];");
            byId(browser, "sg-import").sendKeys(file.toString());
            browser.waitUntil("return document.getElementById('sg-status').textContent !== '';");
            assertThat(byId(browser, "sg-status").getText()).startsWith("ファイルを読み込めませんでした。");
        }
    }
}
