package dev.surveygen.condition;

import java.math.BigDecimal;
import java.util.Optional;

/** A constant in a condition; offset and length locate it in the condition's source. */
public sealed interface Literal {

    int offset();

    int length();

    /** How the literal reads in a message: {@code yes}, {@code 8}, {@code 'other'}. */
    String display();

    /** Calls the method of {@code visitor} for this kind of literal (see {@link Expr#accept}). */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of literal. */
    interface Visitor<R> {

        R visitYesNo(YesNo yesNo);

        R visitNum(Num num);

        R visitStr(Str str);
    }

    /** The value of a {@code yes}/{@code no} literal; empty for the other kinds. */
    default Optional<Boolean> yesNo() {
        return Optional.empty();
    }

    /** The value of a number literal; empty for the other kinds. */
    default Optional<BigDecimal> number() {
        return Optional.empty();
    }

    /** The value of a quoted literal; empty for the other kinds. */
    default Optional<String> string() {
        return Optional.empty();
    }

    /** {@code yes} or {@code no}. */
    record YesNo(boolean value, int offset, int length) implements Literal {
        @Override
        public String display() {
            return value ? "yes" : "no";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitYesNo(this);
        }

        @Override
        public Optional<Boolean> yesNo() {
            return Optional.of(value);
        }
    }

    /** A number such as {@code 8} or {@code -1.5}. */
    record Num(BigDecimal value, int offset, int length) implements Literal {
        @Override
        public String display() {
            return value.toPlainString();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNum(this);
        }

        @Override
        public Optional<BigDecimal> number() {
            return Optional.of(value);
        }
    }

    /** A quoted string: a choice code, a date or a text. */
    record Str(String value, int offset, int length) implements Literal {
        @Override
        public String display() {
            return "'" + value + "'";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStr(this);
        }

        @Override
        public Optional<String> string() {
            return Optional.of(value);
        }
    }
}
