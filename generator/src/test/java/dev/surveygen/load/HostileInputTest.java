package dev.surveygen.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.model.Choice;
import dev.surveygen.model.Question;
import dev.surveygen.model.Survey;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The hostile inputs of the generator checklist: each must end in a clear diagnostic with a
 * position, never an exception. Positions are counted by hand.
 */
class HostileInputTest {

    private static final String VALID_REST = """
            title: T
            sections:
              - id: a
                title: A
                questions:
                  - id: Q1
                    type: yes-no
                    label: L1
            """;

    private static SurveyLoader.Result load(byte[] bytes) {
        return new SurveyLoader().load("t.yaml", bytes);
    }

    private static void assertDiagnostics(String yaml, String... expected) {
        assertDiagnostics(yaml.getBytes(UTF_8), expected);
    }

    private static void assertDiagnostics(byte[] bytes, String... expected) {
        SurveyLoader.Result result = load(bytes);
        assertThat(result.diagnostics()).map(Diagnostic::toString).containsExactly(expected);
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void billionLaughsIsStoppedAtTheFirstAliasOfAList() {
        assertDiagnostics("""
                surveygen: 1
                id: s
                title: T
                a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
                g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
                h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
                i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
                """,
                "t.yaml:5:8: error: aliases of lists and mappings are not allowed (use choice-lists to share choices)");
    }

    @Test
    void sixtyDeepNestingIsStoppedAtTheFirstListBeyondTheLimit() {
        // The root mapping is level 1, so the 20th '[' (column 24) is level 21.
        assertDiagnostics("surveygen: 1\nid: " + "[".repeat(60) + "]".repeat(60) + "\n",
                "t.yaml:2:24: error: the file nests lists and mappings more than 20 levels deep");
    }

    @Test
    void hundredThousandUnclosedBracketsAreStoppedAtTheNestingLimit() {
        assertDiagnostics("surveygen: 1\nid: " + "[".repeat(100_000) + "\n",
                "t.yaml:2:24: error: the file nests lists and mappings more than 20 levels deep");
    }

    /** Block lists nested {@code lists} deep under 'id' (line 3 onwards, one '-' per line, 2 more spaces each). */
    private static String blockLists(int lists) {
        StringBuilder yaml = new StringBuilder("surveygen: 1\nid:\n");
        for (int i = 1; i <= lists; i++) {
            yaml.append("  ".repeat(i)).append(i == lists ? "- x\n" : "-\n");
        }
        return yaml.toString();
    }

    @Test
    void blockAndFlowStyleHaveTheSameLimitOf20LevelsCountingTheRootMapping() {
        // 19 lists under the root mapping are 20 levels: only the usual errors of a bad survey.
        assertDiagnostics(blockLists(19), "t.yaml:1:1: error: the survey needs a 'title'",
                "t.yaml:1:1: error: missing 'sections': a survey needs at least one section of questions",
                "t.yaml:3:3: error: 'id' must be a single value, not a list");
        assertDiagnostics("surveygen: 1\nid: " + "[".repeat(19) + "x" + "]".repeat(19) + "\n",
                "t.yaml:1:1: error: the survey needs a 'title'",
                "t.yaml:1:1: error: missing 'sections': a survey needs at least one section of questions",
                "t.yaml:2:5: error: 'id' must be a single value, not a list");
        // The 20th list is level 21: its first '-' is on line 22 after 2 * 20 spaces.
        assertDiagnostics(blockLists(20), "t.yaml:22:41: error: the file nests lists and mappings more than 20 levels deep");
        assertDiagnostics("surveygen: 1\nid: " + "[".repeat(20) + "x" + "]".repeat(20) + "\n",
                "t.yaml:2:24: error: the file nests lists and mappings more than 20 levels deep");
        // Block mappings: k1 is in the root mapping, k2 in level 2 ... k21 in level 21, which starts at k21.
        StringBuilder mappings = new StringBuilder("surveygen: 1\n");
        for (int i = 1; i <= 21; i++) {
            mappings.append(" ".repeat(i - 1)).append('k').append(i).append(i == 21 ? ": x\n" : ":\n");
        }
        assertDiagnostics(mappings.toString(), "t.yaml:22:21: error: the file nests lists and mappings more than 20"
                + " levels deep");
    }

    @Test
    void inputOverTheSizeLimit() {
        String yaml = "# " + "x".repeat(8 * 1024 * 1024) + "\n";
        assertDiagnostics(yaml,
                "t.yaml:1:1: error: the file has 8388611 characters, more than the limit of 8388608");
    }

    @Test
    void sizeLimitCountsCodePointsNotBytes() {
        // 1000 three-byte characters: 3000 bytes, but 1000 + "# " + "\n" = 1003 characters.
        String yaml = "# " + "あ".repeat(1000) + "\n";
        SurveyLoader.Result result = new SurveyLoader(LoaderLimits.DEFAULT.withMaxCodePoints(1002))
                .load("t.yaml", yaml.getBytes(UTF_8));
        assertThat(result.diagnostics()).map(Diagnostic::toString)
                .containsExactly("t.yaml:1:1: error: the file has 1003 characters, more than the limit of 1002");
        SurveyLoader.Result fits = new SurveyLoader(LoaderLimits.DEFAULT.withMaxCodePoints(1003))
                .load("t.yaml", yaml.getBytes(UTF_8));
        assertThat(fits.diagnostics()).map(Diagnostic::toString)
                .containsExactly("t.yaml:1:1: error: the file is empty; a survey definition starts with 'surveygen: 1'");
    }

    @Test
    void selfReferencingAlias() {
        assertDiagnostics("""
                surveygen: 1
                id: s
                title: T
                a: &a [x, *a]
                """,
                "t.yaml:4:11: error: aliases of lists and mappings are not allowed (use choice-lists to share choices)");
    }

    @Test
    void recursiveKey() {
        assertDiagnostics("""
                surveygen: 1
                id: s
                ? &k [*k]
                : v
                """,
                "t.yaml:3:7: error: aliases of lists and mappings are not allowed (use choice-lists to share choices)");
    }

    @Test
    void aliasOfAPlainValueIsAllowed() {
        SurveyLoader.Result result = load(("""
                surveygen: 1
                id: &name s
                title: *name
                """ + VALID_REST.substring(VALID_REST.indexOf('\n') + 1)).getBytes(UTF_8));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.survey().orElseThrow().title().in("ja", "ja")).isEqualTo("s");
    }

