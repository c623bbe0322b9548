package dev.surveygen.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a question's answer is: one record per family of question types, holding exactly the
 * constraints that apply to it (where {@link Constraints} has ten optionals for every type). Code
 * that treats the families differently dispatches with {@link #accept}, so adding a family is a
 * compile error in every such place until each handles it.
 */
public sealed interface AnswerSpec {

    <R> R accept(Visitor<R> visitor);

    /** Whether a condition may test the answer with {@code contains}: a set of codes. */
    default boolean takesContains() {
        return false;
    }

    /** One method per family of answers. */
    interface Visitor<R> {

        R visitNote(NoteSpec note);

        R visitYesNo(YesNoSpec yesNo);

        R visitText(TextSpec text);

        R visitChoice(ChoiceSpec choice);

        R visitNumber(NumberSpec number);

        R visitDate(DateSpec date);
    }

    /**
     * The specification of a question of {@code type} with these constraints, choices and unit;
     * constraints that do not apply to the type are not carried (the checker reports them). A choice
     * question whose list could not be bound (a definition with errors) gets an empty list.
     */
    static AnswerSpec of(QuestionType type, Constraints c, Optional<ChoiceList> choices, Optional<Text> unit,
            dev.surveygen.diagnostics.SourcePosition position) {
        return switch (type) {
            case NOTE -> NoteSpec.INSTANCE;
            case YES_NO -> YesNoSpec.INSTANCE;
            case TEXT, LONG_TEXT -> new TextSpec(type == QuestionType.LONG_TEXT, c.minLength(), c.maxLength(),
                    c.pattern(), c.patternMessage());
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new ChoiceSpec(type == QuestionType.MULTIPLE_CHOICE,
                    choices.orElseGet(() -> new ChoiceList(Optional.empty(), List.of(), position)),
                    c.minSelections(), c.maxSelections());
            case INTEGER, DECIMAL -> new NumberSpec(type == QuestionType.INTEGER, c.min(), c.max(), unit);
            case DATE -> new DateSpec(c.minDate(), c.maxDate());
        };
    }

    /** Display-only text: takes no answer. */
    record NoteSpec() implements AnswerSpec {

        static final NoteSpec INSTANCE = new NoteSpec();

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNote(this);
        }
    }

    /** Yes or no. */
    record YesNoSpec() implements AnswerSpec {

        static final YesNoSpec INSTANCE = new YesNoSpec();

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitYesNo(this);
        }
    }

    /** A text of one line ({@code text}) or several ({@code long-text}). Lengths count code points. */
    record TextSpec(boolean multiline, Optional<Integer> minLength, Optional<Integer> maxLength,
            Optional<String> pattern, Optional<Text> patternMessage) implements AnswerSpec {

        public TextSpec {
            Objects.requireNonNull(minLength, "minLength");
            Objects.requireNonNull(maxLength, "maxLength");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(patternMessage, "patternMessage");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitText(this);
        }
    }

    /** One code ({@code single-choice}) or a set of codes ({@code multiple-choice}) of a choice list. */
    record ChoiceSpec(boolean multiple, ChoiceList choices, Optional<Integer> minSelections,
            Optional<Integer> maxSelections) implements AnswerSpec {

        public ChoiceSpec {
            Objects.requireNonNull(choices, "choices");
            Objects.requireNonNull(minSelections, "minSelections");
            Objects.requireNonNull(maxSelections, "maxSelections");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitChoice(this);
        }

        @Override
        public boolean takesContains() {
            return multiple;
        }
    }

    /** A whole number ({@code integer}) or a decimal one, within optional bounds, with an optional unit. */
    record NumberSpec(boolean integer, Optional<BigDecimal> min, Optional<BigDecimal> max, Optional<Text> unit)
            implements AnswerSpec {

        public NumberSpec {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNumber(this);
        }
    }

    /** A calendar date (ISO {@code YYYY-MM-DD}) within optional bounds. */
    record DateSpec(Optional<LocalDate> min, Optional<LocalDate> max) implements AnswerSpec {

        public DateSpec {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDate(this);
        }
    }
}
