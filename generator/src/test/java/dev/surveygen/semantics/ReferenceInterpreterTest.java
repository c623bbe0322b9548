package dev.surveygen.semantics;

import static dev.surveygen.semantics.Surveys.load;
import static dev.surveygen.semantics.Surveys.response;
import static dev.surveygen.semantics.Surveys.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.surveygen.model.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per rule of the reference semantics, on small inline surveys. */
class ReferenceInterpreterTest {

    /** A = yes enables B; B = yes enables C (like MHLW Q17-1 → Q17-2 → Q17-3..6). */
    private static final ReferenceInterpreter CHAIN = new ReferenceInterpreter(load("""
            surveygen: 1
            id: s
            title: T
            sections:
              - id: a
                title: A
                questions:
                  - id: A
                    type: yes-no
                    label: A
                  - id: B
                    type: yes-no
                    label: B
                    when: ${A} = yes
                  - id: C
                    type: text
                    label: C
                    when: ${B} = yes
                  - id: N
                    type: note
                    label: A note
            """));

    /** Every type, none required, so that only the tested answer can give a violation. */
    private static final ReferenceInterpreter TYPES = new ReferenceInterpreter(load("""
            surveygen: 1
            id: s
            title: T
            defaults:
              required: false
            sections:
              - id: a
                title: A
                questions:
                  - id: YN
                    type: yes-no
                    label: YN
                  - id: T
                    type: text
                    label: T
                    max-length: 3
                    pattern: '[0-9a-z]+'
                  - id: LT
                    type: long-text
                    label: LT
                    min-length: 2
                  - id: SC
                    type: single-choice
                    label: SC
                    choices:
                      - code: a
                        label: A
                      - code: b
                        label: B
                  - id: MC
                    type: multiple-choice
                    label: MC
                    min-selections: 2
                    max-selections: 3
                    choices:
                      - code: a
                        label: A
                      - code: b
                        label: B
                      - code: c
                        label: C
                      - code: d
                        label: D
                      - code: none
                        label: 該当なし
                        exclusive: true
                  - id: I
                    type: integer
                    label: I
                    min: 1
                    max: 64
                    unit: 桁
                  - id: D
                    type: decimal
                    label: D
                    min: -1.5
                    max: 2.5
                  - id: DT
                    type: date
                    label: DT
                    min: 2024-01-01
                    max: 2024-12-31
            """));

    @Nested
    class EnablementAndRequired {

        @Test
        void enabledRequiredAndUnansweredIsRequired() {
            assertThat(violations(CHAIN, response())).containsExactly("A required");
            assertThat(violations(CHAIN, response("A", true))).containsExactly("B required");
            assertThat(violations(CHAIN, response("A", true, "B", true))).containsExactly("C required");
            assertThat(violations(CHAIN, response("A", true, "B", true, "C", "x"))).isEmpty();
            assertThat(violations(CHAIN, response("A", false))).isEmpty();
        }

        @Test
        void nullIsUnanswered() {
            assertThat(violations(CHAIN, response("A", true, "B", true, "C", null))).containsExactly("C required");
            assertThat(violations(CHAIN, response("A", false, "B", null, "C", null))).isEmpty();
        }

        @Test
        void blankTextIsUnanswered() {
            assertThat(violations(CHAIN, response("A", true, "B", true, "C", ""))).containsExactly("C required");
            assertThat(violations(CHAIN, response("A", true, "B", true, "C", " \t\n"))).containsExactly("C required");
        }

        @Test
        void fullWidthSpaceOnlyTextIsUnanswered() {
            assertThat(violations(CHAIN, response("A", true, "B", true, "C", "\u3000\u3000")))
                    .containsExactly("C required");
        }

        @Test
        void blankTextOfADisabledQuestionIsNotNotApplicable() {
            assertThat(violations(CHAIN, response("A", false, "C", "\u3000"))).isEmpty();
        }

