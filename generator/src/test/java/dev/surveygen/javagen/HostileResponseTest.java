package dev.surveygen.javagen;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.surveygen.cli.SurveygenCli;
import dev.surveygen.json.JsonText;
import dev.surveygen.model.Survey;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.ReferenceInterpreter;
import dev.surveygen.semantics.Violation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-response corpus ({@link HostileResponses}) through every Java path: {@code surveygen
 * check} on the JSON text (the JSON reader, as a user runs it) and the generated {@code fromJsonText}
 * on the same text, the generated {@code fromJson} on the host's map, the generated {@code fromForm}
 * on the submission, each against the reference
 * interpreter, with the case's expected code for each targeted question. Every case must end in
 * violations or in check's one clear error; the timeouts are hang guards, not timing assertions.
 */
@Tag("slow")
class HostileResponseTest {

    private static final Duration HANG_GUARD = Duration.ofMinutes(3);

    private static Survey survey;
    private static GeneratedSurvey generated;
    private static ReferenceInterpreter reference;

    @TempDir
    static Path dir;

    private static Path definition;

    @BeforeAll
    static void compile() throws Exception {
        survey = TestSurveys.everyFeature();
        generated = GeneratedSurvey.compile(survey, JavaGeneratorOptions.defaults().withPackage("hostile"));
        reference = new ReferenceInterpreter(survey);
        definition = dir.resolve("every-feature.yaml");
        Files.writeString(definition, DifferentialTest.readResource("/surveys/every-feature.yaml"));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOnEveryJavaPath() {
        return HostileResponses.all().stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertTimeoutPreemptively(HANG_GUARD, () -> check(c))));
    }

    private static void check(HostileResponses.Case c) throws Exception {
        if (c.json() != null) {
            checkCommand(c);
        }
        if (c.javaMap() != null) {
            List<String> expected = GeneratedSurvey.renderReference(survey, reference.check(c.javaMap()));
            expect(c, "reference on the JSON map", expected);
            assertThat(Digest.of(generated.validateBinding(generated.fromJson(c.javaMap(), false))))
                    .as("%s: generated fromJson", c).isEqualTo(Digest.of(expected));
            assertThat(Digest.of(generated.validateBinding(generated.fromJson(c.javaMap(), true))))
                    .as("%s: generated fromJson, disabled answers stripped", c)
                    .isEqualTo(Digest.of(GeneratedSurvey.renderReference(survey,
                            reference.check(reference.withoutDisabled(c.javaMap())))));
        }
        if (c.form() != null) {
            Map<String, List<String>> form = c.form().expand();
            List<String> expected = GeneratedSurvey.renderReference(survey,
                    reference.check(FormValues.toResponse(survey, form)));
            expect(c, "reference on the form", expected);
            assertThat(Digest.of(generated.validateBinding(generated.fromForm(form, false))))
                    .as("%s: generated fromForm", c).isEqualTo(Digest.of(expected));
        }
    }

    /** check on the JSON text: the case's one error, or exactly the reference's violations of the JSON map. */
    private static void checkCommand(HostileResponses.Case c) throws Exception {
        Path response = Files.writeString(dir.resolve("response.json"), c.json(), UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SurveygenCli.run(new String[] {"check", definition.toString(), response.toString()},
                new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        Object fromText = generated.fromJsonText(c.json());
        if (c.jsonError() != null) {
            assertThat(exit).as("%s: exit status of check", c).isEqualTo(2);
            String error = err.toString(UTF_8);
            assertThat(error).as("%s: check's error", c).containsOnlyOnce("\n").contains(c.jsonError())
                    .startsWith(response + ":").doesNotContain("Exception");
            assertThat(out.size()).isZero();
            // the generated fromJsonText refuses it with the same position and message
            String[] parts = error.substring(response.toString().length() + 1).split(":", 3);
            assertThat(fromText).as("%s: generated fromJsonText", c).isEqualTo("line " + parts[0] + ", column " + parts[1]
                    + ":" + parts[2].replaceFirst("^ error:", "").stripTrailing());
            return;
        }
        assertThat(fromText).as("%s: generated fromJsonText", c).isNotInstanceOf(String.class);
        assertThat(Digest.of(generated.validateBinding(fromText))).as("%s: generated fromJsonText", c)
                .isEqualTo(Digest.of(GeneratedSurvey.renderReference(survey, reference.check(c.javaMap()))));
        assertThat(err.toString(UTF_8)).as("%s: check's errors", c).isEmpty();
        List<String> printed = new ArrayList<>();
        for (Object v : (List<?>) JsonText.read(out.toString(UTF_8))) {
            Map<?, ?> violation = (Map<?, ?>) v;
            printed.add(violation.get("question") + " | " + violation.get("code") + " | " + violation.get("message"));
        }
        List<String> expected = new ArrayList<>();
        for (Violation v : reference.check(c.javaMap())) {
            expected.add(v.question() + " | " + v.code().code() + " | " + v.message().in("ja", "ja"));
        }
        assertThat(exit).as("%s: exit status of check", c).isEqualTo(expected.isEmpty() ? 0 : 1);
        assertThat(Digest.of(printed)).as("%s: check", c).isEqualTo(Digest.of(expected));
    }

    /** The case's expected code for each targeted question, in {@code violations}. */
    static void expect(HostileResponses.Case c, String path, List<String> violations) {
        c.expect().forEach((question, code) -> {
            List<String> codes = violations.stream().filter(v -> v.startsWith(question + " | "))
                    .map(v -> v.split(" \\| ")[1]).toList();
            assertThat(codes).as("%s: %s, question %s", c, path, question)
                    .isEqualTo(code.equals("none") ? List.of() : List.of(code));
        });
    }

    @Test
    void everyDigitScriptReadsAlikeOnEveryPath() {
        int scripts = 0;
        for (String digit : HostileResponses.digits()) {
            Map<String, List<String>> form = HostileResponses.digitForm(digit).expand();
            List<String> expected = GeneratedSurvey.renderReference(survey,
                    reference.check(FormValues.toResponse(survey, form)));
            assertThat(generated.validateBinding(generated.fromForm(form, false))).as("form with %s", digit)
                    .isEqualTo(expected);
            boolean readable = digit.charAt(0) <= '9' || (digit.charAt(0) >= '\uFF10' && digit.charAt(0) <= '\uFF19');
            assertThat(expected.stream().anyMatch(v -> v.startsWith("count | type | "))).as("count %s", digit)
                    .isEqualTo(!readable);
            Map<String, Object> json = HostileResponses.digitMap(digit);
            List<String> expectedJson = GeneratedSurvey.renderReference(survey, reference.check(json));
            assertThat(generated.validateBinding(generated.fromJson(json, false))).as("JSON with %s", digit)
                    .isEqualTo(expectedJson);
            assertThat(expectedJson).as("JSON strings are never numbers: %s", digit)
                    .anyMatch(v -> v.startsWith("count | type | "));
            scripts += readable ? 0 : 1;
        }
        assertThat(scripts).isGreaterThan(600);
    }

    /** A violation list in brief: its size, its first lines and a hash of all, so that a million compare cheaply. */
    record Digest(int count, List<String> head, int hash) {

        static Digest of(List<String> lines) {
            return new Digest(lines.size(), List.copyOf(lines.subList(0, Math.min(8, lines.size()))), hash(lines));
        }

        /** FNV-1a over the UTF-16 units of the lines, each followed by a line feed (as the browser test computes it). */
        static int hash(List<String> lines) {
            int hash = 0x811C9DC5;
            for (String line : lines) {
                for (int i = 0; i < line.length(); i++) {
                    hash = (hash ^ line.charAt(i)) * 0x01000193;
                }
                hash = (hash ^ '\n') * 0x01000193;
            }
            return hash;
        }
    }
}