    @Test
    void moreThanAHundredAliasesOfValuesAreStoppedAtTheFirstOneTooMany() {
        // "x: [" takes columns 1-4; each "*v, " four more, so the 101st alias is at column 5 + 400.
        assertDiagnostics("surveygen: 1\nid: &v s\nx: [" + "*v, ".repeat(149) + "*v]\n" + VALID_REST,
                "t.yaml:3:405: error: the file uses more than 100 aliases (*name); write the value out instead");
    }

    @Test
    void aHundredAliasesOfValuesAreAllowed() {
        assertDiagnostics("surveygen: 1\nid: &v s\nx: [" + "*v, ".repeat(99) + "*v]\n" + VALID_REST,
                "t.yaml:3:1: error: unknown key 'x' in the survey");
    }

    @Test
    void duplicateKey() {
        assertDiagnostics("""
                surveygen: 1
                id: s
                id: t
                """ + VALID_REST,
                "t.yaml:3:1: error: duplicate key 'id' in the survey (first at 2:1)");
    }

    @Test
    void javaClassTag() {
        assertDiagnostics("""
                surveygen: 1
                id: s
                title: !!java.io.File /etc/passwd
                sections:
                  - id: a
                    title: A
                    questions:
                      - id: Q1
                        type: yes-no
                        label: L1
                """,
                "t.yaml:3:8: error: YAML tags such as 'tag:yaml.org,2002:java.io.File' are not allowed");
    }