        @Test
        void emptySelectionIsUnanswered() {
            ReferenceInterpreter interpreter = new ReferenceInterpreter(load("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: MC
                            type: multiple-choice
                            label: MC
                            choices:
                              - code: a
                                label: A
                    """));
            assertThat(violations(interpreter, response("MC", List.of()))).containsExactly("MC required");
        }

        @Test
        void answeredButNotEnabledIsNotApplicable() {
            assertThat(violations(CHAIN, response("A", false, "B", false))).containsExactly("B not-applicable");
        }

        @Test
        void chainCollapsesWhenTheFirstIsNo() {
            assertThat(violations(CHAIN, response("A", false, "B", true, "C", "x")))
                    .containsExactly("B not-applicable", "C not-applicable");
        }

        @Test
        void chainCollapsesWhenTheFirstIsMissing() {
            assertThat(violations(CHAIN, response("B", true, "C", "x")))
                    .containsExactly("A required", "B not-applicable", "C not-applicable");
        }

        @Test
        void enablementReportsTheCollapsedChain() {
            assertThat(CHAIN.enablement(response("A", false, "B", true, "C", "x")))
                    .containsExactly(entry("A", true), entry("B", false), entry("C", false), entry("N", true));
        }

        @Test
        void answerOfTheWrongTypeReadsAsUnansweredInConditions() {
            assertThat(violations(CHAIN, response("A", "yes", "B", true, "C", "x")))
                    .containsExactly("A type", "B not-applicable", "C not-applicable");
        }

        @Test
        void answeringANoteIsNotApplicable() {
            assertThat(violations(CHAIN, response("A", false, "N", "hello"))).containsExactly("N not-applicable");
        }

        @Test
        void sectionConditionAppliesToEveryQuestionOfTheSection() {
            ReferenceInterpreter interpreter = new ReferenceInterpreter(load("""
                    surveygen: 1
                    id: s
                    title: T
                    sections:
                      - id: a
                        title: A
                        questions:
                          - id: A
                            type: yes-no
                            label: A
                      - id: b
                        title: B
                        when: ${A} = yes
                        questions:
                          - id: B1
                            type: yes-no
                            label: B1
                          - id: B2
                            type: text
                            label: B2
                            when: ${B1} = yes
                    """));
            assertThat(violations(interpreter, response("A", false))).isEmpty();
            assertThat(violations(interpreter, response("A", false, "B1", true, "B2", "x")))
                    .containsExactly("B1 not-applicable", "B2 not-applicable");
            assertThat(violations(interpreter, response("A", true))).containsExactly("B1 required");
            assertThat(violations(interpreter, response("A", true, "B1", false, "B2", "x")))
                    .containsExactly("B2 not-applicable");
        }
    }

    @Nested
    class ConditionOperators {

        private final ReferenceInterpreter interpreter = new ReferenceInterpreter(load("""
                surveygen: 1
                id: s
                title: T
                defaults:
                  required: false
                sections:
                  - id: a
                    title: A
                    questions:
                      - id: A
                        type: yes-no
                        label: A
                      - id: NE
                        type: text
                        label: NE
                        when: ${A} != yes
                      - id: EMPTY
                        type: text
                        label: EMPTY
                        when: ${A} is empty
                      - id: NOTEMPTY
                        type: text
                        label: NOTEMPTY
                        when: ${A} is not empty
                      - id: NOT
                        type: text
                        label: NOT
                        when: not ${A} = yes
                """));

        @Test
        void notEqualsWithAnUnansweredQuestionIsFalse() {
            assertThat(interpreter.enablement(response())).containsEntry("NE", false);
            assertThat(interpreter.enablement(response("A", false))).containsEntry("NE", true);
            assertThat(interpreter.enablement(response("A", true))).containsEntry("NE", false);
        }

        @Test
        void notOfAComparisonWithAnUnansweredQuestionIsTrue() {
            assertThat(interpreter.enablement(response())).containsEntry("NOT", true);
            assertThat(interpreter.enablement(response("A", true))).containsEntry("NOT", false);
        }

        @Test
        void isEmptyAndIsNotEmpty() {
            assertThat(interpreter.enablement(response())).containsEntry("EMPTY", true).containsEntry("NOTEMPTY", false);
            assertThat(interpreter.enablement(response("A", false)))
                    .containsEntry("EMPTY", false).containsEntry("NOTEMPTY", true);
        }

        @Test
        void answerOfTheWrongTypeIsEmpty() {
            assertThat(interpreter.enablement(response("A", "no")))
                    .containsEntry("NE", false).containsEntry("EMPTY", true).containsEntry("NOTEMPTY", false);
        }
    }

    @Nested
    class Types {

        @Test
        void integerRejectsStringsFractionsAndValuesBeyond32Bits() {
            assertThat(violations(TYPES, response("I", "8"))).containsExactly("I type");
            assertThat(violations(TYPES, response("I", new BigDecimal("12.5")))).containsExactly("I type");
            assertThat(violations(TYPES, response("I", 12.5))).containsExactly("I type");
            assertThat(violations(TYPES, response("I", new BigDecimal("2147483648")))).containsExactly("I type");
            assertThat(violations(TYPES, response("I", new BigDecimal("-2147483649")))).containsExactly("I type");
            assertThat(violations(TYPES, response("I", true))).containsExactly("I type");
        }

        @Test
        void integerAcceptsWholeNumbersInAnyJavaRepresentation() {
            assertThat(violations(TYPES, response("I", 8))).isEmpty();
            assertThat(violations(TYPES, response("I", 8L))).isEmpty();
            assertThat(violations(TYPES, response("I", new BigDecimal("8")))).isEmpty();
            assertThat(violations(TYPES, response("I", new BigDecimal("8.0")))).isEmpty();
        }

        @Test
        void yesNoTakesOnlyBooleans() {
            assertThat(violations(TYPES, response("YN", "yes"))).containsExactly("YN type");
            assertThat(violations(TYPES, response("YN", 1))).containsExactly("YN type");
            assertThat(violations(TYPES, response("YN", false))).isEmpty();
        }

        @Test
        void textTakesOnlyStrings() {
            assertThat(violations(TYPES, response("T", 5))).containsExactly("T type");
            assertThat(violations(TYPES, response("LT", List.of("ab")))).containsExactly("LT type");
        }

        @Test
        void dateMustBeARealIsoDate() {
            assertThat(violations(TYPES, response("DT", "2024-02-30"))).containsExactly("DT type");
            assertThat(violations(TYPES, response("DT", "2024-2-3"))).containsExactly("DT type");
            assertThat(violations(TYPES, response("DT", 20240101))).containsExactly("DT type");
            assertThat(violations(TYPES, response("DT", "2024-02-29"))).isEmpty();
        }

        @Test
        void decimalTakesNumbersNotStrings() {
            assertThat(violations(TYPES, response("D", "1.5"))).containsExactly("D type");
            assertThat(violations(TYPES, response("D", 1.5))).isEmpty();
        }

        @Test
        void singleChoiceTakesOneCodeString() {
            assertThat(violations(TYPES, response("SC", List.of("a")))).containsExactly("SC type");
            assertThat(violations(TYPES, response("SC", 1))).containsExactly("SC type");
        }

        @Test
        void multipleChoiceTakesAnArrayOfCodeStrings() {
            assertThat(violations(TYPES, response("MC", "a"))).containsExactly("MC type");
            assertThat(violations(TYPES, response("MC", List.of("a", 1)))).containsExactly("MC type");
        }
    }

    @Nested
    class Constraints {

        @Test
        void choiceRejectsUnknownCodes() {
            assertThat(violations(TYPES, response("SC", "z"))).containsExactly("SC choice");
            assertThat(violations(TYPES, response("MC", List.of("a", "z")))).containsExactly("MC choice");
            assertThat(violations(TYPES, response("SC", "A"))).as("codes are case-sensitive").containsExactly("SC choice");
        }

        @Test
        void exclusiveChoiceCannotBeCombined() {
            assertThat(violations(TYPES, response("MC", List.of("a", "none")))).containsExactly("MC exclusive");
            assertThat(violations(TYPES, response("MC", List.of("none")))).as("an exclusive choice alone still counts against min-selections")
                    .containsExactly("MC selection-count");
        }

        @Test
        void selectionCountMinAndMax() {
            assertThat(violations(TYPES, response("MC", List.of("a")))).containsExactly("MC selection-count");
            assertThat(violations(TYPES, response("MC", List.of("a", "b", "c", "d")))).containsExactly("MC selection-count");
            assertThat(violations(TYPES, response("MC", List.of("a", "b")))).isEmpty();
            assertThat(violations(TYPES, response("MC", List.of("a", "b", "c")))).isEmpty();
        }

        @Test
        void duplicateCodesInASelectionCountOnce() {
            assertThat(violations(TYPES, response("MC", List.of("a", "a")))).containsExactly("MC selection-count");
        }

        @Test
        void integerRangeIsInclusive() {
            assertThat(violations(TYPES, response("I", 0))).containsExactly("I range");
            assertThat(violations(TYPES, response("I", 65))).containsExactly("I range");
            assertThat(violations(TYPES, response("I", 1))).isEmpty();
            assertThat(violations(TYPES, response("I", 64))).isEmpty();
        }

        @Test
        void decimalRangeIsInclusive() {
            assertThat(violations(TYPES, response("D", new BigDecimal("2.51")))).containsExactly("D range");
            assertThat(violations(TYPES, response("D", new BigDecimal("-1.6")))).containsExactly("D range");
            assertThat(violations(TYPES, response("D", new BigDecimal("-1.5")))).isEmpty();
            assertThat(violations(TYPES, response("D", new BigDecimal("2.50")))).isEmpty();
        }

        @Test
        void dateRangeIsInclusive() {
            assertThat(violations(TYPES, response("DT", "2023-12-31"))).containsExactly("DT range");
            assertThat(violations(TYPES, response("DT", "2025-01-01"))).containsExactly("DT range");
            assertThat(violations(TYPES, response("DT", "2024-01-01"))).isEmpty();
            assertThat(violations(TYPES, response("DT", "2024-12-31"))).isEmpty();
        }

        @Test
        void lengthCountsCodePointsSoAnEmojiCountsOne() {
            assertThat(violations(TYPES, response("LT", "😀"))).containsExactly("LT length");
            assertThat(violations(TYPES, response("LT", "😀😀"))).isEmpty();
            assertThat(violations(TYPES, response("T", "abcd"))).containsExactly("T length");
            assertThat(violations(TYPES, response("T", "abc"))).isEmpty();
        }

        @Test
        void lengthIsMeasuredAfterTrimming() {
            assertThat(violations(TYPES, response("T", "\u3000abc "))).isEmpty();
            assertThat(violations(TYPES, response("LT", " a "))).containsExactly("LT length");
        }

        @Test
        void patternMustMatchTheWholeAnswer() {
            assertThat(violations(TYPES, response("T", "ab!"))).containsExactly("T pattern");
            assertThat(violations(TYPES, response("T", "a1"))).isEmpty();
        }

        @Test
        void patternMessageInBothLocales() {
            ReferenceInterpreter interpreter = new ReferenceInterpreter(load("""
                    surveygen: 1
                    id: s
                    title: {ja: 調査, en: Survey}
                    locales: [ja, en]
                    sections:
                      - id: a
                        title: {ja: 節, en: Section}
                        questions:
                          - id: ZIP
                            type: text
                            label: {ja: 郵便番号, en: Postal code}
                            pattern: '[0-9]{3}-[0-9]{4}'
                            pattern-message: {ja: 123-4567の形式で入力してください。, en: Enter it like 123-4567.}
                          - id: CODE
                            type: text
                            label: {ja: コード, en: Code}
                            pattern: '[A-Z]+'
                    """));
            List<Violation> violations = interpreter.check(response("ZIP", "1234567", "CODE", "abc"));
            assertThat(violations).extracting(Violation::message).containsExactly(
                    Text.of(Map.of("ja", "123-4567の形式で入力してください。", "en", "Enter it like 123-4567.")),
                    Text.of(Map.of("ja", "入力の形式が正しくありません。", "en", "Enter the answer in the required format.")));
        }
    }

    @Nested
    class OneViolationPerQuestion {

        @Test
        void typeBeforeChoice() {
            assertThat(violations(TYPES, response("MC", List.of("z", 1)))).containsExactly("MC type");
        }

        @Test
        void choiceBeforeExclusiveAndSelectionCount() {
            assertThat(violations(TYPES, response("MC", List.of("z", "none", "a", "b", "c")))).containsExactly("MC choice");
        }

        @Test
        void exclusiveBeforeSelectionCount() {
            assertThat(violations(TYPES, response("MC", List.of("a", "b", "c", "none")))).containsExactly("MC exclusive");
        }

        @Test
        void lengthBeforePattern() {
            assertThat(violations(TYPES, response("T", "ab!!"))).containsExactly("T length");
        }

        @Test
        void violationsComeInDefinitionOrderOneEach() {
            assertThat(violations(TYPES, response("DT", "x", "I", 0, "YN", "no", "T", "!")))
                    .containsExactly("YN type", "T pattern", "I range", "DT type");
        }
    }

    @Test
    void unknownQuestionsComeAfterTheQuestionsSortedByKey() {
        assertThat(violations(CHAIN, response("zeta", 1, "B", true, "alpha", "x", "A", false, "Zulu", null)))
                .containsExactly("B not-applicable", "Zulu unknown-question", "alpha unknown-question",
                        "zeta unknown-question");
    }

    @Nested
    class OtherText {

        private final ReferenceInterpreter interpreter = new ReferenceInterpreter(load("""
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - id: A
                        type: yes-no
                        label: A
                      - id: SC
                        type: single-choice
                        label: SC
                        when: ${A} = yes
                        choices:
                          - code: a
                            label: A
                          - code: other
                            label: Other
                            other: true
                      - id: SC-other
                        type: text
                        label: Other text
                        other-for: SC
                        required: false
                      - id: MC
                        type: multiple-choice
                        label: MC
                        choices:
                          - code: a
                            label: A
                          - code: other
                            label: Other
                            other: true
                      - id: MC-other
                        type: text
                        label: Other text
                        other-for: MC
                """));

        @Test
        void optionalOtherTextMayBeLeftBlankWhenOtherIsChosen() {
            assertThat(violations(interpreter, response("A", true, "SC", "other", "MC", List.of("a"))))
                    .isEmpty();
            assertThat(violations(interpreter, response("A", true, "SC", "other", "SC-other", "  ", "MC", List.of("a"))))
                    .isEmpty();
            assertThat(violations(interpreter, response("A", true, "SC", "other", "SC-other", "x", "MC", List.of("a"))))
                    .isEmpty();
        }

        @Test
        void otherTextIsNotApplicableWhenOtherIsNotChosen() {
            assertThat(violations(interpreter, response("A", true, "SC", "a", "SC-other", "x", "MC", List.of("a"))))
                    .containsExactly("SC-other not-applicable");
            assertThat(violations(interpreter, response("A", true, "SC", "a", "MC", List.of("a"), "MC-other", "x")))
                    .containsExactly("MC-other not-applicable");
        }

        @Test
        void otherTextIsNotApplicableWhenItsChoiceQuestionIsDisabled() {
            assertThat(violations(interpreter, response("A", false, "SC", "other", "SC-other", "x", "MC", List.of("a"))))
                    .containsExactly("SC not-applicable", "SC-other not-applicable");
        }

        @Test
        void requiredOtherTextIsRequiredOnlyWhenOtherIsChosen() {
            assertThat(violations(interpreter, response("A", false, "MC", List.of("a", "other"))))
                    .containsExactly("MC-other required");
            assertThat(violations(interpreter, response("A", false, "MC", List.of("a", "other"), "MC-other", "x")))
                    .isEmpty();
        }
    }

    @Nested
    class WithoutDisabled {

        @Test
        void dropsAnswersOfDisabledQuestionsAndNotesButKeepsUnknownKeys() {
            Map<String, Object> stripped = CHAIN.withoutDisabled(
                    response("A", false, "B", true, "C", "x", "N", "note", "zzz", 1));
            assertThat(stripped).containsExactly(entry("A", false), entry("zzz", 1));
            assertThat(violations(CHAIN, stripped)).containsExactly("zzz unknown-question");
        }

        @Test
        void keepsAnswersOfEnabledQuestions() {
            Map<String, Object> response = response("A", true, "B", true, "C", "x");
            assertThat(CHAIN.withoutDisabled(response)).isEqualTo(response);
        }
    }

    @Nested
    class Messages {

        private final ReferenceInterpreter bilingual = new ReferenceInterpreter(load("""
                surveygen: 1
                id: s
                title: {ja: 調査, en: Survey}
                locales: [ja, en]
                sections:
                  - id: a
                    title: {ja: 節, en: Section}
                    questions:
                      - id: YN
                        type: yes-no
                        label: {ja: はい/いいえ, en: Yes/no}
                      - id: N
                        type: integer
                        label: {ja: 桁数, en: Digits}
                        min: 1
                        max: 64
                        unit: {ja: 桁, en: digits}
                      - id: MC
                        type: multiple-choice
                        label: {ja: 複数, en: Several}
                        required: false
                        choices:
                          - code: a
                            label: {ja: あ, en: A}
                          - code: none
                            label: {ja: 該当なし, en: None of these}
                            exclusive: true
                """));

        @Test
        void eachMessageInEveryDeclaredLocale() {
            assertThat(bilingual.check(response("N", 65, "MC", List.of("a", "none"), "x", 1)))
                    .extracting(Violation::message).containsExactly(
                            Text.of(Map.of("ja", "選択してください。", "en", "Select an answer.")),
                            Text.of(Map.of("ja", "1桁以上64桁以下で入力してください。", "en", "Enter a number from 1 to 64 digits.")),
                            Text.of(Map.of("ja", "「該当なし」は他の選択肢と同時に選択できません。",
                                    "en", "\"None of these\" cannot be selected with other answers.")),
                            Text.of(Map.of("ja", "この調査票にない質問です。", "en", "There is no such question in this survey.")));
        }

        private static final String ONES = """
                surveygen: 1
                id: s
                title: {ja: 調査, en: Survey}
                locales: [ja, en]
                defaults:
                  full-width-digits: %s
                sections:
                  - id: a
                    title: {ja: 節, en: Section}
                    questions:
                      - id: NOTE
                        type: note
                        label: {ja: 注記, en: Note}
                      - id: MAX1
                        type: multiple-choice
                        label: {ja: 一つ, en: One}
                        max-selections: 1
                        choices: &abc
                          - {code: a, label: {ja: あ, en: A}}
                          - {code: b, label: {ja: い, en: B}}
                      - id: EXACT1
                        type: multiple-choice
                        label: {ja: 一つ, en: One}
                        min-selections: 1
                        max-selections: 1
                        choices:
                          - {code: a, label: {ja: あ, en: A}}
                          - {code: b, label: {ja: い, en: B}}
                      - id: LEN1
                        type: text
                        label: {ja: 文字, en: Text}
                        min-length: 1
                      - id: MAXLEN1
                        type: text
                        label: {ja: 文字, en: Text}
                        max-length: 1
                      - id: EXACTLEN
                        type: text
                        label: {ja: 文字, en: Text}
                        min-length: 3
                        max-length: 3
                      - id: INT
                        type: integer
                        label: {ja: 整数, en: Integer}
                """;

        @Test
        void englishSingularForOneNoteMessageForNotesAndIntegerMessageByDigitPolicy() {
            Map<String, Object> response = response("NOTE", "x", "MAX1", List.of("a", "b"), "EXACT1", List.of("a", "b"),
                    "MAXLEN1", "ab", "EXACTLEN", "ab", "INT", "1.5");
            assertThat(new ReferenceInterpreter(load(ONES.formatted("nfkc"))).check(response))
                    .extracting(Violation::message).containsExactly(
                            Text.of(Map.of("ja", "この項目には回答できません。", "en", "This item takes no answer.")),
                            Text.of(Map.of("ja", "1個以下で選択してください。", "en", "Select at most 1 answer.")),
                            Text.of(Map.of("ja", "1個選択してください。", "en", "Select 1 answer.")),
                            Text.of(Map.of("ja", "入力してください。", "en", "Enter an answer.")),
                            Text.of(Map.of("ja", "1文字以内で入力してください。", "en", "Enter 1 character or fewer.")),
                            Text.of(Map.of("ja", "3文字で入力してください。", "en", "Enter exactly 3 characters.")),
                            Text.of(Map.of("ja", "整数で入力してください。", "en", "Enter a whole number in digits.")));
            assertThat(new ReferenceInterpreter(load(ONES.formatted("reject"))).check(response("INT", "1", "LEN1", "a",
                    "MAX1", List.of("a"), "EXACT1", List.of("a"), "MAXLEN1", "a", "EXACTLEN", "abc")))
                    .extracting(Violation::message).containsExactly(
                            Text.of(Map.of("ja", "半角数字の整数で入力してください。", "en", "Enter a whole number in digits.")));
        }

        @Test
        void atLeastOneCharacter() {
            ViolationMessages messages = new ViolationMessages(load(ONES.formatted("nfkc")));
            assertThat(messages.length(load(ONES.formatted("nfkc")).question("LEN1").orElseThrow()))
                    .isEqualTo(Text.of(Map.of("ja", "1文字以上で入力してください。", "en", "Enter at least 1 character.")));
        }

        @Test
        void japaneseOnlySurveyHasJapaneseOnlyMessages() {
            assertThat(TYPES.check(response("I", 0))).extracting(Violation::message)
                    .containsExactly(Text.of("ja", "1桁以上64桁以下で入力してください。"));
            assertThat(TYPES.check(response("MC", List.of("a")))).extracting(Violation::message)
                    .containsExactly(Text.of("ja", "2個以上3個以下で選択してください。"));
            assertThat(CHAIN.check(response("A", false, "B", true))).extracting(Violation::message)
                    .containsExactly(Text.of("ja", "この質問は回答の対象外です。回答を削除してください。"));
        }
    }

    @Nested
    class BlankAnswers {

        private final ReferenceInterpreter required = new ReferenceInterpreter(load("""
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: YN, type: yes-no, label: YN}
                      - {id: N, type: integer, label: N}
                      - {id: D, type: date, label: D}
                      - id: MC
                        type: multiple-choice
                        label: MC
                        choices:
                          - {code: red, label: Red}
                """));

        @Test
        void aBlankStringIsUnansweredWhateverTheType() {
            assertThat(violations(required, response("YN", "", "N", "\u3000", "D", " ", "MC", List.of("red"))))
                    .containsExactly("YN required", "N required", "D required");
        }

        @Test
        void blankEntriesOfASelectionAreIgnored() {
            assertThat(violations(required, response("YN", true, "N", 1, "D", "2025-01-01", "MC", List.of("", "\u3000"))))
                    .containsExactly("MC required");
            assertThat(violations(required, response("YN", true, "N", 1, "D", "2025-01-01", "MC", List.of(" ", "red"))))
                    .isEmpty();
        }

        @Test
        void choiceCodesAreComparedExactly() {
            assertThat(violations(required, response("YN", true, "N", 1, "D", "2025-01-01", "MC", List.of(" red"))))
                    .containsExactly("MC choice");
        }
    }

    @Test
    void aLongAnswerMatchesAPatternAsAShortOneDoes() {
        ReferenceInterpreter interpreter = new ReferenceInterpreter(load("""
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: T, type: long-text, label: T, pattern: '(a|b)*'}
                """));
        assertThat(violations(interpreter, response("T", "ab".repeat(10)))).isEmpty();
        // java.util.regex overflowed its stack here, and the answer was wrongly a pattern violation
        assertThat(violations(interpreter, response("T", "a".repeat(200_000)))).isEmpty();
    }
}
