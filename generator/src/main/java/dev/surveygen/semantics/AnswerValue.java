package dev.surveygen.semantics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A read answer, one record per kind of value: a yes/no, a text, a code of a single choice, the
 * codes of a multiple choice, a number or a date. Which kind a question's answers have is decided
 * by its answer specification (the reader of each family makes only its own kind).
 */
public sealed interface AnswerValue {

    /** The value as the condition evaluator compares it (Boolean, String, Set, BigDecimal, LocalDate). */
    Object plain();

    /** This value as the kind its specification reads; a reader that made another kind is a bug. */
    default <T extends AnswerValue> T as(Class<T> kind) {
        if (!kind.isInstance(this)) {
            throw new IllegalStateException("expected a " + kind.getSimpleName() + " answer, read " + this);
        }
        return kind.cast(this);
    }

    record YesNo(boolean yes) implements AnswerValue {

        @Override
        public Object plain() {
            return yes;
        }
    }

    /** A trimmed, non-blank text. */
    record TextValue(String text) implements AnswerValue {

        public TextValue {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Object plain() {
            return text;
        }
    }

    /** A code of the choice list. */
    record Code(String code) implements AnswerValue {

        public Code {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public Object plain() {
            return code;
        }
    }

    /** A non-empty set of codes of the choice list. */
    record Codes(Set<String> codes) implements AnswerValue {

        public Codes {
            codes = Set.copyOf(codes);
        }

        @Override
        public Object plain() {
            return codes;
        }
    }

    record Number(BigDecimal number) implements AnswerValue {

        public Number {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public Object plain() {
            return number;
        }
    }

    record Date(LocalDate date) implements AnswerValue {

        public Date {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public Object plain() {
            return date;
        }
    }
}
