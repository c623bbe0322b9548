package dev.surveygen.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surveygen.load.SurveyLoader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each question type has one answer specification, carrying exactly the constraints that apply to it. */
class AnswerSpecTest {

    private static final Survey SURVEY = new SurveyLoader().load("t.yaml", """
            surveygen: 1
            id: s
            title: T
            sections:
              - id: a
                title: A
                questions:
                  - {id: N, type: note, label: N}
                  - {id: Y, type: yes-no, label: Y}
                  - {id: T, type: text, label: T, min-length: 2, max-length: 10, pattern: '[0-9]+', pattern-message: digits}
                  - {id: L, type: long-text, label: L, required: false}
                  - id: S
                    type: single-choice
                    label: S
                    choices: [{code: x, label: X}, {code: y, label: Y}]
                  - id: M
                    type: multiple-choice
                    label: M
                    min-selections: 1
                    max-selections: 2
                    choices: [{code: x, label: X}, {code: y, label: Y}, {code: z, label: Z}]
                  - {id: I, type: integer, label: I, min: -5, max: 100, unit: items}
                  - {id: D, type: decimal, label: D, min: "0.5"}
                  - {id: W, type: date, label: W, min: 2024-04-01, max: 2025-03-31}
            """.getBytes(UTF_8)).survey().orElseThrow();

    private static AnswerSpec answer(String id) {
        return SURVEY.question(id).orElseThrow().answer();
    }

