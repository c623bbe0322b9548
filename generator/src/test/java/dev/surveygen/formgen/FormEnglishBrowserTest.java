package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.TestSurveys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The MHLW form generated in English, with the script on: every text the script writes (error
 * summary, error prefixes, the page title, the draft banner, status texts) is English, and no
 * Japanese character is left in the page at any step.
 */
@Tag("browser")
class FormEnglishBrowserTest {

    @TempDir
    Path root;

    private static WebElement byId(Browser browser, String id) {
        return browser.driver.findElement(By.id(id));
    }

    /** The page's markup and title at this moment: no Japanese character in either. */
    private static void assertNoJapanese(Browser browser, String step) {
        String page = (String) browser.script("return [document.title + '\\n' + document.documentElement.outerHTML];").get(0);
        assertThat(FormLocaleTest.japanese(page)).as(step).isEmpty();
    }

    @Test
    void theScriptsTextsAreEnglish() throws Exception {
        FormPages pages = FormPages.write(TestSurveys.mhlw(), "en", root);
        Path badFile = Files.writeString(root.resolve("not-answers.json"), "{ this is not JSON");
        try (Browser browser = Browser.open(root, true)) {
            String url = browser.url(pages.staticName());
            browser.driver.get(url);
            assertNoJapanese(browser, "empty form");

            byId(browser, "sg-submit").click();
            assertThat(byId(browser, "sg-error-summary-title").getText()).isEqualTo("There is a problem");
            assertThat(browser.driver.getTitle()).startsWith("Error: ").doesNotContain("Error: Error:");
            assertThat(byId(browser, "sg-error-summary").findElements(By.tagName("a")).get(0).getText())
                    .isEqualTo("Q1-1: Enter an answer.");
            assertThat(browser.script("return [document.getElementById('q-Q1-1.error').textContent];"))
                    .containsExactly("Error: Enter an answer.");
            assertNoJapanese(browser, "client-errored form");
            byId(browser, "sg-submit").click();
            assertThat(browser.driver.getTitle()).as("the prefix is not added twice").startsWith("Error: ")
                    .doesNotContain("Error: Error:");

            byId(browser, "q-Q1-1").sendKeys("Taro Yamada");
            byId(browser, "q-Q2-1=yes").click();
            Thread.sleep(600); // the draft is written once typing pauses
            browser.driver.get(url);
            assertThat(byId(browser, "sg-draft").isDisplayed()).isTrue();
            assertThat(byId(browser, "sg-draft").getText()).contains("Answers you entered earlier are saved on this device.",
                    "Restore the saved answers", "Discard them");
            assertNoJapanese(browser, "draft banner");
            byId(browser, "sg-draft-restore").click();
            assertThat(byId(browser, "sg-status").getText()).isEqualTo("Your saved answers have been restored.");
            assertNoJapanese(browser, "restored draft");

            byId(browser, "sg-import").sendKeys(badFile.toString());
            browser.waitUntil("return document.getElementById('sg-status').textContent.indexOf('file') >= 0;");
            assertThat(byId(browser, "sg-status").getText())
                    .isEqualTo("The file could not be read. Choose an answers file saved from this form.");
            assertNoJapanese(browser, "failed import");
            assertThat(List.of(byId(browser, "sg-export").getText(), byId(browser, "sg-import-label").getText()))
                    .containsExactly("Save your answers to a file", "Load answers from a file");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
