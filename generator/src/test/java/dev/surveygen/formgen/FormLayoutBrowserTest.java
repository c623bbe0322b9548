package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.TestSurveys;
import dev.surveygen.model.Question;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Where things are on a phone (320 px), measured in headless Chromium: the error summary opens the
 * main content, a conditional question says once when it applies, and the error bar of a question
 * runs the whole height of a heading of several lines.
 */
@Tag("browser")
class FormLayoutBrowserTest {

    @TempDir
    Path root;

    private FormPages pages;

    /** Q2-3 (checkboxes, a long heading) unanswered while asked, Q13 not a number, Q1-1 missing. */
    private static final Map<String, List<String>> ERRORED = Map.of("Q2-1", List.of("yes"), "Q2-2", List.of("yes"),
            "Q13", List.of("abc"), "Q17-1", List.of("no"));

    @BeforeEach
    void write() throws Exception {
        pages = FormPages.write(TestSurveys.mhlw(), root);
        pages.violationsAsRecords = false;
        Files.writeString(root.resolve("errored.html"), pages.afterSubmit(ERRORED));
    }

    /**
     * Bug: with the script off the server's summary sat below four paragraphs of introduction,
     * about 1,000 px down on a phone, and nothing brought the respondent to it.
     */
    @Test
    void theErrorSummaryIsTheFirstThingInTheMainContentWithAndWithoutTheScript() throws Exception {
        try (Browser browser = Browser.open(root, false)) {
            browser.viewport(320, 640);
            browser.driver.get(browser.url("errored.html"));
            assertSummaryOpensTheMainContent(browser, "server-rendered, script off");
        }
        try (Browser browser = Browser.open(root, true)) {
            browser.viewport(320, 640);
            browser.driver.get(browser.url("errored.html"));
            assertSummaryOpensTheMainContent(browser, "server-rendered, script on");
            browser.driver.get(browser.url(pages.staticName()));
            browser.driver.findElement(By.id("sg-submit")).click();
            assertSummaryOpensTheMainContent(browser, "found by the script");
            assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("sg-error-summary");
        }
    }

    private static void assertSummaryOpensTheMainContent(Browser browser, String state) {
        List<Object> found = browser.script("var main = document.getElementById('sg-main');"
                + " var summary = document.getElementById('sg-error-summary');"
                + " return [main.firstElementChild.id, summary.getBoundingClientRect().top + window.scrollY,"
                + " document.querySelectorAll('.sg-error-summary').length];");
        assertThat(found.get(0)).as(state).isEqualTo("sg-error-summary");
        assertThat(((Number) found.get(1)).doubleValue()).as("top of the summary, " + state).isLessThan(64);
        assertThat(found.get(2)).as(state).isEqualTo(1L);
    }

    /**
     * Bug: with the script off a conditional question showed the generated condition note and the
     * author's hint that says the same (「Q17-1に対して「はい」を選択した方が対象となる質問です。」).
     */
    @Test
    void withoutTheScriptEachConditionalQuestionSaysOnceWhenItApplies() throws Exception {
        try (Browser browser = Browser.open(root, false)) {
            browser.driver.get(browser.url(pages.staticName()));
            List<String> checked = new ArrayList<>();
            for (Question q : pages.survey.questions()) {
                if (q.condition().isEmpty()) {
                    continue;
                }
                List<String> ids = q.condition().get().expr().references().stream().map(r -> r.questionId()).toList();
                WebElement group = browser.driver.findElement(By.id("q-" + q.id() + ".group"));
                List<String> notes = group.findElements(By.cssSelector(".sg-when, .sg-hint")).stream()
                        .filter(WebElement::isDisplayed).map(WebElement::getText)
                        .filter(text -> ids.stream().allMatch(id -> FormView.namesQuestion(text, id))).toList();
                assertThat(notes).as("notes of %s saying when it applies", q.id()).hasSize(1);
                checked.add(q.id());
            }
            assertThat(checked).contains("Q2-2", "Q2-3", "Q2-3-other", "Q7-2", "Q17-2", "Q17-3", "Q17-6");
            assertThat(browser.driver.findElement(By.id("q-Q17-3.hint")).getText())
                    .isEqualTo("Q17-2に対して「はい」を選択した方が対象となる質問です。");
            assertThat(browser.driver.findElements(By.id("q-Q17-3.when"))).isEmpty();
            assertThat(browser.driver.findElement(By.id("q-Q2-3-other.when")).getText())
                    .isEqualTo("Q2-3 で「その他」を選んだ場合に回答してください。");
        }
    }

    /** Bug: when a question's heading wrapped onto several lines, its red error bar started partway down it. */
    @Test
    void theErrorBarRunsTheWholeHeightOfAWrappedHeading() throws Exception {
        try (Browser browser = Browser.open(root, false)) {
            browser.viewport(320, 640);
            browser.driver.get(browser.url("errored.html"));
            for (String id : List.of("Q2-3", "Q1-1")) {
                List<Object> box = browser.script("var group = document.getElementById(arguments[0]);"
                        + " var heading = group.querySelector('legend, label'); var g = group.getBoundingClientRect();"
                        + " var h = heading.getBoundingClientRect();"
                        + " return [g.left, h.top + window.scrollY, h.bottom + window.scrollY, h.height,"
                        + " parseFloat(getComputedStyle(heading).lineHeight)];", "q-" + id + ".group");
                int x = (int) Math.round(((Number) box.get(0)).doubleValue()) + 2;
                int top = (int) Math.ceil(((Number) box.get(1)).doubleValue()) + 1;
                int bottom = (int) Math.floor(((Number) box.get(2)).doubleValue()) - 1;
                if (id.equals("Q2-3")) {
                    assertThat(((Number) box.get(3)).doubleValue()).as("Q2-3's heading wraps")
                            .isGreaterThan(2 * ((Number) box.get(4)).doubleValue());
                }
                BufferedImage page = ImageIO.read(new ByteArrayInputStream(browser.fullPageScreenshot()));
                for (int y = top; y <= bottom; y++) {
                    assertThat(isErrorRed(page.getRGB(x, y))).as("%s: the error bar at x=%d, y=%d (heading %d..%d)",
                            id, x, y, top, bottom).isTrue();
                }
            }
        }
    }

    /** The stylesheet's --sg-error (#ce0000), allowing for anti-aliasing. */
    private static boolean isErrorRed(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 0xB0 && g < 0x30 && b < 0x30;
    }
}
