package dev.surveygen.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each case is a definition and the exact diagnostics it must produce, in the spirit of pyxform's
 * tests. Every expected line and column was counted by hand in the YAML (1-based, in code
 * points), not copied from the loader's output.
 *
 * <p>Most cases share the first seven lines:
 *
 * <pre>
 * 1 surveygen: 1
 * 2 id: s
 * 3 title: T
 * 4 sections:
 * 5   - id: a
 * 6     title: A
 * 7     questions:
 * </pre>
 *
 * so a question starts on line 8 with its id value at column 13, and its keys stand at column 9;
 * a value after {@code when: } starts at column 15.
 */
class DefinitionDiagnosticsTest {

    private static void assertDiagnostics(String yaml, String... expected) {
        SurveyLoader.Result result = new SurveyLoader().load("t.yaml", yaml.getBytes(UTF_8));
        assertThat(result.diagnostics()).map(Diagnostic::toString).containsExactly(expected);
        boolean anyError = result.diagnostics().stream().anyMatch(Diagnostic::isError);
        assertThat(result.hasErrors()).as("the survey is withheld exactly when there are errors").isEqualTo(anyError);
    }

    @Nested
    class Yaml {

        @Test
        void syntaxErrorAtTheOffendingColon() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s: t
                    """,
                    "t.yaml:2:6: error: YAML syntax: mapping values are not allowed here");
        }
    }

    @Nested
    class Keys {

        @Test
        void unknownQuestionKeySuggestsTheNearestKey() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: yes-no
                            lable: L1
                    """,
                    "t.yaml:8:9: error: a question needs a 'label'",
                    "t.yaml:10:9: error: unknown key 'lable' in a question (did you mean 'label'?)");
        }

        @Test
        void unknownRootKeySuggestsTheNearestKey() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    titel: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: yes-no
                            label: L1
                    """,
                    "t.yaml:1:1: error: the survey needs a 'title'",
                    "t.yaml:3:1: error: unknown key 'titel' in the survey (did you mean 'title'?)");
        }

        @Test
        void unknownKeyWithNothingCloseHasNoSuggestion() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    colour: red
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: yes-no
                            label: L1
                    """,
                    "t.yaml:4:1: error: unknown key 'colour' in the survey");
        }
    }

    @Nested
    class ValueKinds {

        @Test
        void listWhereTextIsExpectedAndTextWhereListIsExpected() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: [T]
                    sections:
                      - id: a
                        title: A
                        questions: Q1
                    """,
                    "t.yaml:3:8: error: 'title' must be text (or a mapping from locale to text), not a list",
                    "t.yaml:7:16: error: 'questions' must be a list (lines starting with '- '), not a single value");
        }

        @Test
        void typeMustBeASingleValue() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: [yes-no]
                            label: L1
                    """,
                    "t.yaml:9:15: error: 'type' must be a single value, not a list");
        }

        @Test
        void requiredMustBeTrueOrFalseNotYes() {
            assertDiagnostics("""
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
                            required: yes
                    """,
                    "t.yaml:11:19: error: 'required' must be true or false, not 'yes'");
        }

        @Test
        void emptyLabelIsReported() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: yes-no
                            label: "  "
                    """,
                    "t.yaml:10:16: error: 'label' is empty");
        }
    }

    @Nested
    class Ids {

        @Test
        void otherChoiceCodeWithAQuoteIsAnErrorNotACrash() {
            // The derived condition ${C} = 'x'y' must not be parsed before the code is known to be valid.
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: C
                            type: single-choice
                            label: C
                            choices:
                              - code: x'y
                                label: X
                                other: true
                          - id: C-other
                            type: text
                            label: T
                            other-for: C
                    """,
                    "t.yaml:12:19: error: choice code 'x'y' may contain only letters A-Z, digits, '-' and '_' (at most 64)");
        }

        @Test
        void idWithASpace() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q 1
                            type: yes-no
                            label: L1
                    """,
                    "t.yaml:8:13: error: question id 'Q 1' must start with a letter and may contain only letters A-Z,"
                            + " digits, '-' and '_' (at most 64)");
        }

        @Test
        void multiLineIdIsQuotedOnOneLine() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: |
                              Q
                              1
                            type: yes-no
                            label: L1
                    """,
                    "t.yaml:8:13: error: question id 'Q\\n1\\n' must start with a letter and may contain only letters"
                            + " A-Z, digits, '-' and '_' (at most 64)");
        }

        @Test
        void fullWidthIdSuggestsItsAsciiForm() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Ｑ１
                            type: yes-no
                            label: L1
                    """,
                    "t.yaml:8:13: error: question id 'Ｑ１' must start with a letter and may contain only letters A-Z,"
                            + " digits, '-' and '_' (at most 64) (did you mean 'Q1'?)");
        }

        @Test
        void duplicateQuestionIdPointsAtTheSecondAndNamesTheFirst() {
            assertDiagnostics("""
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
                          - id: Q1
                            type: yes-no
                            label: L2
                    """,
                    "t.yaml:11:13: error: duplicate question id 'Q1' (first at 8:13)");
        }

        @Test
        void questionIdsThatDifferOnlyInCase() {
            assertDiagnostics("""
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
                          - id: q1
                            type: yes-no
                            label: L2
                    """,
                    "t.yaml:11:13: error: question id 'q1' differs from 'Q1' (8:13) only in letter case");
        }

        @Test
        void duplicateSectionIdPointsAtTheSecondId() {
            assertDiagnostics("""
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
                      - id: a
                        title: B
                        questions:
                          - id: Q2
                            type: yes-no
                            label: L2
                    """,
                    "t.yaml:11:9: error: duplicate section id 'a' (first at 5:9)");
        }

        @Test
        void sectionIdsThatDifferOnlyInCase() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: Intro
                        title: A
                        questions:
                          - id: Q1
                            type: yes-no
                            label: L1
                      - id: intro
                        title: B
                        questions:
                          - id: Q2
                            type: yes-no
                            label: L2
                    """,
                    "t.yaml:11:9: error: section id 'intro' differs from 'Intro' (5:9) only in letter case");
        }

        @Test
        void duplicateChoiceCode() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: single-choice
                            label: L1
                            choices:
                              - code: left
                                label: Left
                              - code: left
                                label: Again
                    """,
                    "t.yaml:14:19: error: duplicate choice code 'left' (first at 12:19)");
        }
    }

    @Nested
    class Types {

        @Test
        void unknownTypeSuggestsTheNearestType() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: yesno
                            label: L1
                    """,
                    "t.yaml:9:15: error: unknown question type 'yesno' (did you mean 'yes-no'?); types are yes-no,"
                            + " text, long-text, single-choice, multiple-choice, integer, decimal, date, note");
        }

        @Test
        void maxLengthOnAnInteger() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: integer
                            label: L1
                            max-length: 5
                    """,
                    "t.yaml:11:9: error: 'max-length' applies only to text and long-text questions");
        }

        @Test
        void choicesOnAText() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: text
                            label: L1
                            choices: [a]
                    """,
                    "t.yaml:11:9: error: 'choices' applies only to single-choice and multiple-choice questions");
        }
    }

    @Nested
    class Surrogates {

        @Test
        void loneSurrogatesInTextsLiteralsAndPatternsAreErrorsAtTheEscape() {
            // A lone surrogate is no character: UTF-8 output would turn it into '?', so the Java
            // validator and the form would disagree with check. Every value is checked, keys too.
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: "T\\uD800"
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: text
                            label: L
                            pattern: "a\\uDC00"
                          - id: Q2
                            type: yes-no
                            label: L
                            when: "${Q1} = 'x\\uD83D'"
                            "hint\\uDFFF": H
                    """,
                    "t.yaml:3:10: error: '\\uD800' is half of a UTF-16 surrogate pair, not a character, and cannot be"
                            + " written to the generated files; write the character itself (a \\U00XXXXXX escape in"
                            + " double quotes)",
                    "t.yaml:11:20: error: '\\uDC00' is half of a UTF-16 surrogate pair, not a character, and cannot be"
                            + " written to the generated files; write the character itself (a \\U00XXXXXX escape in"
                            + " double quotes)",
                    "t.yaml:15:26: error: '\\uD83D' is half of a UTF-16 surrogate pair, not a character, and cannot be"
                            + " written to the generated files; write the character itself (a \\U00XXXXXX escape in"
                            + " double quotes)",
                    "t.yaml:16:9: error: unknown key 'hint\\uDFFF' in a question (did you mean 'hint'?)",
                    "t.yaml:16:14: error: '\\uDFFF' is half of a UTF-16 surrogate pair, not a character, and cannot be"
                            + " written to the generated files; write the character itself (a \\U00XXXXXX escape in"
                            + " double quotes)");
        }

        @Test
        void aPairWrittenAsTwoEscapesIsOneCharacter() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: "T\\uD83D\\uDE00"
                    sections:
                      - id: a
                        title: A
                        questions:
                          - {id: Q1, type: text, label: L}
                    """);
        }
    }

    @Nested
    class Constraints {

        @Test
        void minGreaterThanMax() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: integer
                            label: L1
                            min: 10
                            max: 1
                    """,
                    "t.yaml:11:9: error: min 10 is greater than max 1");
        }

        @Test
        void minDateAfterMaxDate() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: date
                            label: L1
                            min: 2025-01-02
                            max: 2025-01-01
                    """,
                    "t.yaml:11:9: error: min 2025-01-02 is after max 2025-01-01");
        }

        @Test
        void datesHaveExactlyFourDigitYears() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: date
                            label: L1
                            min: -0001-01-01
                            max: +12025-01-01
                          - id: Q2
                            type: yes-no
                            label: L2
                            when: ${Q1} > '+12025-01-01' or ${Q1} < '-0001-01-01' or ${Q1} = '2025-1-01'
                    """,
                    "t.yaml:11:14: error: 'min' must be a date written yyyy-MM-dd, not '-0001-01-01'",
                    "t.yaml:12:14: error: 'max' must be a date written yyyy-MM-dd, not '+12025-01-01'",
                    "t.yaml:16:23: error: 'Q1' is a date question: compare it with a date in quotes such as"
                            + " '2025-01-31', not '+12025-01-01'",
                    "t.yaml:16:49: error: 'Q1' is a date question: compare it with a date in quotes such as"
                            + " '2025-01-31', not '-0001-01-01'",
                    "t.yaml:16:74: error: 'Q1' is a date question: compare it with a date in quotes such as"
                            + " '2025-01-31', not '2025-1-01'");
        }

        @Test
        void minThatIsNotANumber() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: integer
                            label: L1
                            min: １
                    """,
                    "t.yaml:11:14: error: 'min' must be a whole number written with ASCII digits, not '１'");
        }

        @Test
        void minLengthGreaterThanMaxLength() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: text
                            label: L1
                            min-length: 5
                            max-length: 2
                    """,
                    "t.yaml:11:9: error: min-length 5 is greater than max-length 2");
        }

        @Test
        void minSelectionsGreaterThanMaxSelections() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: multiple-choice
                            label: L1
                            choices:
                              - code: a
                                label: A
                            min-selections: 3
                            max-selections: 2
                    """,
                    "t.yaml:14:9: error: min-selections 3 is greater than max-selections 2");
        }

        @Test
        void invalidRegexPointsAtTheBadCharacterInsideTheQuotes() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: text
                            label: L1
                            pattern: 'a*'
                          - id: Q2
                            type: text
                            label: L2
                            pattern: '*a'
                    """,
                    "t.yaml:15:19: error: invalid regular expression: Dangling meta character '*'");
        }

        @Test
        void invalidRegexMissingSomethingAtTheEndPointsAtTheLastCharacter() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: text
                            label: L1
                            pattern: '(ab'
                          - id: Q2
                            type: text
                            label: L2
                            pattern: "[0-9]{3}(-"
                    """,
                    "t.yaml:11:21: error: invalid regular expression: Unclosed group",
                    "t.yaml:15:28: error: invalid regular expression: Unclosed group");
        }

        @Test
        void patternWithBackslashS() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: text
                            label: L1
                            pattern: '[0-9]\\s+'
                    """,
                    "t.yaml:11:24: error: pattern: '\\s' means different spaces in Java and JavaScript; list them,"
                            + " e.g. [ \\t\u3000]");
        }

        @Test
        void patternWithInlineFlag() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: text
                            label: L1
                            pattern: 'x(?i)abc'
                    """,
                    "t.yaml:11:20: error: pattern: inline flags such as '(?i)' work only in Java; list both cases,"
                            + " e.g. [Aa]");
        }

        /** A text question whose pattern, in single quotes, starts at line 11, column 19. */
        private void assertPattern(String pattern, String... expected) {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: text
                            label: L1
                    """ + "        pattern: '" + pattern + "'\n", expected);
        }

        @Test
        void patternsThatJavaAndJavaScriptReadDifferentlyAreRejectedAtTheConstruct() {
            assertPattern("a]", "t.yaml:11:20: error: pattern: a lone ']' is a literal in Java but an error in JavaScript;"
                    + " write '\\]'");
            assertPattern("a}", "t.yaml:11:20: error: pattern: a lone '}' is a literal in Java but an error in JavaScript;"
                    + " write '\\}'");
            assertPattern("[^]a]", "t.yaml:11:21: error: pattern: ']' first in a character class is read differently by"
                    + " Java and JavaScript; write '\\]'");
            assertPattern("x[]a]", "t.yaml:11:21: error: pattern: ']' first in a character class is read differently by"
                    + " Java and JavaScript; write '\\]'");
            assertPattern("a\\bc", "t.yaml:11:20: error: pattern: '\\b' (word boundary) is not supported: Java counts"
                    + " Japanese and other letters as word characters, JavaScript only [A-Za-z0-9_], and the whole answer"
                    + " must match anyway; write the characters allowed at each place, e.g. [A-Za-z0-9_]+");
            assertPattern("[\\d-z]", "t.yaml:11:20: error: pattern: '\\d' cannot start a range in a character class"
                    + " (JavaScript rejects it); write '\\-' for a hyphen");
            String nothing = "' has nothing to repeat here (JavaScript rejects it); put it after a character, a class or"
                    + " a group";
            assertPattern("a{2}{3}", "t.yaml:11:23: error: pattern: the quantifier '{3}" + nothing);
            assertPattern("a*?*", "t.yaml:11:22: error: invalid regular expression: Dangling meta character '*'");
            assertPattern("a*{2}", "t.yaml:11:21: error: pattern: the quantifier '{2}" + nothing);
            assertPattern("^*", "t.yaml:11:20: error: pattern: the quantifier '*" + nothing);
            assertPattern("a|?", "t.yaml:11:21: error: invalid regular expression: Dangling meta character '?'");
        }

        @Test
        void portablePatternsAreAccepted() {
            for (String pattern : java.util.List.of("[0-9]{3}-[0-9]{4}", "(?<n>a)b", "(a)(?:b)*", "(a+)+b", "(a|b)*",
                    ".+@.+\\..+", "[ァ-ヶー]+", "a{2}?b{1,}c{0,3}?", "[\\-\\d]", "[a-c-e]", "x{2}", "[.$]", "a$|^b",
                    "\\u3042\\x41", "\\uD842\\uDF9F", "()*", "(){0,99999}", "a{4999}", "(((a)))")) {
                assertPattern(pattern);
            }
        }

        @Test
        void patternWithPossessiveQuantifier() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: text
                            label: L1
                            pattern: "a*+b"
                    """,
                    "t.yaml:11:21: error: pattern: possessive quantifiers ('*+', '++', '?+') work only in Java");
        }
    }

    @Nested
    class ChoiceLists {

        @Test
        void unknownChoiceListSuggestsTheNearestAndTheListIsThenUnused() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    choice-lists:
                      colors:
                        - code: red
                          label: Red
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: single-choice
                            label: L1
                            choices: colours
                    """,
                    "t.yaml:5:3: warning: choice list 'colors' is not used by any question",
                    "t.yaml:15:18: error: unknown choice list 'colours' (did you mean 'colors'?)");
        }
    }

    @Nested
    class OtherFor {

        @Test
        void aTargetWhoseChoicesCannotBeBoundGetsNoSecondError() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: single-choice
                            label: L1
                            choices: nolist
                          - id: Q1-other
                            type: text
                            label: L2
                            other-for: Q1
                    """,
                    "t.yaml:11:18: error: unknown choice list 'nolist'");
        }

        @Test
        void unknownTarget() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: text
                            label: L1
                            other-for: Q99
                    """,
                    "t.yaml:11:20: error: other-for names unknown question 'Q99'");
        }

        @Test
        void unknownTargetNeverSuggestsTheQuestionItself() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: text
                            label: L1
                            other-for: Q9
                          - id: A1
                            type: yes-no
                            label: L2
                            when: ${A9} = yes or ${q1} is empty
                    """,
                    "t.yaml:11:20: error: other-for names unknown question 'Q9'",
                    "t.yaml:15:15: error: unknown question 'A9'",
                    "t.yaml:15:30: error: unknown question 'q1' (did you mean 'Q1'?)");
        }

        @Test
        void targetWithoutAnOtherChoice() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: single-choice
                            label: L1
                            choices:
                              - code: left
                                label: Left
                          - id: Q2
                            type: text
                            label: L2
                            other-for: Q1
                    """,
                    "t.yaml:17:20: error: 'Q1' has no choice marked 'other: true' for this text to specify");
        }

        @Test
        void targetThatIsNotAChoiceQuestion() {
            assertDiagnostics("""
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
                            type: text
                            label: L2
                            other-for: Q1
                    """,
                    "t.yaml:14:20: error: other-for must name a single-choice or multiple-choice question; 'Q1' is"
                            + " yes-no");
        }

        @Test
        void whenTogetherWithOtherFor() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: single-choice
                            label: L1
                            choices:
                              - code: other
                                label: Other
                                other: true
                          - id: Q2
                            type: text
                            label: L2
                            other-for: Q1
                            when: ${Q1} = 'other'
                    """,
                    "t.yaml:19:9: error: an other-for question is enabled when its 'other' choice is selected; remove"
                            + " 'when' (or drop other-for and write the whole condition)");
        }

        @Test
        void otherForOnAYesNoQuestion() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: single-choice
                            label: L1
                            choices:
                              - code: other
                                label: Other
                                other: true
                          - id: Q2
                            type: yes-no
                            label: L2
                            other-for: Q1
                    """,
                    "t.yaml:18:9: error: 'other-for' applies only to text and long-text questions");
        }
    }

    @Nested
    class ConditionReferences {

        @Test
        void unknownQuestion() {
            assertDiagnostics("""
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
                            when: ${Q11} = yes
                    """,
                    "t.yaml:14:15: error: unknown question 'Q11' (did you mean 'Q1'?)");
        }

        @Test
        void unknownChoiceCode() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: single-choice
                            label: L1
                            choices:
                              - code: left
                                label: Left
                              - code: right
                                label: Right
                          - id: Q2
                            type: yes-no
                            label: L2
                            when: ${Q1} = 'rigth'
                    """,
                    "t.yaml:19:23: error: 'Q1' has no choice 'rigth' (did you mean 'right'?); its codes are left, right");
        }

        @Test
        void yesNoComparedWithANumber() {
            assertDiagnostics("""
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
                            when: ${Q1} = 1
                    """,
                    "t.yaml:14:23: error: 'Q1' is a yes/no question: compare it with yes or no, not 1");
        }

        @Test
        void integerComparedWithYes() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: integer
                            label: L1
                          - id: Q2
                            type: yes-no
                            label: L2
                            when: ${Q1} > yes
                    """,
                    "t.yaml:14:23: error: 'Q1' is a number question: compare it with a number such as 8, not yes");
        }

        @Test
        void orderingOperatorOnAYesNo() {
            assertDiagnostics("""
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
                            when: ${Q1} >= yes
                    """,
                    "t.yaml:14:21: error: '>=' does not apply to yes-no question 'Q1'; use = or !=");
        }

        @Test
        void containsOnASingleChoice() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: single-choice
                            label: L1
                            choices:
                              - code: left
                                label: Left
                              - code: right
                                label: Right
                          - id: Q2
                            type: yes-no
                            label: L2
                            when: ${Q1} contains 'left'
                    """,
                    "t.yaml:19:21: error: 'contains' is for multiple-choice questions; 'Q1' is single-choice (use =)");
        }

        @Test
        void multipleChoiceComparedWithEquals() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: multiple-choice
                            label: L1
                            choices:
                              - code: left
                                label: Left
                              - code: right
                                label: Right
                          - id: Q2
                            type: yes-no
                            label: L2
                            when: ${Q1} = 'left'
                    """,
                    "t.yaml:19:21: error: 'Q1' is a multiple-choice question: test it with ${Q1} contains 'code'");
        }

        @Test
        void dateComparedWithSomethingThatIsNotADate() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: date
                            label: L1
                          - id: Q2
                            type: yes-no
                            label: L2
                            when: ${Q1} > '2024-02-30'
                    """,
                    "t.yaml:14:23: error: 'Q1' is a date question: compare it with a date in quotes such as"
                            + " '2025-01-31', not '2024-02-30'");
        }

        @Test
        void sectionConditionOnItsOwnQuestion() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        when: ${Q1} = yes
                        questions:
                          - id: Q1
                            type: yes-no
                            label: L1
                    """,
                    "t.yaml:7:11: error: the condition of section 'a' cannot depend on its own question 'Q1'");
        }

        @Test
        void conditionOnItself() {
            assertDiagnostics("""
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
                            when: ${Q1} = yes
                    """,
                    "t.yaml:11:15: error: the condition of 'Q1' refers to itself");
        }

        @Test
        void conditionsThatFormACycle() {
            assertDiagnostics("""
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
                            when: ${Q2} = yes
                          - id: Q2
                            type: yes-no
                            label: L2
                            when: ${Q1} = yes
                    """,
                    "t.yaml:11:15: warning: the condition refers to 'Q2', which comes later in the survey;"
                            + " respondents answer in order",
                    "t.yaml:11:15: error: conditions form a cycle: Q1 depends on Q2 depends on Q1");
        }

        @Test
        void inADoubleQuotedScalarWithAnEscapeTheColumnIsStillExact() {
            // offsets: quote 15, '$' 16, '}' 20, backslash 21, 't' 22, '=' 23, "yes" 25, "and" 29, '$' 33
            assertDiagnostics("""
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
                            when: "${Q1}\\t= yes and ${Q9} = no"
                    """,
                    "t.yaml:14:33: error: unknown question 'Q9' (did you mean 'Q1'?)");
        }

        @Test
        void anEmojiBeforeTheErrorCountsAsOneColumn() {
            // '$' 15, quote 23, emoji 24, quote 25, "and" 27, '$' 31
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: text
                            label: L1
                          - id: Q2
                            type: yes-no
                            label: L2
                            when: ${Q1} = '😀' and ${Q9} = no
                    """,
                    "t.yaml:14:31: error: unknown question 'Q9' (did you mean 'Q1'?)");
        }

        @Test
        void inAFoldedMultiLineScalarTheLineAndColumnAreStillExact() {
            assertDiagnostics("""
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
                            when: >-
                              ${Q1} = yes and
                                ${Q9} = no
                    """,
                    "t.yaml:16:13: error: unknown question 'Q9' (did you mean 'Q1'?)");
        }

        @Test
        void inAPlainMultiLineScalarTheLineAndColumnAreStillExact() {
            assertDiagnostics("""
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
                            when: ${Q1} = yes and
                              ${Q1} == no
                    """,
                    "t.yaml:15:17: error: in condition: unknown operator '==' (did you mean '='?)");
        }
    }

    /** Condition syntax errors on Q2's condition, which starts at line 14, column 15. */
    @Nested
    class ConditionSyntax {

        private static final String TWO_YES_NO = """
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
                """;

        private void assertConditionError(String when, String... expected) {
            assertDiagnostics(TWO_YES_NO + "        when: " + when + "\n", expected);
        }

        @Test
        void doubleEquals() {
            assertConditionError("${Q1} == yes", "t.yaml:14:21: error: in condition: unknown operator '==' (did you mean '='?)");
        }

        @Test
        void doubleAmpersand() {
            assertConditionError("${Q1} = yes && ${Q1} = no",
                    "t.yaml:14:27: error: in condition: unknown operator '&&' (did you mean 'and'?)");
        }

        @Test
        void trueInsteadOfYes() {
            assertConditionError("${Q1} = true",
                    "t.yaml:14:23: error: in condition: 'true' is not a value here (did you mean 'yes'?)");
        }

        @Test
        void referenceWithoutDollar() {
            assertConditionError("\"{Q1} = yes\"",
                    "t.yaml:14:16: error: in condition: a question reference is written ${ID}, e.g. ${Q1-1}");
        }

        @Test
        void unquotedBracesMakeAMapping() {
            assertConditionError("{Q1: yes}",
                    "t.yaml:14:15: error: a condition is text such as ${Q2-1} = yes, not a mapping (a '{' at the start"
                            + " makes YAML read a mapping: write ${...})");
        }

        @Test
        void fullWidthEquals() {
            assertConditionError("${Q1} ＝ yes",
                    "t.yaml:14:21: error: in condition: full-width '＝' (did you mean '='?)");
        }

        @Test
        void unclosedReference() {
            assertConditionError("${Q1 = yes", "t.yaml:14:15: error: in condition: unclosed reference; expected '}'");
        }

        @Test
        void trailingGarbage() {
            assertConditionError("${Q1} = yes )",
                    "t.yaml:14:27: error: in condition: unexpected ')'; expected 'and', 'or' or the end of the condition");
        }

        @Test
        void referenceAloneIsNotACondition() {
            assertConditionError("${Q1}",
                    "t.yaml:14:20: error: in condition: a reference alone is not a condition; compare it, e.g."
                            + " ${Q1} = yes, or test ${Q1} is not empty");
        }

        @Test
        void numberRunIntoAKeyword() {
            assertConditionError("${Q1} = 8and ${Q1} = no",
                    "t.yaml:14:24: error: in condition: a number must be followed by a space, ')' or the end of the"
                            + " condition, not 'a'");
        }

        @Test
        void nestingTooDeepPointsAtTheFirstParenthesisTooMany() {
            // The quote is at column 15, the first '(' at 16, the 65th at 16 + 64.
            assertConditionError("'" + "(".repeat(3000) + "${Q1} = yes" + ")".repeat(3000) + "'",
                    "t.yaml:14:80: error: in condition: the condition nests 'not' and parentheses more than 64 levels"
                            + " deep (this '(' is level 65); simplify it");
        }

        @Test
        void nestingTooDeepPointsAtTheFirstNotTooMany() {
            assertConditionError("not ".repeat(3000) + "${Q1} = yes",
                    "t.yaml:14:271: error: in condition: the condition nests 'not' and parentheses more than 64 levels"
                            + " deep (this 'not' is level 65); simplify it");
        }

        @Test
        void unquotedChoiceCode() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: single-choice
                            label: L1
                            choices:
                              - code: left
                                label: Left
                          - id: Q2
                            type: yes-no
                            label: L2
                            when: ${Q1} = left
                    """,
                    "t.yaml:17:23: error: in condition: a choice code or text must be in quotes: write 'left'");
        }
    }

    @Nested
    class Locales {

        @Test
        void aTextOfOnlyNoBreakOrIdeographicSpacesIsEmpty() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: "\\u00A0\\u202F"
                    sections:
                      - id: a
                        title: "\\u3000\\uFEFF"
                        questions:
                          - id: Q1
                            type: yes-no
                            label: "L1\\u00A0\\u2007\\u3000"
                    """,
                    "t.yaml:3:8: error: 'title' is empty",
                    "t.yaml:6:12: error: 'title' is empty");
        }

        @Test
        void trailingWhiteSpaceIsTrimmedAsAnswersAreAndLeadingIsKept() {
            SurveyLoader.Result result = new SurveyLoader().load("t.yaml", """
                    surveygen: 1
                    id: s
                    title: "\\u3000T\\u00A0\\u2007\\u205F\\uFEFF"
                    sections:
                      - id: a
                        title: "A\\u0085"
                        questions:
                          - id: Q1
                            type: yes-no
                            label: "L1\\u00A0\\n"
                    """.getBytes(UTF_8));
            assertThat(result.diagnostics()).isEmpty();
            dev.surveygen.model.Survey survey = result.survey().orElseThrow();
            assertThat(survey.title().in("ja", "ja")).isEqualTo("\u3000T");
            assertThat(survey.sections().get(0).title().in("ja", "ja")).isEqualTo("A\u0085");
            assertThat(survey.question("Q1").orElseThrow().label().in("ja", "ja")).isEqualTo("L1");
        }

        @Test
        void missingJaText() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: {ja: T, en: T}
                    locales: [ja, en]
                    sections:
                      - id: a
                        title: {ja: A, en: A}
                        questions:
                          - id: Q1
                            type: yes-no
                            label: {en: Yes or no}
                    """,
                    "t.yaml:11:16: error: 'label' is missing its ja text");
        }

        @Test
        void missingEnTextWhenBothLocalesAreDeclared() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: {ja: T, en: T}
                    locales: [ja, en]
                    sections:
                      - id: a
                        title: {ja: A, en: A}
                        questions:
                          - id: Q1
                            type: yes-no
                            label: はいかいいえ
                    """,
                    "t.yaml:11:16: error: 'label' is missing its en text (write it as {ja: ..., en: ...})");
        }

        @Test
        void textInALocaleTheSurveyDoesNotDeclare() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: yes-no
                            label: {ja: L1, fr: L}
                    """,
                    "t.yaml:10:25: error: 'label' has text in locale 'fr', which the survey does not declare;"
                            + " declared: ja");
        }

        @Test
        void unsupportedLocale() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    locales: [ja, fr]
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: yes-no
                            label: L1
                    """,
                    "t.yaml:4:15: error: surveygen has no catalogue for the locale 'fr': supply its texts in"
                            + " catalogue_fr.properties, in the catalogue directory (catalogues/ beside the definition,"
                            + " or --catalogues DIR); the locales with a catalogue are ja, en");
        }
    }

    @Nested
    class Warnings {

        @Test
        void conditionOnALaterQuestion() {
            assertDiagnostics("""
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
                            when: ${Q2} = yes
                          - id: Q2
                            type: yes-no
                            label: L2
                    """,
                    "t.yaml:11:15: warning: the condition refers to 'Q2', which comes later in the survey;"
                            + " respondents answer in order");
        }

        @Test
        void requiredQuestionThatCanNeverBeEnabled() {
            assertDiagnostics("""
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
                            when: ${Q1} = yes and ${Q1} = no
                    """,
                    "t.yaml:11:13: warning: required question 'Q2' can never be enabled: no answers make its"
                            + " condition hold");
        }

        private String multipleChoiceWithCodes(int codes, String when) {
            StringBuilder yaml = new StringBuilder("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: M
                            type: multiple-choice
                            label: L1
                            choices:
                    """);
            for (int i = 1; i <= codes; i++) {
                yaml.append("          - {code: c").append(i).append(", label: C").append(i).append("}\n");
            }
            return yaml + "      - id: Q2\n        type: yes-no\n        label: L2\n        when: " + when + "\n";
        }

        @Test
        void aConditionNamingMoreThanTenCodesOfOneQuestionIsAssumedSatisfiable() {
            StringBuilder all = new StringBuilder("${M} contains 'c1'");
            for (int i = 2; i <= 11; i++) {
                all.append(" and ${M} contains 'c").append(i).append("'");
            }
            assertDiagnostics(multipleChoiceWithCodes(11, all.toString()));
            // With ten codes every subset is tried, and a contradiction is still found.
            StringBuilder ten = new StringBuilder("${M} contains 'c1'");
            for (int i = 2; i <= 10; i++) {
                ten.append(" and ${M} contains 'c").append(i).append("'");
            }
            assertDiagnostics(multipleChoiceWithCodes(10, ten + " and not ${M} contains 'c1'"),
                    "t.yaml:22:13: warning: required question 'Q2' can never be enabled: no answers make its"
                            + " condition hold");
        }

        @Test
        void minSelectionsOfTwoWithAnExclusiveChoice() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: M
                            type: multiple-choice
                            label: L1
                            min-selections: 2
                            choices:
                              - {code: a, label: A}
                              - {code: b, label: B}
                              - {code: none, label: None, exclusive: true}
                          - id: N
                            type: multiple-choice
                            label: L2
                            min-selections: 1
                            choices:
                              - {code: a, label: A}
                              - {code: none, label: None, exclusive: true}
                    """,
                    "t.yaml:11:9: warning: min-selections 2 with the exclusive choice 'none': selecting only 'none' is"
                            + " always a selection-count violation, since it cannot be selected with others; use"
                            + " min-selections: 1 or remove 'exclusive'");
        }

        @Test
        void questionAfterANeverEnabledQuestionIsNeverEnabledEither() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: integer
                            label: L1
                          - id: Q2
                            type: yes-no
                            label: L2
                            required: false
                            when: ${Q1} > 5 and ${Q1} < 3
                          - id: Q3
                            type: yes-no
                            label: L3
                            when: ${Q2} = yes
                    """,
                    "t.yaml:11:13: warning: question 'Q2' can never be enabled: no answers make its condition hold",
                    "t.yaml:16:13: warning: required question 'Q3' can never be enabled: no answers make its"
                            + " condition hold");
        }

        @Test
        void unusedChoiceList() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    choice-lists:
                      colors:
                        - code: red
                          label: Red
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: yes-no
                            label: L1
                    """,
                    "t.yaml:5:3: warning: choice list 'colors' is not used by any question");
        }

        @Test
        void otherChoiceWithoutTextQuestion() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            type: single-choice
                            label: L1
                            choices:
                              - code: other
                                label: Other
                                other: true
                    """,
                    "t.yaml:8:13: warning: the 'other' choice 'other' of Q1 has no text question (add one with"
                            + " other-for: Q1)");
        }
    }

    @Test
    void severalErrorsAreReportedTogetherInFileOrder() {
        assertDiagnostics("""
                surveygen: 1
                id: s
                title: T
                colour: red
                sections:
                  - id: a
                    title: A
                    questions:
                      - id: Q1
                        type: yes-no
                        label: L1
                        required: yes
                      - id: Q2
                        type: integr
                        label: L2
                      - id: Q1
                        type: text
                        label: L3
                        when: ${Q1} == yes
                """,
                "t.yaml:4:1: error: unknown key 'colour' in the survey",
                "t.yaml:12:19: error: 'required' must be true or false, not 'yes'",
                "t.yaml:14:15: error: unknown question type 'integr' (did you mean 'integer'?); types are yes-no,"
                        + " text, long-text, single-choice, multiple-choice, integer, decimal, date, note",
                "t.yaml:16:13: error: duplicate question id 'Q1' (first at 9:13)",
                "t.yaml:19:21: error: in condition: unknown operator '==' (did you mean '='?)");
    }

    /**
     * {@code java-name}: a name that is no Java name, in the wrong case for what it names, a
     * keyword or a method the response has, each at its value (a wrong character at itself); and
     * every clash of names of one scope, given or derived from ids and codes, at the second with
     * the first's line and column.
     */
    @Nested
    class JavaNamesGiven {

        @Test
        void namesThatAreNoJavaNamesOrInTheWrongCase() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    java-name: hospitalSecurity
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: Q1
                            java-name: backup copies
                            type: yes-no
                            label: L
                          - id: Q2
                            java-name: 2fa
                            type: yes-no
                            label: L
                          - id: Q3
                            java-name: HasCiso
                            type: yes-no
                            label: L
                          - id: Q4
                            java-name: backup-copies
                            type: single-choice
                            label: L
                            choices:
                              java-name: copies
                              choices:
                                - {code: a, java-name: twoToFour, label: A}
                                - {code: b, java-name: Ｎone, label: B}
                                - {code: c, java-name: "", label: C}
                          - id: Q5
                            java-name: hasCisoWhoseNameIsLongerThanSixtyFourCharactersWhichNoJavaDeveloperWrites
                            type: yes-no
                            label: L
                    """,
                    "t.yaml:3:12: error: java-name 'hospitalSecurity' names Java types and must start with an upper-case"
                            + " letter (did you mean 'HospitalSecurity'?)",
                    "t.yaml:10:26: error: java-name 'backup copies' may contain only ASCII letters, digits and '_', not"
                            + " a space",
                    "t.yaml:14:20: error: java-name '2fa' must start with a letter (A-Z or a-z), not '2'",
                    "t.yaml:18:20: error: java-name 'HasCiso' names a Java method and must start with a lower-case letter"
                            + " (did you mean 'hasCiso'?)",
                    "t.yaml:22:26: error: java-name 'backup-copies' may contain only ASCII letters, digits and '_', not"
                            + " '-' (Java names join words by writing each new word with a capital letter)",
                    "t.yaml:26:22: error: java-name 'copies' names Java types and must start with an upper-case letter"
                            + " (did you mean 'Copies'?)",
                    "t.yaml:28:36: error: java-name 'twoToFour' names an enum constant and must be written in upper"
                            + " case, with '_' between words (did you mean 'TWO_TO_FOUR'?)",
                    "t.yaml:29:36: error: java-name 'Ｎone' must start with a letter (A-Z or a-z), not 'Ｎ'",
                    "t.yaml:30:36: error: java-name is empty",
                    "t.yaml:32:20: error: java-name 'hasCisoWhoseNameIsLongerThanSixtyFourCharactersWhichNoJavaDeveloperWrites'"
                            + " is longer than 64 characters");
        }

        @Test
        void keywordsLiteralsRestrictedIdentifiersAndTheResponsesOwnMethods() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - {id: Q1, java-name: class, type: yes-no, label: L}
                          - {id: Q2, java-name: 'null', type: yes-no, label: L}
                          - {id: Q3, java-name: record, type: yes-no, label: L}
                          - {id: Q4, java-name: var, type: yes-no, label: L}
                          - {id: Q5, java-name: build, type: yes-no, label: L}
                          - {id: Q6, java-name: hashCode, type: yes-no, label: L}
                    """,
                    "t.yaml:8:29: error: java-name 'class' is a Java keyword and cannot name a method; add a word, e.g."
                            + " 'classAnswer'",
                    "t.yaml:9:30: error: java-name 'null' is a Java literal and cannot name a method; add a word, e.g."
                            + " 'nullAnswer'",
                    "t.yaml:10:29: error: java-name 'record' is a restricted identifier in Java and cannot name a method;"
                            + " add a word, e.g. 'recordAnswer'",
                    "t.yaml:11:29: error: java-name 'var' is a restricted identifier in Java and cannot name a method;"
                            + " add a word, e.g. 'varAnswer'",
                    "t.yaml:12:29: error: java-name 'build' is the name of a method that every generated response or its"
                            + " builder has (answer, build, builder, clone, equals, finalize, getClass, hashCode, notify,"
                            + " notifyAll, toBuilder, toString, value, values, wait); add a word, e.g. 'buildAnswer'",
                    "t.yaml:13:29: error: java-name 'hashCode' is the name of a method that every generated response or"
                            + " its builder has (answer, build, builder, clone, equals, finalize, getClass, hashCode,"
                            + " notify, notifyAll, toBuilder, toString, value, values, wait); add a word, e.g."
                            + " 'hashCodeAnswer'");
        }

        @Test
        void questionsWhoseNamesClashGivenOrDerived() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - {id: Q0, type: yes-no, label: L}
                          - {id: Q1, java-name: hasCiso, type: yes-no, label: L}
                          - {id: Q2, java-name: hasCiso, type: yes-no, label: L}
                          - {id: hasCiso, type: yes-no, label: L}
                          - {id: Q4, java-name: q0, type: yes-no, label: L}
                          - {id: Q5, java-name: has_ciso, type: yes-no, label: L}
                          - {id: Q6, java-name: all, type: note, label: L}
                          - {id: ALL_, type: note, label: L}
                    """,
                    "t.yaml:10:29: error: the java-name of question 'Q2' and the java-name of question 'Q1' (9:29) both"
                            + " become the Java name 'hasCiso'; choose another java-name",
                    "t.yaml:11:14: error: question 'hasCiso' and the java-name of question 'Q1' (9:29) both become the"
                            + " Java name 'hasCiso'; give question 'hasCiso' a java-name",
                    "t.yaml:12:29: error: the java-name of question 'Q4' and question 'Q0' (8:14) both become the Java"
                            + " name 'q0'; choose another java-name",
                    "t.yaml:13:29: error: the java-name of question 'Q5' and the java-name of question 'Q1' (9:29) both"
                            + " become the Java constant 'HAS_CISO'; choose another java-name",
                    "t.yaml:15:14: error: question 'ALL_' and the java-name of question 'Q6' (14:29) both become the"
                            + " Java constant 'ALL_'; give question 'ALL_' a java-name");
        }

        @Test
        void choicesAndEnumsWhoseNamesClashGivenOrDerived() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    choice-lists:
                      sizes:
                        java-name: Size
                        choices:
                          - {code: s, java-name: SMALL, label: S}
                          - {code: m, java-name: SMALL, label: M}
                          - {code: small, label: L}
                          - {code: x, java-name: S, label: X}
                      size: [{code: a, label: A}]
                      support: {java-name: SSupport, choices: [{code: a, label: A}]}
                      answer: {java-name: SResponse, choices: [{code: a, label: A}]}
                    sections:
                      - id: a
                        title: A
                        questions:
                          - {id: Q1, type: single-choice, label: L, choices: sizes}
                          - {id: Q2, type: single-choice, label: L, choices: size}
                          - {id: Q3, type: single-choice, label: L, choices: support}
                          - {id: Q4, type: single-choice, label: L, choices: answer}
                          - id: Q5
                            java-name: colour
                            type: single-choice
                            label: L
                            choices: [{code: a, label: A}]
                          - id: Q6
                            type: single-choice
                            label: L
                            choices:
                              java-name: Colour
                              choices: [{code: a, label: A}]
                          - id: Q7
                            type: single-choice
                            label: L
                            choices: {java-name: COLOUR, choices: [{code: a, label: A}]}
                    """,
                    "t.yaml:9:30: error: the java-name of choice 'm' and the java-name of choice 's' (8:30) both become"
                            + " the Java constant 'SMALL'; choose another java-name",
                    "t.yaml:10:16: error: choice 'small' and the java-name of choice 's' (8:30) both become the Java"
                            + " constant 'SMALL'; give choice 'small' a java-name",
                    "t.yaml:12:3: error: choice list 'size' and the java-name of choice list 'sizes' (6:16) both become"
                            + " the Java type 'Size'; give choice list 'size' a java-name",
                    "t.yaml:13:24: error: the java-name of choice list 'support' and the class SSupport that surveygen"
                            + " copies into the package both become the Java type 'SSupport'; choose another java-name",
                    "t.yaml:14:23: error: the java-name of choice list 'answer' and the generated class SResponse both"
                            + " become the Java type 'SResponse'; choose another java-name",
                    "t.yaml:32:22: error: the java-name of the choices of 'Q6' and the choices of 'Q5' (27:18) both"
                            + " become the Java type 'Colour'; choose another java-name",
                    "t.yaml:37:30: error: the java-name of the choices of 'Q7' and the choices of 'Q5' (line 27) become"
                            + " the Java types 'COLOUR' and 'Colour', whose files COLOUR.java and Colour.java are one"
                            + " file on Windows and macOS; rename one");
        }

        @Test
        void theSurveysNameIsTheBaseOfTheGeneratedTypes() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    java-name: Clinic
                    title: T
                    choice-lists:
                      clinic-validator: [{code: a, label: A}]
                      s-response: [{code: a, label: A}]
                      clinic-part2: [{code: a, label: A}]
                    sections:
                      - id: a
                        title: A
                        questions:
                          - {id: Q1, type: single-choice, label: L, choices: clinic-validator}
                          - {id: Q2, type: single-choice, label: L, choices: s-response}
                          - {id: Q3, type: single-choice, label: L, choices: clinic-part2}
                    """,
                    "t.yaml:6:3: error: choice list 'clinic-validator' and the generated class ClinicValidator both"
                            + " become the Java type 'ClinicValidator'; rename one",
                    "t.yaml:8:3: error: choice list 'clinic-part2' would become the Java type 'ClinicPart2', a name the"
                            + " generated code keeps for its parts (ClinicPart0, ClinicBinderPart0, ClinicPart1, …, in any"
                            + " letter case); rename it");
        }

        @Test
        void theKeyIsKnownWhereItAppliesAndAListWithAJavaNameIsWrittenOut() {
            assertDiagnostics("""
                    surveygen: 1
                    id: s
                    title: T
                    choice-lists:
                      sizes: {java-name: Size, choice: [{code: a, label: A}]}
                    sections:
                      - id: a
                        title: A
                        javaname: Part
                        questions:
                          - {id: Q1, javaname: q, type: yes-no, label: L}
                          - id: Q2
                            type: single-choice
                            label: L
                            choices: {java-name: Size2, choices: sizes}
                          - {id: Q3, type: single-choice, label: L, choices: sizes}
                    """,
                    "t.yaml:5:10: error: choice list 'sizes' needs its 'choices' (a list of choices) beside 'java-name'",
                    "t.yaml:5:28: error: unknown key 'choice' in choice list 'sizes' (did you mean 'choices'?)",
                    "t.yaml:9:5: error: unknown key 'javaname' in a section",
                    "t.yaml:11:18: error: unknown key 'javaname' in a question (did you mean 'java-name'?)",
                    "t.yaml:15:46: error: 'choices' beside 'java-name' must be the list of choices, not the name of a"
                            + " shared list; give the java-name of 'sizes' in choice-lists");
        }
    }

    @Test
    void aCleanDefinitionHasNoDiagnostics() {
        assertDiagnostics("""
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
                        type: integer
                        label: L2
                        when: ${Q1} = yes
                        min: 0
                        max: 10
                """);
    }

    @Test
    void theMhlwSurveyLoadsWithoutDiagnostics() throws IOException {
        Path mhlw = Path.of("..", "survey-def", "src", "main", "survey", "mhlw-r6-hospital-cybersecurity.yaml");
        SurveyLoader.Result result = new SurveyLoader().load(mhlw);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.survey()).isPresent();
        assertThat(result.survey().get().questions()).hasSize(27);
    }
}