    @Test
    void verbatimStandardTag() {
        assertDiagnostics("""
                surveygen: 1
                id: s
                title: !<tag:yaml.org,2002:int> 5
                sections:
                  - id: a
                    title: A
                    questions:
                      - id: Q1
                        type: yes-no
                        label: L1
                """,
                "t.yaml:3:8: error: YAML tags such as 'tag:yaml.org,2002:int' are not allowed");
    }

    @Test
    void localTag() {
        assertDiagnostics("""
                surveygen: 1
                id: s
                title: !foo T
                sections:
                  - id: a
                    title: A
                    questions:
                      - id: Q1
                        type: yes-no
                        label: L1
                """,
                "t.yaml:3:8: error: YAML tags such as '!foo' are not allowed");
    }

    @Test
    void globalTag() {
        assertDiagnostics("""
                surveygen: 1
                id: s
                title: !<tag:example.com,2024:evil> T
                """ + VALID_REST.substring(VALID_REST.indexOf('\n') + 1),
                "t.yaml:3:8: error: YAML tags such as 'tag:example.com,2024:evil' are not allowed");
    }

    @Test
    void twoDocuments() {
        assertDiagnostics("""
                surveygen: 1
                id: s
                ---
                surveygen: 1
                """,
                "t.yaml:3:1: error: a definition holds one YAML document; remove the second document (after '---')");
    }

    @Test
    void secondDocumentAfterAnExplicitFirstOneIsReportedAtItsDashes() {
        assertDiagnostics("""
                ---
                surveygen: 1
                id: s
                # a comment

                ---   # second
                surveygen: 1
                """,
                "t.yaml:6:1: error: a definition holds one YAML document; remove the second document (after '---')");
    }

    @Test
    void tabIndentation() {
        SurveyLoader.Result result = load("surveygen: 1\nid: s\ntitle: T\nsections:\n\t- id: a\n".getBytes(UTF_8));
        assertThat(result.diagnostics()).hasSize(1);
        Diagnostic diagnostic = result.diagnostics().get(0);
        assertThat(diagnostic.toString()).startsWith("t.yaml:5:1: error: YAML syntax: ");
        assertThat(diagnostic.message()).contains("\\t").doesNotContain("\t").doesNotContain("\n");
    }

    @Test
    void invalidUtf8PointsAtTheBadByte() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("surveygen: 1\nid: s".getBytes(UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("\n".getBytes(UTF_8));
        assertDiagnostics(bytes.toByteArray(),
                "t.yaml:2:6: error: the file is not valid UTF-8 (byte 0xFF at offset 18); save it as UTF-8");
    }

    @Test
    void invalidUtf8AfterJapaneseTextCountsColumnsInCharacters() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("title: 調査".getBytes(UTF_8));
        bytes.write(0xC3); // a lead byte followed by a non-continuation byte
        bytes.writeBytes("x\n".getBytes(UTF_8));
        assertDiagnostics(bytes.toByteArray(),
                "t.yaml:1:10: error: the file is not valid UTF-8 (byte 0xC3 at offset 13); save it as UTF-8");
    }

