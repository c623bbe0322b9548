package dev.surveygen.semantics;

import dev.surveygen.condition.Literal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Set;

/**
 * A read answer, one record per kind of value: a yes/no, a text, a code of a single choice, the
 * codes of a multiple choice, a number or a date. Which kind a question's answers have is decided
 * by its answer specification (the reader of each family makes only its own kind).
 */
public sealed interface AnswerValue {

    /** The plain Java value (Boolean, String, Set of codes, BigDecimal, LocalDate). */
    Object plain();

    /**
     * How a condition compares this value with {@code literal}: {@code value.compareTo(literal)}
     * (only the sign, and for texts and codes only equality, matter), or null when the literal is
     * not of this value's kind (the comparison is then false).
     */
    Integer compareWith(Literal literal);

    /** Whether a condition's {@code contains} holds: only a set of codes contains anything. */
    default boolean containsCode(String code) {
        return false;
    }

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

        @Override
        public Integer compareWith(Literal literal) {
            return literal.yesNo().map(other -> yes == other ? 0 : 1).orElse(null);
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

        @Override
        public Integer compareWith(Literal literal) {
            return literal.string().map(other -> text.equals(other) ? 0 : 1).orElse(null);
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

        @Override
        public Integer compareWith(Literal literal) {
            return literal.string().map(other -> code.equals(other) ? 0 : 1).orElse(null);
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

        /** A set of codes is only tested with {@code contains} (the checker rejects comparisons). */
        @Override
        public Integer compareWith(Literal literal) {
            return null;
        }

        @Override
        public boolean containsCode(String code) {
            return codes.contains(code);
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

        @Override
        public Integer compareWith(Literal literal) {
            return literal.number().map(number::compareTo).orElse(null);
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

        /** Against a date literal ({@code '2025-01-31'}); any other text does not compare. */
        @Override
        public Integer compareWith(Literal literal) {
            return literal.string().map(text -> {
                try {
                    return date.compareTo(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    return null;
                }
            }).orElse(null);
        }
    }
}
