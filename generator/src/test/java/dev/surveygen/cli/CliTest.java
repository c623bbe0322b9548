package dev.surveygen.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.formgen.FormGenerator;
import dev.surveygen.json.JsonText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI in-process: exit codes, stdout and stderr of lint, check and model. */
class CliTest {

    private static final String SURVEY = """
            surveygen: 1
            id: s
            title: T
            sections:
              - id: a
                title: A
                questions:
                  - id: A
                    type: yes-no
                    label: A?
                  - id: B
                    type: integer
                    label: B?
                    when: ${A}  =  yes
                    min: 1
                    max: 9
                  - id: C
                    type: single-choice
                    label: C?
                    required: false
                    choices:
                      - code: x
                        label: X
                      - code: other
                        label: Other
                        other: true
                  - id: C-other
                    type: text
                    label: Which?
                    other-for: C
                    required: false
            """;

    private static final String BILINGUAL = """
            surveygen: 1
            id: s
            title: {ja: 調査, en: Survey}
            locales: [ja, en]
            sections:
              - id: a
                title: {ja: 節, en: Section}
                questions:
                  - id: A
                    type: yes-no
                    label: {ja: はい, en: Yes or no}
            """;

    private static final String BROKEN = """
            surveygen: 1
            id: s
            title: T
            sections:
              - id: a
                title: A
                questions:
                  - id: A
                    type: yesno
                    label: A?
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SurveygenCli.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    }

    private String out() {
        return out.toString(UTF_8);
    }

    private String err() {
        return err.toString(UTF_8);
    }

    private String file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content, UTF_8);
        return path.toString();
    }

    @AfterEach
    void noStackTraces() {
        assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Nested
    class Lint {

        @Test
        void cleanFileExitsZeroSilently() throws IOException {
            assertThat(run("lint", file("s.yaml", SURVEY))).isZero();
            assertThat(err()).isEmpty();
            assertThat(out()).isEmpty();
        }

        @Test
        void warningsAloneExitZero() throws IOException {
            // Without C-other, the other choice of C (its id at 17:13) has no text question.
            String path = file("w.yaml", SURVEY.substring(0, SURVEY.indexOf("      - id: C-other")));
            assertThat(run("lint", path)).isZero();
            assertThat(err()).isEqualTo(path + ":17:13: warning: the 'other' choice 'other' of C has no text question"
                    + " (add one with other-for: C)\n0 errors, 1 warning\n");
        }

        @Test
        void errorsExitOne() throws IOException {
            String path = file("b.yaml", BROKEN);
            assertThat(run("lint", path)).isEqualTo(1);
            assertThat(err()).isEqualTo(path + ":9:15: error: unknown question type 'yesno' (did you mean 'yes-no'?);"
                    + " types are yes-no, text, long-text, single-choice, multiple-choice, integer, decimal, date, note\n"
                    + "1 error, 0 warnings\n");
        }

        @Test
        void severalFilesAreAllReported() throws IOException {
            String broken = file("b.yaml", BROKEN);
            String clean = file("s.yaml", SURVEY);
            String alsoBroken = file("c.yaml", BROKEN.replace("yesno", "integr"));
            assertThat(run("lint", broken, clean, alsoBroken)).isEqualTo(1);
            assertThat(err().lines().toList()).hasSize(3);
            assertThat(err().lines().toList().get(0)).startsWith(broken + ":9:15: error: unknown question type 'yesno'");
            assertThat(err().lines().toList().get(1)).startsWith(alsoBroken + ":9:15: error: unknown question type 'integr'");
            assertThat(err().lines().toList().get(2)).isEqualTo("2 errors, 0 warnings");
        }

        @Test
        void missingFileExitsTwoButOtherFilesAreStillChecked() throws IOException {
            String missing = dir.resolve("missing.yaml").toString();
            String broken = file("b.yaml", BROKEN);
            assertThat(run("lint", missing, broken)).isEqualTo(2);
            assertThat(err()).startsWith(missing + ": error: cannot read the file: no such file\n" + broken + ":9:15: error:");
        }

        @Test
        void aFileFarLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
            // Sparse: 3 GiB on disk in no time. Reading it whole threw OutOfMemoryError (exit 1, a stack trace).
            Path huge = dir.resolve("huge.yaml");
            try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
                file.setLength(3L << 30);
            }
            assertThat(run("lint", huge.toString())).isEqualTo(2);
            assertThat(err()).isEqualTo(huge + ": error: cannot read the file: it has 3221225472 bytes, more than the"
                    + " 33554435 bytes a definition of at most 8388608 characters can have\n");
        }

        @Test
        void aDeviceThatNeverEndsIsReadOnlyUpToTheLimit() {
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/dev/zero")));
            assertThat(run("lint", "--max-size", "1000", "/dev/zero")).isEqualTo(2);
            assertThat(err()).isEqualTo("/dev/zero: error: cannot read the file: it is larger than the 4003 bytes a"
                    + " definition of at most 1000 characters can have\n");
        }

        @Test
        void directoryExitsTwo() {
            assertThat(run("lint", dir.toString())).isEqualTo(2);
            assertThat(err()).startsWith(dir + ": error: cannot read the file: ");
        }

        @Test
        void noFilesIsAUsageError() {
            assertThat(run("lint")).isEqualTo(2);
            assertThat(err()).startsWith("surveygen: Missing required parameter: 'FILE'");
        }

        @Test
        void unknownOptionIsAUsageError() throws IOException {
            assertThat(run("lint", "--frobnicate", file("s.yaml", SURVEY))).isEqualTo(2);
            assertThat(err()).startsWith("surveygen: Unknown option: '--frobnicate'");
        }

        @Test
        void maxSizeBelowOneIsAUsageError() throws IOException {
            String path = file("s.yaml", SURVEY);
            for (String value : List.of("0", "-1", "-2147483648")) {
                out.reset();
                err.reset();
                assertThat(run("lint", "--max-size", value, path)).as(value).isEqualTo(2);
                assertThat(err()).isEqualTo("surveygen: Invalid value for option '--max-size': " + value
                        + " is not from 1 to 2147483631\nTry 'surveygen lint --help' for more information.\n");
            }
        }

        @Test
        void maxSizeAboveTheLargestLimitIsAUsageError() throws IOException {
            assertThat(run("check", "--max-size=2147483632", file("s.yaml", SURVEY), "-")).isEqualTo(2);
            assertThat(err()).isEqualTo("surveygen: Invalid value for option '--max-size': 2147483632"
                    + " is not from 1 to 2147483631\nTry 'surveygen check --help' for more information.\n");
        }

        @Test
        void maxSizeUpToTheLargestLimitIsAccepted() throws IOException {
            assertThat(run("lint", "--max-size", "2147483631", file("s.yaml", SURVEY))).isZero();
            assertThat(err()).isEmpty();
            assertThat(run("model", "--max-size=2147483000", file("s.yaml", SURVEY))).isZero();
        }

        @Test
        void syntaxErrorWithPosition() throws IOException {
            String path = file("y.yaml", "surveygen: 1\nid: s: t\n");
            assertThat(run("lint", path)).isEqualTo(1);
            assertThat(err()).startsWith(path + ":2:6: error: YAML syntax: ");
        }
    }

    /** lint runs every check of generate, with the same options and the same messages (SurveyCheck). */
    @Nested
    class LintAndGenerateAgree {

        private static final String CLASH = """
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: Q1-1, type: yes-no, label: A}
                      - {id: Q1_1, type: yes-no, label: B}
                """;

        @Test
        void javaNamesThatClashFailLintWithTheMessageGenerateGives() throws IOException {
            String path = file("clash.yaml", CLASH);
            String message = path + ":9:14: error: questions 'Q1-1' (line 8) and 'Q1_1' both become the Java name"
                    + " 'q1_1'; rename one\n";
            assertThat(run("lint", path)).isEqualTo(1);
            assertThat(err()).isEqualTo(message + "1 error, 0 warnings\n");
            err.reset();
            assertThat(run("generate", path, "--out", dir.resolve("out").toString())).isEqualTo(1);
            assertThat(err()).isEqualTo(message);
            assertThat(dir.resolve("out")).doesNotExist();
        }

        @Test
        void aLocaleTheSurveyLacksFailsLintWithTheMessageGenerateGives() throws IOException {
            String path = file("s.yaml", BILINGUAL);
            String message = path + ":1:1: error: the locale 'em' is not one of the survey's locales (ja, en)"
                    + " (did you mean 'en'?)\n";
            assertThat(run("lint", "--locale", "em", path)).isEqualTo(1);
            assertThat(err()).isEqualTo(message + "1 error, 0 warnings\n");
            err.reset();
            assertThat(run("generate", path, "--out", dir.resolve("out").toString(), "--locale", "em")).isEqualTo(1);
            assertThat(err()).isEqualTo(message);
            err.reset();
            assertThat(run("lint", "--locale", "en", path)).isZero();
        }

        @Test
        void aBadPackageOrTemplateDirectoryIsTheSameUsageErrorInLintAndGenerate() throws IOException {
            String path = file("s.yaml", BILINGUAL);
            Path templates = Files.createDirectories(dir.resolve("templates"));
            Files.writeString(templates.resolve("radio.ftlh"), "");
            String problems = "'com..x' is not a valid Java package name\n"
                    + "surveygen %s: " + templates.resolve("radio.ftlh") + ": 'radio.ftlh' overrides no built-in template"
                    + " (did you mean 'radios.ftlh'?); the templates are " + String.join(", ", FormGenerator.TEMPLATE_NAMES) + "\n";
            assertThat(run("lint", "--package", "com..x", "--templates", templates.toString(), path)).isEqualTo(2);
            assertThat(err()).isEqualTo("surveygen lint: " + problems.formatted("lint"));
            err.reset();
            assertThat(run("generate", path, "--out", dir.resolve("out").toString(), "--package", "com..x",
                    "--templates", templates.toString())).isEqualTo(2);
            assertThat(err()).isEqualTo("surveygen generate: " + problems.formatted("generate"));
        }
    }

    @Nested
    class Catalogues {

        @Test
        void aSuppliedLocaleLackingATextFailsLintAndGenerateAlikeAndGeneratesWhenComplete() throws IOException {
            String path = file("de.yaml", """
                    surveygen: 1
                    id: de
                    title: Umfrage
                    locale: de
                    sections:
                      - id: a
                        title: A
                        questions:
                          - {id: Q1, type: yes-no, label: Frage}
                    """);
            Path catalogues = Files.createDirectories(dir.resolve("texts"));
            Path german = catalogues.resolve("catalogue_de.properties");
            StringBuilder all = new StringBuilder();
            for (String key : dev.surveygen.messages.Catalogue.keySet()) {
                if (!key.equals("form.submit")) {
                    all.append(key).append("=x\n");
                }
            }
            Files.writeString(german, all.toString());
            String message = german + ":1:1: error: the catalogue has no text 'form.submit', which the survey " + path
                    + " needs in de (give it here or in the definition's messages)\n";
            assertThat(run("lint", "--catalogues", catalogues.toString(), path)).isEqualTo(1);
            assertThat(err()).isEqualTo(message + "1 error, 0 warnings\n");
            err.reset();
            assertThat(run("generate", path, "--out", dir.resolve("out").toString(), "--catalogues", catalogues.toString()))
                    .isEqualTo(1);
            assertThat(err()).isEqualTo(message);
            assertThat(dir.resolve("out")).doesNotExist();
            Files.writeString(german, all + "form.submit=Absenden\n");
            err.reset();
            assertThat(run("generate", path, "--out", dir.resolve("out").toString(), "--catalogues", catalogues.toString()))
                    .isZero();
            assertThat(dir.resolve("out/forms/de.html")).content().contains(">Absenden</button>", "<html lang=\"de\">");
            err.reset();
            assertThat(run("lint", "--catalogues", dir.resolve("nothing").toString(), path)).isEqualTo(2);
            assertThat(err()).isEqualTo("surveygen lint: " + dir.resolve("nothing") + ": the catalogue directory does not exist\n");
        }
    }

    @Nested
    class TemplateSyntax {

        @Test
        void aComponentThatDoesNotParseIsALintErrorAtItsPositionAndGenerateStopsWithIt() throws IOException {
            String path = file("s.yaml", BILINGUAL);
            Path templates = Files.createDirectories(dir.resolve("templates"));
            Files.writeString(templates.resolve("hint.ftlh"), "<#macro hint question>\n\t<#lsit question.x as y>\n</#macro>\n");
            String message = templates.resolve("hint.ftlh") + ":2:3: error: the component hint.ftlh does not parse:"
                    + " Unknown directive: #lsit. Help (latest version): http://freemarker.org/docs/ref_directive_alphaidx.html;"
                    + " you're using FreeMarker 2.3.34.\n";
            assertThat(run("lint", "--templates", templates.toString(), path)).isEqualTo(1);
            assertThat(err()).isEqualTo(message + "1 error, 0 warnings\n");
            err.reset();
            assertThat(run("generate", path, "--out", dir.resolve("out").toString(), "--templates", templates.toString()))
                    .isEqualTo(1);
            assertThat(err()).isEqualTo(message);
            assertThat(dir.resolve("out")).doesNotExist();
            // Fixed, the same component is used: lint passes and generate copies it beside the template.
            Files.writeString(templates.resolve("hint.ftlh"), "<#macro hint question><p class=\"ours\">${question.hint}</p></#macro>\n");
            err.reset();
            assertThat(run("lint", "--templates", templates.toString(), path)).isZero();
            assertThat(run("generate", path, "--out", dir.resolve("out").toString(), "--templates", templates.toString()))
                    .isZero();
            assertThat(dir.resolve("out/forms/components/hint.ftlh")).content().startsWith("<#macro hint question><p class=\"ours\">");
        }
    }

    @Test
    void lintHelpPrintsTheUsageOnStandardOutput() {
        assertThat(run("lint", "--help")).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).startsWith("Usage: surveygen lint [-hV] [--jackson] [--jakarta-validation]\n"
                + "                      [--catalogues=DIR] [--locale=LOCALE] [--max-size=CHARS]\n"
                + "                      [--package=NAME] [--templates=DIR] FILE...\n")
                .contains("  -h, --help                 Show this help message and exit.\n")
                .contains("      --max-size=CHARS       Largest definition accepted, in characters, from 1\n")
                .contains("      --locale=LOCALE        Locale of the generated form texts, one of the\n");
    }

    @Test
    void everyCommandHasHelpAndTheUsageErrorAdviceWorks() {
        for (String command : List.of("lint", "check", "model", "generate")) {
            out.reset();
            err.reset();
            assertThat(run(command, "-h")).as(command).isZero();
            assertThat(out()).as(command).startsWith("Usage: surveygen " + command + " [-hV]");
            assertThat(err()).as(command).isEmpty();
        }
        out.reset();
        assertThat(run("model")).isEqualTo(2);
        assertThat(err()).endsWith("Try 'surveygen model --help' for more information.\n");
        assertThat(run("model", "--help")).isZero();
        assertThat(out()).startsWith("Usage: surveygen model [-hV] [--locale=LOCALE] [--max-size=CHARS] SURVEY\n");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("a command is required: lint, check, model or generate");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    @Nested
    class Check {

        @Test
        void validResponsePrintsAnEmptyArray() throws IOException {
            assertThat(run("check", file("s.yaml", SURVEY), file("r.json", "{\"A\": true, \"B\": 3}"))).isZero();
            assertThat(out()).isEqualTo("[]\n");
            assertThat(err()).isEmpty();
        }

        @Test
        void invalidResponsePrintsEachViolationOnALine() throws IOException {
            String response = file("r.json", """
                    {"A": false, "B": 3, "C": "x", "C-other": "y", "zz": 1}
                    """);
            assertThat(run("check", file("s.yaml", SURVEY), response)).isEqualTo(1);
            assertThat(out()).isEqualTo("""
                    [
                      {"question":"B","code":"not-applicable","message":"この質問は回答の対象外です。回答を削除してください。"},
                      {"question":"C-other","code":"not-applicable","message":"この質問は回答の対象外です。回答を削除してください。"},
                      {"question":"zz","code":"unknown-question","message":"この調査票にない質問です。"}
                    ]
                    """);
            assertThat(err()).isEmpty();
        }

        @Test
        void aLoneSurrogateInAKeyIsCarriedExactlyAsAJsonEscape() throws IOException {
            // Written as UTF-8 it would become '?', naming a key the response does not have.
            assertThat(run("check", file("s.yaml", SURVEY), file("r.json", "{\"A\": true, \"B\": 3, \"x\\uD800\": 1}")))
                    .isEqualTo(1);
            assertThat(out()).isEqualTo("""
                    [
                      {"question":"x\\ud800","code":"unknown-question","message":"この調査票にない質問です。"}
                    ]
                    """);
        }

        @Test
        void rangeMessageAndRequired() throws IOException {
            assertThat(run("check", file("s.yaml", SURVEY), file("r.json", "{\"A\": true, \"B\": 10}"))).isEqualTo(1);
            assertThat(out()).isEqualTo("""
                    [
                      {"question":"B","code":"range","message":"1以上9以下で入力してください。"}
                    ]
                    """);
        }

        @Test
        void localeEnglish() throws IOException {
            assertThat(run("check", "--locale", "en", file("s.yaml", BILINGUAL), file("r.json", "{}"))).isEqualTo(1);
            assertThat(out()).isEqualTo("""
                    [
                      {"question":"A","code":"required","message":"Select an answer."}
                    ]
                    """);
        }

        @Test
        void localeTheSurveyDoesNotHaveExitsTwo() throws IOException {
            assertThat(run("check", "--locale", "fr", file("s.yaml", BILINGUAL), file("r.json", "{}"))).isEqualTo(2);
            assertThat(err()).isEqualTo("surveygen check: the locale 'fr' is not one of the survey's locales (ja, en)\n");
            assertThat(out()).isEmpty();
        }

        @Test
        void nonObjectJsonExitsTwo() throws IOException {
            String response = file("r.json", "[true]");
            assertThat(run("check", file("s.yaml", SURVEY), response)).isEqualTo(2);
            assertThat(err()).isEqualTo(response + ":1:1: error: a response is a JSON object from question id to answer\n");
            assertThat(out()).isEmpty();
        }

        @Test
        void malformedJsonExitsTwoWithItsPosition() throws IOException {
            String response = file("r.json", "{\n  \"A\": true,\n  \"A\": false\n}");
            assertThat(run("check", file("s.yaml", SURVEY), response)).isEqualTo(2);
            assertThat(err()).isEqualTo(response + ":3:3: error: duplicate key \"A\"\n");
            assertThat(out()).isEmpty();
        }

        @Test
        void invalidUtf8ResponseExitsTwo() throws IOException {
            Path response = dir.resolve("r.json");
            Files.write(response, new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'});
            assertThat(run("check", file("s.yaml", SURVEY), response.toString())).isEqualTo(2);
            assertThat(err()).isEqualTo(response + ": error: the response is not valid UTF-8\n");
        }

        @Test
        void aResponseOverTheSizeLimitIsRefusedBeforeItIsParsed() throws IOException {
            String response = file("r.json", "{\"A\": true, \"B\": 3}");
            assertThat(run("check", "--max-response-size", "18", file("s.yaml", SURVEY), response)).isEqualTo(2);
            assertThat(err()).isEqualTo(response + ": error: cannot read the file: it has 19 bytes, more than the"
                    + " limit of 18 bytes for a response (--max-response-size)\n");
        }

        @Test
        void aResponseLimitOfZeroIsAUsageError() throws IOException {
            assertThat(run("check", "--max-response-size", "0", file("s.yaml", SURVEY), "-")).isEqualTo(2);
            assertThat(err()).startsWith("surveygen: Invalid value for option '--max-response-size': 0 is not from 1 to"
                    + " 2147483639");
        }

        @Test
        void missingResponseExitsTwo() throws IOException {
            String response = dir.resolve("none.json").toString();
            assertThat(run("check", file("s.yaml", SURVEY), response)).isEqualTo(2);
            assertThat(err()).isEqualTo(response + ": error: cannot read the file: no such file\n");
        }

        @Test
        void badDefinitionExitsTwo() throws IOException {
            String survey = file("b.yaml", BROKEN);
            assertThat(run("check", survey, file("r.json", "{}"))).isEqualTo(2);
            assertThat(err()).startsWith(survey + ":9:15: error: unknown question type 'yesno'");
            assertThat(out()).isEmpty();
        }

        @Test
        void missingArgumentIsAUsageError() throws IOException {
            assertThat(run("check", file("s.yaml", SURVEY))).isEqualTo(2);
            assertThat(err()).startsWith("surveygen: Missing required parameter: 'RESPONSE'");
        }
    }

    @Nested
    class Model {

        @Test
        void printsTheCheckedModelInDefinitionOrder() throws Exception {
            assertThat(run("model", file("s.yaml", SURVEY))).isZero();
            assertThat(err()).isEmpty();
            Map<?, ?> model = (Map<?, ?>) JsonText.read(out());
            assertThat(model.get("format")).isEqualTo(java.math.BigDecimal.valueOf(2));
            assertThat(model.get("id")).isEqualTo("s");
            assertThat(model.get("title")).isEqualTo(Map.of("ja", "T"));
            List<?> sections = (List<?>) model.get("sections");
            assertThat(sections).hasSize(1);
            assertThat(((Map<?, ?>) sections.get(0)).get("id")).isEqualTo("a");
            assertThat(((Map<?, ?>) sections.get(0)).get("title")).isEqualTo(Map.of("ja", "A"));
            List<?> questions = (List<?>) model.get("questions");
            assertThat(questions.stream().map(q -> (Object) ((Map<?, ?>) q).get("id")).toList()).containsExactly("A", "B", "C", "C-other");
            Map<?, ?> b = (Map<?, ?>) questions.get(1);
            assertThat(b.get("javaName")).isEqualTo("b");
            assertThat(model.get("javaName")).isEqualTo("S");
            assertThat(b.get("section")).isEqualTo("a");
            assertThat(b.get("type")).isEqualTo("integer");
            assertThat(b.get("label")).isEqualTo(Map.of("ja", "B?"));
            assertThat(b.get("required")).isEqualTo(true);
            assertThat(b.get("condition")).as("as written, spaces included").isEqualTo("${A}  =  yes");
            assertThat(b.get("position")).isEqualTo(Map.of("line", java.math.BigDecimal.valueOf(11), "column", java.math.BigDecimal.valueOf(13)));
            Map<?, ?> rules = (Map<?, ?>) b.get("rules");
            assertThat(rules.get("when")).isEqualTo(Map.of("q", "A", "op", "=", "yes", true));
            assertThat(rules.get("min")).isEqualTo("1");
            assertThat(rules.get("max")).isEqualTo("9");
            assertThat(List.copyOf(((Map<?, ?>) rules.get("messages")).keySet())).isEqualTo(List.of("not-applicable", "type",
                    "required", "range"));
            Map<?, ?> a = (Map<?, ?>) questions.get(0);
            assertThat(a.containsKey("condition")).isTrue();
            assertThat(a.get("condition")).isNull();
            Map<?, ?> c = (Map<?, ?>) questions.get(2);
            assertThat(c.get("required")).isEqualTo(false);
            assertThat(c.get("choices")).isEqualTo(List.of(
                    Map.of("code", "x", "javaName", "X", "label", Map.of("ja", "X"), "position", Map.of("line", java.math.BigDecimal.valueOf(22), "column", java.math.BigDecimal.valueOf(19))),
                    Map.of("code", "other", "javaName", "OTHER", "label", Map.of("ja", "Other"), "other", true,
                            "position", Map.of("line", java.math.BigDecimal.valueOf(24), "column", java.math.BigDecimal.valueOf(19)))));
            Map<?, ?> other = (Map<?, ?>) questions.get(3);
            assertThat(other.get("otherFor")).isEqualTo("C");
            assertThat(other.get("condition")).isEqualTo("${C} = 'other'");
        }

        @Test
        void everyLocaleByDefaultAndOneOnRequest() throws Exception {
            assertThat(run("model", file("s.yaml", BILINGUAL))).isZero();
            Map<?, ?> model = (Map<?, ?>) JsonText.read(out());
            assertThat(model.get("title")).isEqualTo(Map.of("ja", "調査", "en", "Survey"));
            out.reset();
            assertThat(run("model", "--locale", "en", file("s.yaml", BILINGUAL))).isZero();
            assertThat(out()).contains("""
                      "questions": [
                        {
                          "id": "A",
                          "javaName": "a",
                          "section": "a",
                          "type": "yes-no",
                          "label": {
                            "en": "Yes or no"
                          },
                          "required": true,
                          "condition": null,
                          "position": {
                            "line": 9,
                            "column": 13
                          },
                          "rules": {
                            "id": "A",
                            "type": "yes-no",
                            "required": true,
                            "when": null,
                            "messages": {
                              "not-applicable": {
                                "en": "This question does not apply to your earlier answers; remove the answer."
                              },
                              "type": {
                                "en": "Select yes or no."
                              },
                              "required": {
                                "en": "Select an answer."
                              }
                            }
                          }
                        }
                      ],
                    """);
            model = (Map<?, ?>) JsonText.read(out());
            assertThat(model.get("locales")).isEqualTo(List.of("en"));
            assertThat(model.get("title")).isEqualTo(Map.of("en", "Survey"));
        }

        @Test
        void brokenDefinitionExitsOne() throws IOException {
            assertThat(run("model", file("b.yaml", BROKEN))).isEqualTo(1);
            assertThat(out()).isEmpty();
        }

        @Test
        void missingDefinitionExitsTwo() {
            assertThat(run("model", dir.resolve("none.yaml").toString())).isEqualTo(2);
        }
    }

    @Nested
    class Generate {

        @Test
        void aDeclaredLocaleGeneratesAndAnUndeclaredOneIsAnError() throws IOException {
            String path = file("s.yaml", BILINGUAL);
            String outDir = dir.resolve("out").toString();
            assertThat(run("generate", path, "--out", outDir, "--locale", "en")).isZero();
            assertThat(err()).startsWith("surveygen: ").contains(" written, 0 unchanged, 0 removed under ");

            err.reset();
            assertThat(run("generate", path, "--out", outDir, "--locale", "fr")).isEqualTo(1);
            assertThat(err()).isEqualTo(path + ":1:1: error: the locale 'fr' is not one of the survey's locales (ja, en)\n");
        }

        @Test
        void packagesOfTheJavaPlatformAreRefusedBeforeAnythingIsGenerated() throws IOException {
            // java.lang compiled to nothing usable ("package exists in another module"), after a successful generate.
            String path = file("s.yaml", BILINGUAL);
            String outDir = dir.resolve("out").toString();
            assertThat(run("generate", path, "--out", outDir, "--package", "java.lang")).isEqualTo(2);
            assertThat(run("generate", path, "--out", outDir, "--package", "javax.surveys")).isEqualTo(2);
            assertThat(run("generate", path, "--out", outDir, "--package", "org.w3c.dom")).isEqualTo(2);
            assertThat(run("generate", path, "--out", outDir, "--package", "com..x")).isEqualTo(2);
            assertThat(err()).isEqualTo("""
                    surveygen generate: the package 'java.lang' belongs to the Java platform (the java and javax \
                    packages are reserved); choose a package of your own, such as com.example.surveys
                    surveygen generate: the package 'javax.surveys' belongs to the Java platform (the java and javax \
                    packages are reserved); choose a package of your own, such as com.example.surveys
                    surveygen generate: the package 'org.w3c.dom' belongs to the Java platform (module java.xml); \
                    choose a package of your own, such as com.example.surveys
                    surveygen generate: 'com..x' is not a valid Java package name
                    """);
            assertThat(dir.resolve("out")).doesNotExist();
        }

        @Test
        void aFailedGenerateWritesNothing() throws IOException {
            // The probe: DIR/forms was a file; the run exited 2 after writing 14 files into DIR/java.
            String path = file("s.yaml", BILINGUAL);
            Path out = java.nio.file.Files.createDirectories(dir.resolve("out"));
            java.nio.file.Files.writeString(out.resolve("forms"), "not a directory");
            assertThat(run("generate", path, "--out", out.toString())).isEqualTo(2);
            assertThat(err()).isEqualTo(out + ": error: cannot write the output: " + out.resolve("forms")
                    + " exists and is not a directory\n");
            try (var entries = java.nio.file.Files.list(out)) {
                assertThat(entries).containsExactly(out.resolve("forms"));
            }
        }

        @Test
        void aMisnamedTemplateOverrideIsAUsageErrorWithASuggestion() throws IOException {
            String path = file("s.yaml", BILINGUAL);
            java.nio.file.Path templates = java.nio.file.Files.createDirectories(dir.resolve("templates"));
            java.nio.file.Files.writeString(templates.resolve("surveygen-from.css"), "body {}");
            assertThat(run("generate", path, "--out", dir.resolve("out").toString(), "--templates", templates.toString()))
                    .isEqualTo(2);
            assertThat(err()).contains("'surveygen-from.css' overrides no built-in template (did you mean"
                    + " 'surveygen-form.css'?)");
            assertThat(dir.resolve("out")).doesNotExist();
        }
    }
}