    @Test
    void anEncodedSurrogateIsNoUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id: s".getBytes(UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // U+D800 as if it were a character
        bytes.writeBytes("\n".getBytes(UTF_8));
        assertDiagnostics(bytes.toByteArray(),
                "t.yaml:1:6: error: the file is not valid UTF-8 (byte 0xED at offset 5); save it as UTF-8");
    }

    @Test
    void theReplacementCharacterWrittenAsItselfIsText() {
        // U+FFFD is what a lax decoding puts for a bad byte; written in the file, it is a character like any other.
        SurveyLoader.Result result = load(("surveygen: 1\nid: s\ntitle: \uFFFD\nsections:\n  - id: a\n    title: A\n"
                + "    questions:\n      - id: q\n        type: yes-no\n        label: L\n").getBytes(UTF_8));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.survey().orElseThrow().title().in("ja", "ja")).isEqualTo("\uFFFD");
    }

    @Test
    void emptyFile() {
        assertDiagnostics("", "t.yaml:1:1: error: the file is empty; a survey definition starts with 'surveygen: 1'");
    }

    @Test
    void fileWithOnlyComments() {
        assertDiagnostics("# nothing here\n\n",
                "t.yaml:1:1: error: the file is empty; a survey definition starts with 'surveygen: 1'");
    }

    @Test
    void fileThatIsAList() {
        assertDiagnostics("- surveygen: 1\n- id: s\n",
                "t.yaml:1:1: error: the survey must be a mapping of keys to values, not a list");
    }

    @Test
    void fileThatIsASingleValue() {
        assertDiagnostics("just text\n",
                "t.yaml:1:1: error: the survey must be a mapping of keys to values, not a single value");
    }

    @Test
    void yaml11ScalarsAreKeptAsWritten() {
        SurveyLoader.Result result = load("""
                surveygen: 1
                id: s
                title: T
                version: 1.0
                sections:
                  - id: a
                    title: ~
                    questions:
                      - id: Q1
                        type: single-choice
                        label: 012
                        choices:
                          - code: no
                            label: no
                          - code: yes
                            label: yes
                          - code: on
                            label: on
                          - code: 012
                            label: 1.0
                          - code: 2024-01-01
                            label: ~
                          - code: off
                            label: 2024-01-01
                      - id: Q2
                        type: yes-no
                        label: L2
                        when: ${Q1} = 'no'
                """.getBytes(UTF_8));
        assertThat(result.diagnostics()).isEmpty();
        Survey survey = result.survey().orElseThrow();
        assertThat(survey.version()).contains("1.0");
        assertThat(survey.sections().get(0).title().in("ja", "ja")).isEqualTo("~");
        Question q1 = survey.question("Q1").orElseThrow();
        assertThat(q1.label().in("ja", "ja")).isEqualTo("012");
        assertThat(q1.choices().orElseThrow().choices()).extracting(Choice::code)
                .containsExactly("no", "yes", "on", "012", "2024-01-01", "off");
        assertThat(q1.choices().orElseThrow().choices()).extracting(c -> c.label().in("ja", "ja"))
                .containsExactly("no", "yes", "on", "1.0", "~", "2024-01-01");
    }

    @Test
    void emptyValueIsEmptyTextNotNull() {
        assertDiagnostics("""
                surveygen: 1
                id: s
                title:
                sections:
                  - id: a
                    title: A
                    questions:
                      - id: Q1
                        type: yes-no
                        label: L1
                """,
                "t.yaml:3:7: error: 'title' is empty");
    }

    private static String withCondition(String when) {
        return """
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - id: Q1
                        type: yes-no
                        label: L1
                      - id: Q2
                        type: yes-no
                        label: L2
                """ + "        when: " + when + "\n";
    }

    @Test
    void thousandsOfNestedParenthesesOrNotsAreADiagnosticNotAStackOverflow() {
        assertDiagnostics(withCondition("(".repeat(20_000) + "${Q1} = yes" + ")".repeat(20_000)),
                "t.yaml:14:79: error: in condition: the condition nests 'not' and parentheses more than 64 levels"
                        + " deep (this '(' is level 65); simplify it");
        assertDiagnostics(withCondition("not ".repeat(50_000) + "${Q1} = yes"),
                "t.yaml:14:271: error: in condition: the condition nests 'not' and parentheses more than 64 levels"
                        + " deep (this 'not' is level 65); simplify it");
    }

    @Test
    void thousandsOfOperandsAreCheckedWithoutDeepRecursion() {
        String yes = String.join(" and ", java.util.Collections.nCopies(5000, "${Q1} = yes"));
        assertThat(load(withCondition(yes).getBytes(UTF_8)).diagnostics()).isEmpty();
        String never = String.join(" and ", java.util.Collections.nCopies(5000, "${Q1} = yes")) + " and ${Q1} = no";
        assertThat(load(withCondition(never).getBytes(UTF_8)).diagnostics()).map(Diagnostic::toString)
                .containsExactly("t.yaml:11:13: warning: required question 'Q2' can never be enabled: no answers make"
                        + " its condition hold");
        String deepAndWide = String.join(" or ", java.util.Collections.nCopies(300,
                "(".repeat(64) + "${Q1} = yes" + ")".repeat(64)));
        assertThat(load(withCondition(deepAndWide).getBytes(UTF_8)).diagnostics()).isEmpty();
    }

    @Test
    void keysWrittenWithNoValueAreReportedOneByOne() {
        assertDiagnostics("""
                surveygen: 1
                id: s
                title: T
                locales:
                choice-lists:
                sections:
                  - id: a
                    title: A
                    when:
                    questions:
                      - id: Q1
                        type: yes-no
                        label:
                        lable:
                        hint: {ja: }
                        required:
                      - id:
                        type:
                        label: x
                      - id: Q3
                        type: text
                        label: L
                        pattern:
                        min-length:
                        references:
                          - title:
                            url:
                      - id: Q4
                        type: single-choice
                        label: L
                        choices:
                      - id: Q5
                        type: multiple-choice
                        label: L
                        choices:
                          - code:
                            label:
                        min-selections:
                      - id: Q6
                        type: date
                        label: L
                        min:
                """,
                "t.yaml:4:9: error: 'locales' must be a list (lines starting with '- '), not a single value",
                "t.yaml:5:14: error: choice-lists must be a mapping of keys to values, not a single value",
                "t.yaml:9:10: error: in condition: empty condition",
                "t.yaml:13:15: error: 'label' is empty",
                "t.yaml:14:9: error: unknown key 'lable' in a question (did you mean 'label'?)",
                "t.yaml:15:15: error: 'hint' is empty",
                "t.yaml:16:18: error: 'required' must be true or false, not ''",
                "t.yaml:17:12: error: question id is empty",
                "t.yaml:18:14: error: unknown question type ''; types are yes-no, text, long-text, single-choice,"
                        + " multiple-choice, integer, decimal, date, note",
                "t.yaml:23:17: error: pattern is empty",
                "t.yaml:24:20: error: 'min-length' must be a whole number of 0 or more, not ''",
                "t.yaml:26:19: error: 'title' is empty",
                "t.yaml:27:17: error: url must be an http:// or https:// address, not ''",
                "t.yaml:31:17: error: unknown choice list ''",
                "t.yaml:36:18: error: choice code is empty",
                "t.yaml:37:19: error: 'label' is empty",
                "t.yaml:38:24: error: 'min-selections' must be a whole number of 0 or more, not ''",
                "t.yaml:42:13: error: 'min' must be a date written yyyy-MM-dd, not ''");
    }

    @Test
    void nulCharacterIsReportedWhereItStands() {
        assertDiagnostics("surveygen: 1\nid: s\u0000\n",
                "t.yaml:2:6: error: the file contains the control character U+0000, which YAML does not allow; remove it");
    }

    @Test
    void controlCharacterAfterCrLfLinesAndJapaneseText() {
        assertDiagnostics("surveygen: 1\r\ntitle: 調査\u0007\r\n",
                "t.yaml:2:10: error: the file contains the control character U+0007, which YAML does not allow; remove it");
    }

    @Test
    void tagsThatSnakeYamlCannotEvenRepresentAreErrorsNotCrashes() {
        // Found by fuzzing: SnakeYAML's Tag constructor throws IllegalArgumentException on these.
        assertDiagnostics("!%2", "t.yaml:1:1: error: YAML tags such as '!\\u0002' are not allowed");
        assertDiagnostics("!!%D", "t.yaml:1:1: error: YAML tags such as 'tag:yaml.org,2002:\\r' are not allowed");
    }
}
