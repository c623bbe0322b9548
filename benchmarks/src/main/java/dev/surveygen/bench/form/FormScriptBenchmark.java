package dev.surveygen.bench.form;

import com.sun.net.httpserver.HttpServer;
import dev.surveygen.bench.generation.Mhlw;
import dev.surveygen.bench.generation.SyntheticSurvey;
import dev.surveygen.formgen.FormGenerator;
import dev.surveygen.load.LoaderLimits;
import dev.surveygen.load.SurveyLoader;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The form script at scale, in headless Debian Chromium: the time from one answer change to the
 * page being up to date (the script's event handlers, then style and layout), measured inside the
 * page with {@code performance.now()} and reported as the median of many changes.
 *
 * <p>Surveys: MHLW, and the chained synthetic surveys of 1,000 and 10,000 questions (every
 * question after the first of its section is asked only when the one before it is answered, so
 * one change can show or hide a chain of 24). Changes: a leaf (an answer no condition reads:
 * MHLW's Q1-1 typed into; the last question of the middle section clicked) and the head of a chain
 * (MHLW's Q17-1, which asks Q17-2 to Q17-6; the first question of the middle section, its whole
 * section answered), toggled between yes and no. Goal: the same time at every size, under one
 * frame (16.7 ms).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.surveygen.bench.form.FormScriptBenchmark [SIZES…]}
 * (sizes default to {@code 0 1000 10000}; 0 is MHLW). Needs /usr/bin/chromium and /usr/bin/chromedriver.
 */
public final class FormScriptBenchmark {

    private static final int REPETITIONS = 31;
    private static final long BUDGET_NANOS = 60_000_000_000L;

    private FormScriptBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Integer.parseInt(arg));
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(0, 1000, 10_000));
        }
        Path root = Files.createTempDirectory("surveygen-form-bench");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().add("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
            exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        ChromeDriver driver = chromium();
        try {
            System.out.printf(Locale.ROOT, "%-22s %-13s %8s %8s %8s %5s%n", "survey", "change", "median", "min", "max", "n");
            for (int size : sizes) {
                Case c = prepare(root, size);
                driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/" + c.page);
                new WebDriverWait(driver, Duration.ofMinutes(10)).until(d -> Boolean.TRUE.equals(
                        driver.executeScript("return document.readyState === 'complete'"
                                + " && document.documentElement.classList.contains('sg-js')")));
                driver.executeScript(c.prepareScript);
                List<double[]> leaf = measure(driver, c.leafScript);
                report(c.name, "leaf", leaf, 0);
                report(c.name, "leaf+layout", leaf, 1);
                List<double[]> chain = measure(driver, c.chainScript);
                report(c.name, "chain", chain, 0);
                report(c.name, "chain+layout", chain, 1);
            }
        } finally {
            driver.quit();
            server.stop(0);
        }
    }

    private static void report(String survey, String change, List<double[]> runs, int which) {
        List<Double> sorted = new ArrayList<>();
        runs.forEach(run -> sorted.add(run[which]));
        sorted.sort(Comparator.naturalOrder());
        System.out.printf(Locale.ROOT, "%-22s %-13s %8.3f %8.3f %8.3f %5d   (ms)%n", survey, change,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    /** Runs {@code script(i)} (which returns milliseconds) until enough repetitions or the time budget. */
    private static List<double[]> measure(ChromeDriver driver, String script) {
        List<double[]> out = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < REPETITIONS && (i < 3 || System.nanoTime() - start < BUDGET_NANOS); i++) {
            List<?> times = (List<?>) driver.executeScript(script, i);
            out.add(new double[] {((Number) times.get(0)).doubleValue(), ((Number) times.get(1)).doubleValue()});
        }
        return out;
    }

    private record Case(String name, String page, String prepareScript, String leafScript, String chainScript) {}

    /**
     * What one change does, timed: the event handlers run synchronously (the script's part), then
     * style and layout are forced (the browser's part). Returns both, in milliseconds.
     */
    private static final String TIMED = """
            var el = %s;
            var t0 = performance.now();
            %s
            var t1 = performance.now();
            document.body.getBoundingClientRect();
            void document.body.offsetHeight;
            return [t1 - t0, performance.now() - t0];
            """;

    private static Case prepare(Path root, int size) throws IOException {
        byte[] yaml = size == 0 ? Mhlw.definition() : SyntheticSurvey.chained(size).getBytes(StandardCharsets.UTF_8);
        SurveyLoader.Result loaded = new SurveyLoader(LoaderLimits.DEFAULT.withMaxCodePoints(LoaderLimits.MAX_CODE_POINTS))
                .load(size == 0 ? "mhlw.yaml" : "synthetic.yaml", yaml);
        Survey survey = loaded.survey().orElseThrow(() -> new IllegalStateException(loaded.diagnostics().toString()));
        for (GeneratedFile file : new FormGenerator(Optional.empty()).generate(survey, survey.defaultLocale())) {
            Path target = root.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
        }
        String page = survey.id() + ".html";
        if (size == 0) {
            return new Case("MHLW (27 questions)", page,
                    click("Q17-1", "'yes'") + click("Q17-2", "'yes'"),
                    timed(typeTimed("Q1-1", "'厚労 ' + arguments[0]")),
                    timed(clickTimed("Q17-1", "arguments[0] % 2 === 0 ? 'no' : 'yes'")));
        }
        int sections = (size + 24) / 25;
        int middle = sections / 2;
        int first = middle * 25 + 1;
        StringBuilder answerSection = new StringBuilder();
        for (int i = first; i < first + 25; i++) {
            answerSection.append(switch (i % 4) {
                case 1 -> click("q" + i, "'yes'");
                case 2 -> type("q" + i, "'text'");
                case 3 -> type("q" + i, "'7'");
                default -> click("q" + i, "'a'");
            });
        }
        int leaf = first + 24;
        return new Case(String.format(Locale.ROOT, "synthetic %,d", size), page, answerSection.toString(),
                timed(alternate(leaf)),
                timed(clickTimed("q" + first, "arguments[0] % 2 === 0 ? 'no' : 'yes'")));
    }

    /** The timed script for a change: the field is found before the clock starts. */
    private static String timed(String[] change) {
        return TIMED.formatted(change[0], change[1]);
    }

    /** Changes synthetic question {@code i} to one of two answers by the repetition's parity (both enable its dependant). */
    private static String[] alternate(int i) {
        return switch (i % 4) {
            case 1 -> clickTimed("q" + i, "['yes', 'no'][arguments[0] % 2]");
            case 2 -> typeTimed("q" + i, "['text', 'more text'][arguments[0] % 2]");
            case 3 -> typeTimed("q" + i, "['7', '8'][arguments[0] % 2]");
            default -> clickTimed("q" + i, "['a', 'b'][arguments[0] % 2]");
        };
    }

    /** Finding the radio (untimed), clicking it (timed). */
    private static String[] clickTimed(String id, String value) {
        return new String[] {"document.querySelector('input[name=\"" + id + "\"][value=\"' + (" + value + ") + '\"]')",
            "el.click();"};
    }

    /** Finding the text field (untimed), typing into it as one input event (timed). */
    private static String[] typeTimed(String id, String value) {
        return new String[] {"document.querySelector('[name=\"" + id + "\"]')",
            "el.value = " + value + "; el.dispatchEvent(new Event('input', {bubbles: true}));"};
    }

    /** Clicks the radio of {@code id} whose value is the JavaScript expression {@code value}. */
    private static String click(String id, String value) {
        return "document.querySelector('input[name=\"" + id + "\"][value=\"' + (" + value + ") + '\"]').click();\n";
    }

    /** Types {@code value} (a JavaScript expression) into the text field of {@code id}, as one input event. */
    private static String type(String id, String value) {
        return "(function (el) { el.value = " + value + "; el.dispatchEvent(new Event('input', {bubbles: true})); })"
                + "(document.querySelector('[name=\"" + id + "\"]'));\n";
    }

    private static ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(10));
        return driver;
    }
}
