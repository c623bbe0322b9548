package dev.surveygen.javagen;

import dev.surveygen.model.AnswerSpec;
import dev.surveygen.model.Question;
import dev.surveygen.model.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The constraints of a question flattened into one record, as this generator's emitters read
 * them until they dispatch on {@link AnswerSpec} themselves (issue 12 rewrites them). Derived from
 * the answer specification; only the constraints of the question's type are present.
 */
record Constraints(
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        Optional<LocalDate> minDate,
        Optional<LocalDate> maxDate,
        Optional<Integer> minLength,
        Optional<Integer> maxLength,
        Optional<String> pattern,
        Optional<Text> patternMessage,
        Optional<Integer> minSelections,
        Optional<Integer> maxSelections) {

    private static final Constraints NONE = new Constraints(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    static Constraints of(Question question) {
        return question.answer().accept(new AnswerSpec.Visitor<Constraints>() {
            @Override
            public Constraints visitNote(AnswerSpec.NoteSpec note) {
                return NONE;
            }

            @Override
            public Constraints visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                return NONE;
            }

            @Override
            public Constraints visitText(AnswerSpec.TextSpec text) {
                return new Constraints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        text.minLength(), text.maxLength(), text.pattern(), text.patternMessage(), Optional.empty(),
                        Optional.empty());
            }

            @Override
            public Constraints visitChoice(AnswerSpec.ChoiceSpec choice) {
                return new Constraints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), choice.minSelections(),
                        choice.maxSelections());
            }

            @Override
            public Constraints visitNumber(AnswerSpec.NumberSpec number) {
                return new Constraints(number.min(), number.max(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            }

            @Override
            public Constraints visitDate(AnswerSpec.DateSpec date) {
                return new Constraints(Optional.empty(), Optional.empty(), date.min(), date.max(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            }
        });
    }
}
