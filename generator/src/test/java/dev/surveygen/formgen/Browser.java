package dev.surveygen.formgen;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (installed by .ci/run), and a small
 * HTTP server on 127.0.0.1 for the pages under test. Nothing is downloaded: Selenium Manager is
 * bypassed by naming the driver and the browser explicitly.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Selenium's own logger, kept referenced so that its level holds: Selenium warns on every
     * driver start that it has no DevTools (CDP) module matching Debian's Chromium, which the
     * tests do not need (they send CDP commands through chromedriver), and would flood the build
     * output. Its errors still show.
     */
    private static final Logger SELENIUM_LOG = quiet(Logger.getLogger("org.openqa.selenium"));

    final ChromeDriver driver;
    final HttpServer server;
    private final Map<String, HttpHandler> dynamic = new ConcurrentHashMap<>();

    private Browser(ChromeDriver driver, HttpServer server) {
        this.driver = driver;
        this.server = server;
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** The operating-system packages the browser tests need (README lists them). */
    static final String INSTALL = "apt-get install chromium chromium-driver fonts-noto-cjk";

    /**
     * A missing browser: one line that says what to install, without a stack trace (it is the
     * machine that lacks something, not the code that is wrong).
     */
    static final class MissingBrowser extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingBrowser(String message) {
            super(message, null, false, false);
        }
    }

    /** Fails with {@link MissingBrowser} unless Chromium and chromedriver are installed where Debian puts them. */
    static void requireChromium(Path chromium, Path chromedriver) {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            missing.add(chromium.toString());
        }
        if (!Files.isExecutable(chromedriver)) {
            missing.add(chromedriver.toString());
        }
        if (!missing.isEmpty()) {
            throw new MissingBrowser("browser tests need Chromium and its driver (" + String.join(" and ", missing)
                    + " missing): " + INSTALL);
        }
    }

    /** A browser with a server serving {@code root}; {@code javaScript} false turns scripts off. */
    static Browser open(Path root, boolean javaScript) throws IOException {
        requireChromium(CHROMIUM, CHROMEDRIVER);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=ja");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Browser browser = new Browser(driver, server);
        server.createContext("/", exchange -> browser.serve(root, exchange));
        server.start();
        return browser;
    }

    /** Routes requests for {@code path} to {@code handler} instead of the files. */
    void handle(String path, HttpHandler handler) {
        dynamic.put(path, handler);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    private void serve(Path root, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        HttpHandler handler = dynamic.get(path);
        if (handler != null) {
            handler.handle(exchange);
            return;
        }
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js")
                ? "text/javascript; charset=utf-8" : name.endsWith(".css") ? "text/css; charset=utf-8"
                : "application/octet-stream";
        send(exchange, 200, type, body);
    }

    /** An HTML response under the same Content-Security-Policy as the files. */
    static void respond(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** The browser console's messages since the last call (errors, CSP reports, warnings). */
    List<String> consoleMessages() {
        List<String> out = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            out.add(entry.getLevel() + " " + entry.getMessage());
        }
        return out;
    }

    /** The console's errors since the last call, but for the favicon.ico the test server does not have. */
    List<String> consoleErrors() {
        return consoleMessages().stream().filter(m -> m.startsWith(Level.SEVERE.getName()))
                .filter(m -> !m.contains("/favicon.ico ")).toList();
    }

    /** Waits until {@code script} returns true. */
    void waitUntil(String script, Object... args) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(script, args)));
    }

    /** Lays the page out {@code width} CSS pixels wide (and {@code height} high), as a device would. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** A PNG of the whole page at the current viewport width. */
    byte[] fullPageScreenshot() {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "fromSurface", true));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /**
     * {@code value} (maps, lists, strings, numbers, booleans, null) as JSON in ASCII, every other
     * character escaped as {@code \\uXXXX}: strings reach the page exactly, lone surrogates included,
     * when the script parses it (WebDriver's own encoding would replace those).
     */
    static String asciiJson(Object value) {
        return dev.surveygen.javagen.HostileResponses.json(value);
    }

    @SuppressWarnings("unchecked")
    List<Object> script(String script, Object... args) {
        return (List<Object>) driver.executeScript(script, args);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.stop(0);
        }
    }
}
