package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.TestSurveys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The MHLW form at desktop width and at 320 px: no horizontal scrolling at 320 px, nor at 200 %
 * text size, in every state (empty, errored, every question shown with its guidance open). With
 * {@code -Dsurveygen.updateScreenshots=true} it also writes the screenshots in docs/screenshots
 * (docs/forms.md).
 */
@Tag("browser")
class FormScreenshotTest {

    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    static final boolean UPDATE = Boolean.getBoolean("surveygen.updateScreenshots");

    @TempDir
    Path root;

    @Test
    void mhlwFormReflowsAndIsPhotographed() throws Exception {
        FormPages pages = FormPages.write(TestSurveys.mhlw(), root);
        try (Browser browser = Browser.open(root, true)) {
            browser.viewport(1280, 900);
            browser.driver.get(browser.url(pages.staticName()));
            browser.waitUntil("return document.documentElement.classList.contains('sg-js');");
            save(browser, "mhlw-form-desktop.png", 2400);

            browser.viewport(320, 640);
            browser.driver.navigate().refresh();
            browser.waitUntil("return document.documentElement.classList.contains('sg-js');");
            assertThat(browser.script("return [window.innerWidth];")).containsExactly(320L);
            assertNoHorizontalScrolling(browser, "empty form at 320 px");
            save(browser, "mhlw-form-320.png", 3200);

            browser.driver.findElement(By.id("q-Q13")).sendKeys("abc");
            browser.driver.findElement(By.id("sg-submit")).click();
            assertNoHorizontalScrolling(browser, "errored form at 320 px");
            save(browser, "mhlw-form-320-errors.png", 2400);

            for (String id : List.of("q-Q2-1=yes", "q-Q2-2=yes", "q-Q2-3=other", "q-Q7-1=yes", "q-Q17-1=yes", "q-Q17-2=yes")) {
                browser.driver.findElement(By.id(id)).click();
            }
            browser.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; }); return [];");
            assertNoHorizontalScrolling(browser, "fully revealed form at 320 px");

            browser.viewport(640, 900);
            browser.script("document.documentElement.style.fontSize = '200%'; return [];");
            assertNoHorizontalScrolling(browser, "fully revealed form at 640 px with 200 % text");

            browser.viewport(1280, 900);
            browser.script("localStorage.clear(); document.documentElement.style.fontSize = ''; return [];");
            browser.driver.navigate().refresh();
            browser.waitUntil("return document.documentElement.classList.contains('sg-js');");
            browser.driver.findElement(By.id("q-Q1-1")).sendKeys("山田 太郎");
            browser.driver.findElement(By.id("q-Q2-1=yes")).click();
            browser.driver.findElement(By.id("q-Q13")).sendKeys("abc");
            browser.driver.findElement(By.id("sg-submit")).click();
            save(browser, "mhlw-form-desktop-errors.png", 1600);
        }
        // The server's answer to a failed submission with the script off, as a phone shows it.
        pages.violationsAsRecords = false;
        Files.writeString(root.resolve("errored.html"), pages.afterSubmit(Map.of("Q2-1", List.of("yes"),
                "Q2-2", List.of("yes"), "Q13", List.of("abc"), "Q17-1", List.of("no"))));
        try (Browser browser = Browser.open(root, false)) {
            browser.viewport(320, 640);
            browser.driver.get(browser.url("errored.html"));
            assertNoHorizontalScrolling(browser, "server-errored form at 320 px without the script");
            save(browser, "mhlw-form-320-errors-without-script.png", 2400);
        }
    }

    private static void assertNoHorizontalScrolling(Browser browser, String state) {
        List<Object> widths = browser.script("return [document.documentElement.scrollWidth, window.innerWidth];");
        assertThat((Long) widths.get(0)).as("scrollWidth of the " + state).isLessThanOrEqualTo((Long) widths.get(1));
        List<Object> wide = browser.script("var w = window.innerWidth; var out = [];"
                + " document.querySelectorAll('body *').forEach(function (el) { var r = el.getBoundingClientRect();"
                + "   if (r.width > 0 && (r.right > w + 0.5 || r.left < -0.5) && !el.closest('.sg-skip, .sg-visually-hidden')) {"
                + "     out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right)); } });"
                + " return out;");
        assertThat(wide).as("elements outside the viewport in the " + state).isEmpty();
    }

    private static void save(Browser browser, String name, int maxHeight) throws Exception {
        if (!UPDATE) {
            return;
        }
        List<Object> size = browser.script("return [window.innerWidth, document.documentElement.scrollHeight];");
        long height = Math.min((Long) size.get(1), maxHeight);
        Map<String, Object> shot = browser.driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get(0), "height", height,
                        "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }
}
