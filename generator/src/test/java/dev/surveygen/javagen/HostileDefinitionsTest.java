package dev.surveygen.javagen;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.surveygen.cli.SurveygenCli;
import dev.surveygen.output.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-definition corpus: whatever lints also generates and compiles, and whatever
 * generation refuses, lint reports the same way. Each definition of
 * {@code src/test/resources/hostile-definitions/} says in a comment what it probes and what it
 * expects ({@code # expect: compiles}, or {@code # expect: error: TEXT} for an error containing
 * TEXT), and in {@code # generate: OPTIONS} the options of {@code generate} it needs (such as
 * {@code --jackson}); the large ones are made here. Each goes through the command line as a user runs it:
 *
 * <ul>
 *   <li>{@code lint} and {@code generate} exit alike (0, or 1 with the same error lines at
 *       positions), and so do {@code model} and {@code check} in their terms; none exits with 3 or
 *       prints a stack trace, and a failed {@code generate} writes nothing;
 *   <li>what is generated compiles under {@code --release 17 -Xlint:all -Xdoclint:all,-missing
 *       -Werror} with javac's default stack of 1 MiB (Maven runs javac in its own thread), the
 *       {@code javadoc} tool documents it without an error or a warning, and no two elements of
 *       the form share an id.
 * </ul>
 *
 * The time bound is a guard against hangs, generous on a loaded machine, not a measurement.
 */
class HostileDefinitionsTest {

    private static final Duration HANG_GUARD = Duration.ofMinutes(10);

    /** Large definitions made in code are larger than the default size limit. */
    private static final String MAX_SIZE = "64000000";

    @TempDir
    Path dir;

    /** A definition, its expectations, and extra options for generate. */
    record Case(String name, byte[] bytes, List<String> generateOptions) {

        @Override
        public String toString() {
            return name;
        }

        List<String> expectations() {
            List<String> out = new ArrayList<>();
            for (String line : new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .split("\n")) {
                if (line.startsWith("# expect: ")) {
                    out.add(new String(line.substring("# expect: ".length()).getBytes(
                            java.nio.charset.StandardCharsets.ISO_8859_1), UTF_8));
                }
            }
            return out;
        }
    }

    static Stream<Case> corpus() throws IOException, URISyntaxException {
        URI uri = HostileDefinitionsTest.class.getResource("/hostile-definitions").toURI();
        Path directory = uri.getScheme().equals("jar") ? FileSystems.newFileSystem(uri, Map.of()).getPath("/hostile-definitions")
                : Path.of(uri);
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                cases.add(new Case(file.getFileName().toString(), bytes, options(bytes)));
            }
        }
        assertThat(cases).hasSizeGreaterThan(20);
        return cases.stream();
    }

    /** The options of a line {@code # generate: --jackson …}, for code that only some options generate. */
    private static List<String> options(byte[] definition) {
        return new String(definition, 0, Math.min(definition.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .lines().filter(line -> line.startsWith("# generate: "))
                .flatMap(line -> java.util.Arrays.stream(line.substring("# generate: ".length()).trim().split(" +")))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachDefinitionOfTheCorpus(Case definition) {
        lintAndGenerate(definition);
    }

    static Stream<Case> large() {
        return Stream.of(
                made("choices-4001.yaml", "one choice more than an enum can hold", List.of(
                        "error: the list has 4001 choices, more than the 4000 that its generated Java enum can hold"),
                        survey(Bilingual.NO, choiceQuestion(Bilingual.NO, "single-choice", 4001, false))),
                made("choices-50000.yaml", "50000 choices: also 'too many constants'", List.of(
                        "error: the list has 50000 choices, more than the 4000"),
                        survey(Bilingual.NO, choiceQuestion(Bilingual.NO, "multiple-choice", 50_000, false))),
                made("condition-2000-operands.yaml", "2000 operands: javac's StackOverflowError in Attr.visitBinary",
                        List.of("compiles"), survey(Bilingual.NO, "      - {id: A, type: yes-no, label: A}\n"
                                + "      - {id: B, type: yes-no, label: B, when: \""
                                + String.join(" or ", Collections.nCopies(2000, "${A} = yes")) + "\"}\n")),
                made("condition-10000-references.yaml", "one reference over the enablement cost limit", List.of(
                        "error: whether 'B' is enabled takes 10001 condition evaluations"),
                        survey(Bilingual.NO, "      - {id: A, type: yes-no, label: A}\n"
                                + "      - {id: B, type: yes-no, label: B, when: \""
                                + String.join(" or ", Collections.nCopies(10_000, "${A} = yes")) + "\"}\n")),
                made("lists-named-like-every-java-lang-type.yaml", "a choice list for every public type of java.lang",
                        List.of("compiles"), jdkTypeLists()),
                made("long-texts.yaml", "texts longer than a class file's 65535-byte string constant", List.of("compiles"),
                        longTexts()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("large")
    void eachLargeDefinition(Case definition) {
        lintAndGenerate(definition);
    }

    static Stream<Case> slow() {
        return Stream.of(
                made("choices-3000.yaml", "a list of 3000 choices: 'code too large' in its enum", List.of("compiles"),
                        survey(Bilingual.YES, choiceQuestion(Bilingual.YES, "single-choice", 3000, false))),
                made("section-condition-of-3000-terms.yaml", "a large section condition shared by 50 questions",
                        List.of("compiles"), sectionWithLargeCondition()),
                made("choices-4000-exclusive.yaml", "the largest list, every choice exclusive, in two locales",
                        List.of("compiles"), survey(Bilingual.YES, choiceQuestion(Bilingual.YES, "multiple-choice", 4000, true))),
                made("condition-at-the-cost-limit.yaml", "9999 references to one question: the most a condition may have",
                        List.of("compiles"), survey(Bilingual.NO, "      - {id: A, type: yes-no, label: A}\n"
                                + "      - {id: B, type: decimal, label: B, when: \""
                                + String.join(" or ", Collections.nCopies(9999, "${A} = yes")) + "\"}\n")),
                made("condition-over-3000-questions.yaml", "a condition reading 3000 different questions, each with its"
                        + " own constant", List.of("compiles"), wideCondition()));
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("slow")
    void eachSlowDefinition(Case definition) {
        lintAndGenerate(definition);
    }

    private void lintAndGenerate(Case definition) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            Path file = dir.resolve(definition.name());
            Files.write(file, definition.bytes());
            Run lint = run("lint", "--max-size", MAX_SIZE, file.toString());
            Path out = dir.resolve("out");
            List<String> generateArgs = new ArrayList<>(List.of("generate", file.toString(), "--out", out.toString(),
                    "--package", "hostile", "--max-size", MAX_SIZE));
            generateArgs.addAll(definition.generateOptions());
            Run generate = run(generateArgs.toArray(new String[0]));
            Run model = run("model", "--max-size", MAX_SIZE, file.toString());
            Path response = Files.writeString(dir.resolve("empty.json"), "{}");
            Run check = run("check", "--max-size", MAX_SIZE, file.toString(), response.toString());
            assertThat(model.exit()).as("model fails exactly when lint does").isEqualTo(lint.exit());
            assertThat(check.exit()).as("check judges (0 or 1) exactly when the definition has no error")
                    .isIn(lint.exit() == 0 ? List.of(0, 1) : List.of(2));
            for (Run run : List.of(lint, generate, model, check)) {
                assertThat(run.err()).as("no crash, no stack trace").doesNotContain("internal error")
                        .doesNotContain("Exception").doesNotContain("\tat ");
            }
            List<String> expected = definition.expectations();
            assertThat(expected).as("the definition says what it expects").isNotEmpty();
            if (expected.equals(List.of("compiles"))) {
                assertThat(lint.exit()).as(lint.err()).isZero();
                assertThat(generate.exit()).as(generate.err()).isZero();
                assertCompiles(out.resolve("java"));
                assertJavadocClean(out.resolve("java"), dir.resolve("doc"));
                assertUniqueHtmlIds(out.resolve("forms"));
            } else {
                assertThat(lint.exit()).as(lint.err()).isEqualTo(1);
                assertThat(generate.exit()).as(generate.err()).isEqualTo(1);
                List<String> errors = lint.errorLines();
                assertThat(generate.errorLines()).as("generate reports exactly what lint reports").isEqualTo(errors);
                assertThat(errors).allMatch(line -> line.startsWith(file + ":") && line.matches(".*:\\d+:\\d+: error: .*"));
                for (String expectation : expected) {
                    assertThat(errors).as(expectation).anyMatch(line -> line.contains(expectation.replaceFirst(
                            "^error: ", "")));
                }
                assertThat(out).as("a failed generate writes nothing").doesNotExist();
            }
        });
    }

    private record Run(int exit, String err) {

        List<String> errorLines() {
            return err.lines().filter(line -> line.contains(": error: ")).toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SurveygenCli.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        return new Run(exit, err.toString(UTF_8));
    }

    /** Strict javac, in-process, in a thread with the default stack of the JVM's main thread (1 MiB). */
    private static void assertCompiles(Path javaRoot) throws Exception {
        List<GeneratedFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(javaRoot)) {
            for (Path path : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                files.add(new GeneratedFile(javaRoot.relativize(path).toString(), Files.readString(path)));
            }
        }
        AtomicReference<InMemoryJavac.Compilation> compilation = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread javac = new Thread(null, () -> {
            try {
                compilation.set(InMemoryJavac.compile(files, InMemoryJavac.STRICT));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "javac", 1L << 20);
        javac.start();
        javac.join();
        assertThat(failure.get()).as("javac itself failed").isNull();
        assertThat(compilation.get().diagnostics()).isEmpty();
        assertThat(compilation.get().success()).isTrue();
    }

    /**
     * The JDK's {@code javadoc} as a developer runs it on the sources: no error, no warning, every
     * doclint group. javac's doclint above resolves fewer references: a list named {@code map}
     * broke {@code {@link …#fromJson(Map)}} for javadoc alone.
     */
    private static void assertJavadocClean(Path javaRoot, Path out) {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, UTF_8);
        int exit = javax.tools.ToolProvider.getSystemDocumentationTool().run(null, print, print, "-d", out.toString(),
                "-sourcepath", javaRoot.toString(), "-classpath", System.getProperty("java.class.path"), "-encoding",
                "UTF-8", "--release", "17", "-Xdoclint:all", "-quiet", "-notimestamp", "hostile");
        String printed = messages.toString(UTF_8);
        assertThat(printed).as("javadoc").doesNotContainIgnoringCase("warning").doesNotContainIgnoringCase("error");
        assertThat(exit).as(printed).isZero();
    }

    private static void assertUniqueHtmlIds(Path forms) throws IOException {
        try (Stream<Path> files = Files.list(forms)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> ids = new ArrayList<>();
                Matcher id = Pattern.compile(" id=\"([^\"]*)\"").matcher(Files.readString(page));
                while (id.find()) {
                    ids.add(id.group(1));
                }
                assertThat(ids).as(page.getFileName().toString()).doesNotHaveDuplicates();
            }
        }
    }

    // ---- definitions made in code ----

    private enum Bilingual { YES, NO }

    private static Case made(String name, String probes, List<String> expectations, String yaml) {
        StringBuilder text = new StringBuilder("# probes: ").append(probes).append('\n');
        expectations.forEach(e -> text.append("# expect: ").append(e).append('\n'));
        return new Case(name, text.append(yaml).toString().getBytes(UTF_8), List.of("--jackson"));
    }

    private static String survey(Bilingual bilingual, String questions) {
        return bilingual == Bilingual.YES
                ? "surveygen: 1\nid: large\ntitle: {ja: 調査, en: Survey}\nlocales: [ja, en]\nsections:\n  - id: a\n"
                        + "    title: {ja: 節, en: Section}\n    questions:\n" + questions
                : "surveygen: 1\nid: large\ntitle: T\nsections:\n  - id: a\n    title: A\n    questions:\n" + questions;
    }

    private static String choiceQuestion(Bilingual bilingual, String type, int choices, boolean exclusive) {
        boolean en = bilingual == Bilingual.YES;
        StringBuilder yaml = new StringBuilder("      - id: C\n        type: ").append(type)
                .append(en ? "\n        label: {ja: 選択, en: Choose}\n" : "\n        label: 選択\n").append("        choices:\n");
        for (int i = 0; i < choices; i++) {
            yaml.append("          - {code: c").append(i).append(", label: ")
                    .append(en ? "{ja: 選択肢" + i + ", en: Choice " + i + "}" : "選択肢" + i)
                    .append(exclusive ? ", exclusive: true" : "").append("}\n");
        }
        return yaml.toString();
    }

    private static String sectionWithLargeCondition() {
        StringBuilder yaml = new StringBuilder("surveygen: 1\nid: large\ntitle: T\nsections:\n  - id: a\n    title: A\n"
                + "    questions:\n      - {id: N, type: integer, label: N, required: false}\n"
                + "      - {id: D, type: date, label: D, required: false}\n  - id: b\n    title: B\n    when: \"");
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            terms.add(i % 2 == 0 ? "${N} = " + i : "${D} = '" + java.time.LocalDate.of(2000, 1, 1).plusDays(i) + "'");
        }
        yaml.append(String.join(" or ", terms)).append("\"\n    questions:\n");
        for (int i = 0; i < 50; i++) {
            yaml.append("      - {id: Q").append(i).append(", type: yes-no, label: L").append(i == 0 ? "" : ", when: \"${Q0}"
                    + " = yes\"").append("}\n");
        }
        return yaml.toString();
    }

    private static String jdkTypeLists() {
        List<String> types;
        try (Stream<Path> classes = Files.list(FileSystems.getFileSystem(URI.create("jrt:/"))
                .getPath("/modules/java.base/java/lang"))) {
            types = classes.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(n -> isPublic("java.lang." + n)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(types).contains("String", "Override", "StackOverflowError", "Integer", "Math", "Record");
        StringBuilder yaml = new StringBuilder("surveygen: 1\nid: jdk\ntitle: T\nchoice-lists:\n");
        types.forEach(t -> yaml.append("  ").append(t).append(": [{code: a, label: A}]\n"));
        yaml.append("sections:\n  - id: a\n    title: A\n    questions:\n");
        for (int i = 0; i < types.size(); i++) {
            yaml.append("      - {id: c").append(i).append(", type: ").append(i % 2 == 0 ? "single-choice" : "multiple-choice")
                    .append(", label: C, choices: ").append(types.get(i)).append(i > 0 ? ", when: \"${c" + (i - 1)
                            + "} is not empty\"" : "").append("}\n");
        }
        // a pattern, so that the copied pattern matcher is compiled beside an enum called String too
        yaml.append("      - {id: p, type: text, label: P, pattern: '[a-z]{2,5}'}\n");
        return yaml.toString();
    }

    private static boolean isPublic(String className) {
        try {
            return java.lang.reflect.Modifier.isPublic(Class.forName(className, false, null).getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String longTexts() {
        String longJapanese = "長い文章".repeat(25_000); // 100,000 characters, 300,000 bytes
        String longAscii = "x".repeat(70_000);
        return "surveygen: 1\nid: long\ntitle: \"" + longJapanese + "\"\nversion: \"" + longAscii + "\"\nsections:\n"
                + "  - id: a\n    title: A\n    questions:\n"
                + "      - id: C\n        type: multiple-choice\n        label: \"" + longJapanese + "\"\n"
                + "        choices:\n          - {code: a, label: \"" + longJapanese + "\", exclusive: true}\n"
                + "          - {code: b, label: \"" + longAscii + "\"}\n"
                + "      - {id: T, type: text, label: T, pattern: '[" + longClass() + "]+', pattern-message: \""
                + longJapanese + "\", when: \"${C} contains 'b'\"}\n"
                + "      - {id: U, type: yes-no, label: U, when: \"${T} = '" + longJapanese + "'\"}\n";
    }

    /**
     * 15,000 kanji, every other one from U+4E00 (45,000 bytes of pattern, 15,000 ranges of one class):
     * a long pattern that is small as a program (patterns may expand to at most 5,000 states).
     */
    private static String longClass() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 15_000; i++) {
            out.appendCodePoint(0x4E00 + 2 * i);
        }
        return out.toString();
    }

    private static String wideCondition() {
        StringBuilder yaml = new StringBuilder("surveygen: 1\nid: wide\ntitle: T\nsections:\n  - id: a\n    title: A\n"
                + "    questions:\n");
        for (int i = 0; i < 3000; i++) {
            yaml.append("      - {id: Q").append(i).append(", type: integer, label: L, required: false}\n");
        }
        yaml.append("      - {id: X, type: text, label: X, when: \"");
        yaml.append(java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "${Q" + i + "} = " + (i * 7))
                .collect(Collectors.joining(" or ")));
        return yaml.append("\"}\n").toString();
    }
}
