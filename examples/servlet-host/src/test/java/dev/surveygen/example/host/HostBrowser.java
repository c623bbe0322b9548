package dev.surveygen.example.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium with Debian's chromedriver (nothing downloaded), JavaScript on or off. */
final class HostBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get install chromium chromium-driver fonts-noto-cjk";

    /** A missing browser: one line naming what to install, no stack trace. */
    static final class MissingBrowser extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingBrowser(String message) {
            super(message, null, false, false);
        }
    }

    final ChromeDriver driver;

    private HostBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    static HostBrowser open(boolean javaScript) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new MissingBrowser("browser tests need Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): " + INSTALL);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=ja");
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new HostBrowser(new ChromeDriver(service, options));
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    void click(String id) {
        byId(id).click();
    }

    void type(String id, String text) {
        byId(id).clear();
        byId(id).sendKeys(text);
    }

    boolean shown(String id) {
        return byId(id).isDisplayed();
    }

    /** Waits until the element with {@code id} is in the page (after a navigation). */
    void waitFor(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id(id)).isEmpty());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
