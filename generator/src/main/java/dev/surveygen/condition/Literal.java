package dev.surveygen.condition;

import java.math.BigDecimal;

/** A constant in a condition; offset and length locate it in the condition's source. */
public sealed interface Literal {

    int offset();

    int length();

    /** How the literal reads in a message: {@code yes}, {@code 8}, {@code 'other'}. */
    String display();

    /** {@code yes} or {@code no}. */
    record YesNo(boolean value, int offset, int length) implements Literal {
        @Override
        public String display() {
            return value ? "yes" : "no";
        }
    }

    /** A number such as {@code 8} or {@code -1.5}. */
    record Num(BigDecimal value, int offset, int length) implements Literal {
        @Override
        public String display() {
            return value.toPlainString();
        }
    }

    /** A quoted string: a choice code, a date or a text. */
    record Str(String value, int offset, int length) implements Literal {
        @Override
        public String display() {
            return "'" + value + "'";
        }
    }
}
