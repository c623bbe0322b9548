package dev.surveygen.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

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
                Optional.of("[0-9]+"), Optional.of(SURVEY.question("T").orElseThrow().constraints().patternMessage().orElseThrow())));
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
}