    @Test
    void eachTypeHasItsSpecification() {
        assertThat(answer("N")).isEqualTo(new AnswerSpec.NoteSpec());
        assertThat(answer("Y")).isEqualTo(new AnswerSpec.YesNoSpec());
        assertThat(answer("T")).isEqualTo(new AnswerSpec.TextSpec(false, Optional.of(2), Optional.of(10),
                Optional.of("[0-9]+"), Optional.of(Text.of(SURVEY.defaultLocale(), "digits"))));
        assertThat(answer("L")).isEqualTo(new AnswerSpec.TextSpec(true, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        AnswerSpec.ChoiceSpec single = (AnswerSpec.ChoiceSpec) answer("S");
        assertThat(single.multiple()).isFalse();
        assertThat(single.choices().codes()).containsExactly("x", "y");
        assertThat(answer("M")).isEqualTo(new AnswerSpec.ChoiceSpec(true,
                SURVEY.question("M").orElseThrow().choices().orElseThrow(), Optional.of(1), Optional.of(2)));
        assertThat(answer("I")).isEqualTo(new AnswerSpec.NumberSpec(true, Optional.of(new BigDecimal("-5")),
                Optional.of(new BigDecimal("100")), SURVEY.question("I").orElseThrow().unit()));
        assertThat(((AnswerSpec.NumberSpec) answer("I")).unit()).isPresent();
        assertThat(answer("D")).isEqualTo(new AnswerSpec.NumberSpec(false, Optional.of(new BigDecimal("0.5")),
                Optional.empty(), Optional.empty()));
        assertThat(answer("W")).isEqualTo(new AnswerSpec.DateSpec(Optional.of(LocalDate.of(2024, 4, 1)),
                Optional.of(LocalDate.of(2025, 3, 31))));
    }

    @Test
    void theVisitorReachesTheOneMethodOfEachFamily() {
        AnswerSpec.Visitor<String> names = new AnswerSpec.Visitor<>() {
            @Override
            public String visitNote(AnswerSpec.NoteSpec note) {
                return "note";
            }

            @Override
            public String visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                return "yes-no";
            }

            @Override
            public String visitText(AnswerSpec.TextSpec text) {
                return text.multiline() ? "long-text" : "text";
            }

            @Override
            public String visitChoice(AnswerSpec.ChoiceSpec choice) {
                return choice.multiple() ? "multiple-choice" : "single-choice";
            }

            @Override
            public String visitNumber(AnswerSpec.NumberSpec number) {
                return number.integer() ? "integer" : "decimal";
            }

            @Override
            public String visitDate(AnswerSpec.DateSpec date) {
                return "date";
            }
        };
        for (Question q : SURVEY.questions()) {
            assertThat(q.answer().accept(names)).as(q.id()).isEqualTo(q.type().keyword());
            assertThat(q.answer().takesContains()).as(q.id()).isEqualTo(q.id().equals("M"));
        }
    }

    @Test
    void eachSpecListsTheViolationsItsConstraintsMakePossibleInTheOrderOfR6() {
        assertThat(answer("N").answerViolations()).isEmpty();
        assertThat(answer("Y").answerViolations()).containsExactly(ViolationCode.TYPE);
        assertThat(answer("T").answerViolations()).containsExactly(ViolationCode.TYPE, ViolationCode.LENGTH,
                ViolationCode.PATTERN);
        assertThat(answer("L").answerViolations()).containsExactly(ViolationCode.TYPE);
        assertThat(answer("S").answerViolations()).containsExactly(ViolationCode.TYPE, ViolationCode.CHOICE);
        assertThat(answer("M").answerViolations()).containsExactly(ViolationCode.TYPE, ViolationCode.CHOICE,
                ViolationCode.SELECTION_COUNT);
        assertThat(answer("I").answerViolations()).containsExactly(ViolationCode.TYPE, ViolationCode.RANGE);
        assertThat(answer("W").answerViolations()).containsExactly(ViolationCode.TYPE, ViolationCode.RANGE);
    }

    @Test
    void eachSpecGivesTheCatalogueKeyAndArgumentsOfItsMessages() {
        assertThat(answer("M").message(ViolationCode.REQUIRED, DigitPolicy.NFKC).key())
                .isEqualTo("violation.required.select-many");
        assertThat(answer("S").message(ViolationCode.REQUIRED, DigitPolicy.NFKC).key())
                .isEqualTo("violation.required.select");
        assertThat(answer("I").message(ViolationCode.TYPE, DigitPolicy.NFKC).key())
                .isEqualTo("violation.type.integer-nfkc");
        assertThat(answer("I").message(ViolationCode.TYPE, DigitPolicy.REJECT).key())
                .isEqualTo("violation.type.integer");
        AnswerSpec.Message range = answer("I").message(ViolationCode.RANGE, DigitPolicy.NFKC);
        assertThat(range.key()).isEqualTo("violation.range.between");
        assertThat(range.arguments()).containsEntry("min", "-5").containsEntry("max", "100")
                .containsEntry("unit", new AnswerSpec.Wrapped("violation.unit", "unit",
                        SURVEY.question("I").orElseThrow().unit().orElseThrow()));
        AnswerSpec.Message dates = answer("W").message(ViolationCode.RANGE, DigitPolicy.NFKC);
        assertThat(dates.key()).isEqualTo("violation.range.date-between");
        assertThat(dates.arguments()).containsEntry("min", "2024-04-01").containsEntry("max", "2025-03-31");
        AnswerSpec.Message count = answer("M").message(ViolationCode.SELECTION_COUNT, DigitPolicy.NFKC);
        assertThat(count.key()).isEqualTo("violation.selection-count.between");
        assertThat(count.arguments()).containsEntry("minCount", 1).containsEntry("maxCount", 2);
        assertThat(answer("T").message(ViolationCode.PATTERN, DigitPolicy.NFKC).authored())
                .contains(Text.of(SURVEY.defaultLocale(), "digits"));
        assertThat(answer("N").message(ViolationCode.NOT_APPLICABLE, DigitPolicy.NFKC).key())
                .isEqualTo("violation.type.note");
        assertThatThrownBy(() -> answer("Y").message(ViolationCode.RANGE, DigitPolicy.NFKC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a yes-no answer has no 'range' violation");
    }

    @Test
    void theTypeTableSaysWhichKeysApplyToWhichTypes() {
        assertThat(QuestionType.takers("min")).isEqualTo("integer, decimal and date questions");
        assertThat(QuestionType.takers("unit")).isEqualTo("integer and decimal questions");
        assertThat(QuestionType.takers("choices")).isEqualTo("single-choice and multiple-choice questions");
        assertThat(QuestionType.takers("min-selections")).isEqualTo("multiple-choice questions");
        assertThat(QuestionType.takers("pattern")).isEqualTo("text and long-text questions");
        assertThat(QuestionType.takers("required")).isEqualTo("questions that take an answer (not notes)");
    }
}
