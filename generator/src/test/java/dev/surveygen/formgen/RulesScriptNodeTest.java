package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveygen.javagen.HostileResponses;
import dev.surveygen.javagen.TestSurveys;
import dev.surveygen.json.JsonWriter;
import dev.surveygen.model.Survey;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.ReferenceInterpreter;
import dev.surveygen.semantics.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rules script on its own, in Node: the differential corpus is written to
 * {@code target/rules-node/} with the reference interpreter's verdicts, {@code node} runs
 * {@code surveygen-rules.js} over it (src/test/resources/node/rules-runner.js), and every form must
 * get the reference's violations (question, code, message) and enablement; the hostile-response
 * corpus must get the reference's digests. The rules are the rules JSON the page receives.
 * Node is an operating-system prerequisite ({@value #INSTALL}); without it the test fails with
 * one line naming that command.
 */
@Tag("node")
class RulesScriptNodeTest {

    static final String INSTALL = "apt-get install nodejs";
    private static final Path WORK = Path.of("target", "rules-node");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String node;

    @BeforeAll
    static void findNodeAndWriteTheScripts() throws IOException {
        node = nodeCommand();
        Files.createDirectories(WORK);
        copy("/dev/surveygen/templates/surveygen-rules.js", WORK.resolve("surveygen-rules.js"));
        copy("/node/rules-runner.js", WORK.resolve("rules-runner.js"));
    }

    /** {@code node}, or {@code nodejs} as older Debian releases name it; a one-line failure if neither runs. */
    private static String nodeCommand() {
        for (String command : List.of("node", "nodejs")) {
            try {
                Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return command;
                }
            } catch (IOException e) {
                // not on the PATH: try the next name
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("Node.js is needed to test the form's rules script; install it: " + INSTALL);
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = RulesScriptNodeTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test classpath").isNotNull();
            Files.write(to, in.readAllBytes());
        }
    }

    /** The rules JSON of the survey's form in its default locale, as the page receives it. */
    private static Object rules(Survey survey) {
        return new RawJson(JsonWriter.write(dev.surveygen.rules.BrowserRules.of(survey, survey.defaultLocale(),
                survey.catalogue(survey.defaultLocale()))));
    }

    /** A JSON text placed as it is into the corpus file. */
    private record RawJson(String json) {}

    /** Runs the runner on a corpus file and reads what it wrote. */
    private static JsonNode run(String name, Map<String, Object> corpus) throws Exception {
        Path in = WORK.resolve(name + ".json");
        Path out = WORK.resolve(name + ".out.json");
        Files.writeString(in, write(corpus), StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        Process process = new ProcessBuilder(node, "--stack-size=4000", WORK.resolve("rules-runner.js").toString(),
                WORK.resolve("surveygen-rules.js").toString(), in.toString(), out.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(600, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(process.exitValue()).as("node's exit status; its output: %s", output).isZero();
        return JSON.readTree(out.toFile());
    }

    private static String write(Map<String, Object> corpus) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> entry : corpus.entrySet()) {
            out.append(first ? "" : ",").append(JsonWriter.write(entry.getKey())).append(':');
            // The corpus in ASCII with \\u escapes: lone surrogates reach the script exactly.
            out.append(entry.getValue() instanceof RawJson raw ? raw.json() : Browser.asciiJson(entry.getValue()));
            first = false;
        }
        return out.append('}').toString();
    }

    @Test
    void mhlwRulesAgreeWithTheReference() throws Exception {
        replay("mhlw", TestSurveys.mhlw(), 3000, 21);
    }

    @Test
    void everyFeatureRulesAgreeWithTheReference() throws Exception {
        replay("every-feature", TestSurveys.everyFeature(), 3000, 22);
    }

    @Test
    void rulesRejectingFullWidthDigitsAgreeWithTheReference() throws Exception {
        replay("reject", TestSurveys.everyFeatureRejectingFullWidthDigits(), 1500, 23);
    }

    private static void replay(String name, Survey survey, int count, long seed) throws Exception {
        ReferenceInterpreter reference = new ReferenceInterpreter(survey);
        List<Object> forms = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        List<Map<String, Boolean>> expectedEnablement = new ArrayList<>();
        var corpus = TestSurveys.corpus(survey, seed);
        for (int i = 0; i < count; i++) {
            Map<String, List<String>> form = corpus.nextForm();
            forms.add(form);
            Map<String, Object> response = FormValues.toResponse(survey, form);
            List<String> lines = new ArrayList<>();
            for (Violation v : reference.check(response)) {
                lines.add(v.question() + " | " + v.code().code() + " | " + v.message().in(survey.defaultLocale(), survey.defaultLocale()));
            }
            expected.add(lines);
            expectedEnablement.add(reference.enablement(response));
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("rules", rules(survey));
        file.put("forms", forms);
        JsonNode actual = run(name, file);
        assertThat(actual.size()).isEqualTo(count);
        int invalid = 0;
        for (int i = 0; i < count; i++) {
            List<String> lines = new ArrayList<>();
            actual.get(i).get("violations").forEach(line -> lines.add(line.asText()));
            assertThat(lines).as("violations of form %s", forms.get(i)).isEqualTo(expected.get(i));
            JsonNode enabled = actual.get(i).get("enablement");
            Map<String, Boolean> enablement = new LinkedHashMap<>();
            expectedEnablement.get(i).keySet().forEach(id -> enablement.put(id, enabled.path(id).asBoolean()));
            assertThat(enablement).as("enablement for form %s", forms.get(i)).isEqualTo(expectedEnablement.get(i));
            invalid += expected.get(i).isEmpty() ? 0 : 1;
        }
        assertThat(invalid).as("the corpus has valid and invalid forms").isBetween(count / 10, count - count / 20);
        System.out.println("rules script in Node: " + name + ", " + count + " forms agree with the reference, "
                + invalid + " invalid");
    }

    /** Tagged slow as well, as the Java side's HostileResponseTest: 10 MB answers, a million names. */
    @Test
    @Tag("slow")
    void theHostileResponseCorpusGetsTheReferencesVerdicts() throws Exception {
        Survey survey = TestSurveys.everyFeature();
        ReferenceInterpreter reference = new ReferenceInterpreter(survey);
        List<Object> specs = new ArrayList<>();
        List<Object> expected = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (HostileResponses.Case c : HostileResponses.all()) {
            if (c.form() != null) {
                specs.add(c.form().spec());
                expected.add(HostileResponseBrowserTest.digest(reference, survey, c.form().expand()));
                names.add(c.name());
            }
        }
        for (String digit : HostileResponses.digits()) {
            specs.add(HostileResponses.digitForm(digit).spec());
            expected.add(HostileResponseBrowserTest.digest(reference, survey, HostileResponses.digitForm(digit).expand()));
            names.add("digit " + digit);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("rules", rules(survey));
        file.put("specs", specs);
        JsonNode actual = run("hostile", file);
        assertThat(actual.size()).isEqualTo(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            List<?> digest = JSON.convertValue(actual.get(i), List.class);
            assertThat(normalise(digest)).as(names.get(i)).isEqualTo(normalise((List<?>) expected.get(i)));
        }
        System.out.println("rules script in Node: " + specs.size() + " hostile responses agree with the reference");
    }

    /** Numbers as longs, whatever type the JSON reader chose. */
    private static List<Object> normalise(List<?> digest) {
        List<Object> out = new ArrayList<>();
        for (Object o : digest) {
            out.add(o instanceof Number n ? (Object) n.longValue() : o);
        }
        return out;
    }

    @Test
    void theReadingConstantsAreTheJavaDefinitions() throws Exception {
        JsonNode reading = JSON.readTree(JsonWriter.write(dev.surveygen.rules.Reading.current()));
        StringBuilder trim = new StringBuilder();
        reading.get("trim").forEach(code -> trim.appendCodePoint(code.asInt()));
        assertThat(trim.toString()).isEqualTo(dev.surveygen.semantics.SurveyText.TRIMMED);
        assertThat(reading.get("integerMax").asText()).isEqualTo("2147483647");
        assertThat(reading.get("maxIntegerDigits").asInt()).isEqualTo(dev.surveygen.numbers.NumberLimits.MAX_INTEGER_DIGITS);
        // The rules script has none of them written in: no digit limit, no range, no trimmed character.
        String script = Files.readString(WORK.resolve("surveygen-rules.js"));
        assertThat(script).doesNotContain("2147483647", "\\uFF10", "\\u3000", "<= 30", "[0-9]{4}", "[+-]?[0-9]+");
    }
}
