package dev.surveygen.mhlw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.cli.SurveygenCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The MHLW survey lints clean, and responses that walk every conditional path (each
 * {@code NN-name.json} in {@code src/test/resources/responses} with its expected violations,
 * one {@code QUESTION CODE} per line, in {@code NN-name.expected}) check as expected through the
 * CLI: in process for every case, and once through the real executable jar.
 */
class MhlwResponsesThroughCliTest {

    static final Path SURVEY = Path.of("src/main/survey/mhlw-r6-hospital-cybersecurity.yaml");
    static final Path RESPONSES = Path.of("src/test/resources/responses");
    private static final Pattern VIOLATION = Pattern.compile("\\{\"question\":\"([^\"]+)\",\"code\":\"([^\"]+)\"");

    @Test
    void surveyLintsClean() {
        Run run = cli("lint", SURVEY.toString());
        assertThat(run.err).isEmpty();
        assertThat(run.exit).isZero();
    }

    @TestFactory
    Stream<DynamicTest> everyResponseChecksAsExpected() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(RESPONSES)) {
            cases = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(19);
        return cases.stream().map(json -> DynamicTest.dynamicTest(json.getFileName().toString(), () -> {
            Path expectedFile = Path.of(json.toString().replace(".json", ".expected"));
            List<String> expected = Files.readAllLines(expectedFile).stream().filter(l -> !l.isBlank()).toList();
            Run run = cli("check", SURVEY.toString(), json.toString());
            assertThat(violations(run.out)).as(json.toString()).isEqualTo(expected);
            assertThat(run.exit).isEqualTo(expected.isEmpty() ? 0 : 1);
            assertThat(run.err).isEmpty();
        }));
    }

    @Test
    void theExecutableJarChecksAResponse() throws Exception {
        Path jar = Path.of("../generator/target/surveygen.jar");
        assertThat(jar).as("built by the generator module's package phase").exists();
        Process process = new ProcessBuilder("java", "-jar", jar.toString(), "check", SURVEY.toString(),
                RESPONSES.resolve("07-no-emr-backup-chain-answered.json").toString()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(violations(out)).containsExactly("Q17-2 not-applicable", "Q17-3 not-applicable",
                "Q17-4 not-applicable", "Q17-5 not-applicable", "Q17-6 not-applicable");
        assertThat(out).contains("この質問は回答の対象外です。");
    }

    private static List<String> violations(String json) {
        List<String> out = new ArrayList<>();
        Matcher m = VIOLATION.matcher(json);
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(2));
        }
        return out;
    }

    private record Run(int exit, String out, String err) {}

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SurveygenCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
