package dev.surveygen.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jp.go.mhlw.survey.r6.IpaExam;
import jp.go.mhlw.survey.r6.HospitalSecurityBinder;
import jp.go.mhlw.survey.r6.HospitalSecurityBinding;
import jp.go.mhlw.survey.r6.HospitalSecurityResponse;
import jp.go.mhlw.survey.r6.HospitalSecurityValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A respondent in headless Chromium, JavaScript on and off, against the packaged host started with
 * {@code java -jar}: the Q17 and Q2 chains, 「１２」 in Q13 stored as 12, an error then its fix, the
 * CSRF token present and every honest submission accepted, a forged one refused; what was stored
 * is read back by the generated code.
 */
@Tag("browser")
class ServletHostBrowserIT {

    @TempDir
    Path data;

    private HostProcess host;

    @BeforeEach
    void start() throws Exception {
        host = HostProcess.start(data);
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    /** Every question shown, answered: radios get yes (the chains open) or a choice; texts a value. */
    private static void answerEverything(HostBrowser browser, boolean withScript) {
        browser.type("q-Q1-1", withScript ? "厚労 花子" : "");   // without the script: left out, to see an error
        browser.type("q-Q1-2", "〇〇病院");
        for (String id : List.of("Q2-1", "Q2-2", "Q4", "Q5", "Q6", "Q7-1", "Q7-2", "Q8", "Q9", "Q10", "Q11", "Q12",
                "Q14", "Q15", "Q16", "Q17-1", "Q17-2", "Q17-6")) {
            browser.click("q-" + id + "=yes");
        }
        browser.click("q-Q2-3=sc");
        browser.click("q-Q2-3=other");
        browser.type("q-Q2-3-other", "医療情報技師");
        browser.click("q-Q3=2-4");
        browser.click("q-Q17-3=2-or-more");
        browser.click("q-Q17-4=2-or-more");
        browser.click("q-Q17-5=3-or-more");
        browser.type("q-Q13", "１２");
    }

    private HospitalSecurityResponse onlyStoredResponse() throws Exception {
        List<String> lines = host.storedLines();
        assertThat(lines).hasSize(1);
        HospitalSecurityBinding stored = HospitalSecurityBinder.fromJsonText(lines.get(0));
        assertThat(HospitalSecurityValidator.validate(stored)).isEmpty();
        return stored.response();
    }

    private static void assertStoredAsTyped(HospitalSecurityResponse r) {
        assertThat(r.minPasswordLength()).as("「１２」 typed with an input method").isEqualTo(12);
        assertThat(r.cisoIpaExams()).isEqualTo(Set.of(IpaExam.SC, IpaExam.OTHER));
        assertThat(r.cisoOtherQualifications()).isEqualTo("医療情報技師");
        assertThat(r.backsUpEmr()).isTrue();
        assertThat(r.backupGenerations()).isNotNull();
    }

    @Test
    void withTheScriptChainsOpenAnErrorIsFixedAndTheResponseIsStored() throws Exception {
        try (HostBrowser browser = HostBrowser.open(true)) {
            browser.driver.get(host.url);
            assertThat(browser.driver.findElement(By.name("_csrf")).getDomAttribute("type")).isEqualTo("hidden");
            assertThat(browser.driver.findElement(By.name("_csrf")).getDomProperty("value")).hasSizeGreaterThan(40);

            // Q17 chain: Q17-1 → Q17-2 → Q17-3…6.
            for (String id : List.of("Q17-2", "Q17-3", "Q17-6")) {
                assertThat(browser.shown("q-" + id + ".group")).as(id).isFalse();
            }
            browser.click("q-Q17-1=yes");
            assertThat(browser.shown("q-Q17-2.group")).isTrue();
            assertThat(browser.shown("q-Q17-3.group")).isFalse();
            browser.click("q-Q17-2=yes");
            for (String id : List.of("Q17-3", "Q17-4", "Q17-5", "Q17-6")) {
                assertThat(browser.shown("q-" + id + ".group")).as(id).isTrue();
            }
            browser.click("q-Q17-1=no");
            assertThat(browser.shown("q-Q17-2.group")).as("the chain collapses").isFalse();
            assertThat(browser.shown("q-Q17-5.group")).isFalse();
            // Q2 chain: Q2-1 → Q2-2 → Q2-3 → Q2-3-other.
            browser.click("q-Q2-1=yes");
            assertThat(browser.shown("q-Q2-2.group")).isTrue();
            browser.click("q-Q2-2=yes");
            assertThat(browser.shown("q-Q2-3.group")).isTrue();
            assertThat(browser.shown("q-Q2-3-other.group")).isFalse();
            browser.click("q-Q2-3=other");
            assertThat(browser.shown("q-Q2-3-other.group")).isTrue();
            browser.click("q-Q2-3=other");
            assertThat(browser.shown("q-Q2-3-other.group")).isFalse();

            answerEverything(browser, true);
            browser.type("q-Q1-1", "");
            browser.click("sg-submit");
            // The script finds the mistake; nothing is posted.
            assertThat(browser.byId("sg-error-summary").getText()).contains("Q1-1：入力してください。");
            assertThat(browser.byId("q-Q13").getDomProperty("value")).as("normalised as typed").isEqualTo("12");
            assertThat(host.storedLines()).isEmpty();

            browser.type("q-Q1-1", "厚労 花子");
            browser.click("sg-submit");
            browser.waitFor("thanks");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/thanks.html");
        }
        HospitalSecurityResponse r = onlyStoredResponse();
        assertStoredAsTyped(r);
        assertThat(r.respondentName()).isEqualTo("厚労 花子");
    }

    @Test
    void withoutTheScriptTheServerReportsTheErrorKeepsEverythingAndAcceptsTheFix() throws Exception {
        try (HostBrowser browser = HostBrowser.open(false)) {
            browser.driver.get(host.url);
            assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("class")).as("no script ran").isNull();
            for (WebElement group : browser.driver.findElements(By.cssSelector("[data-question]"))) {
                assertThat(group.isDisplayed()).as(group.getDomAttribute("data-question")).isTrue();
            }
            answerEverything(browser, false);
            browser.click("sg-submit");

            // 422: the summary first in the main content, every value kept, nothing stored.
            browser.waitFor("sg-error-summary");
            assertThat(browser.driver.getTitle()).startsWith("エラー：");
            assertThat(browser.driver.executeScript("return document.getElementById('sg-main').firstElementChild.id"))
                    .isEqualTo("sg-error-summary");
            assertThat(browser.byId("sg-error-summary").getText()).contains("Q1-1：入力してください。")
                    .doesNotContain("_csrf");
            assertThat(browser.byId("q-Q13").getDomProperty("value")).isEqualTo("１２");
            assertThat(browser.byId("q-Q2-3-other").getDomProperty("value")).isEqualTo("医療情報技師");
            assertThat(browser.byId("q-Q17-5=3-or-more").isSelected()).isTrue();
            assertThat(host.storedLines()).isEmpty();

            browser.type("q-Q1-1", "厚労 太郎");
            browser.click("sg-submit");
            browser.waitFor("thanks");
        }
        HospitalSecurityResponse r = onlyStoredResponse();
        assertStoredAsTyped(r);
        assertThat(r.respondentName()).isEqualTo("厚労 太郎");
    }

    @Test
    void aForgedTokenIsRefusedAndNothingIsStored() throws Exception {
        try (HostBrowser browser = HostBrowser.open(true)) {
            browser.driver.get(host.url);
            answerEverything(browser, true);
            browser.driver.executeScript("document.querySelector('input[name=_csrf]').value = 'forged';");
            browser.click("sg-submit");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(15))
                    .until(d -> d.getTitle().equals("送信できませんでした"));
            assertThat(host.storedLines()).isEmpty();

            // The honest form, opened again, is accepted.
            browser.driver.get(host.url);
            answerEverything(browser, true);
            browser.click("sg-submit");
            browser.waitFor("thanks");
        }
        assertStoredAsTyped(onlyStoredResponse());
    }
}
