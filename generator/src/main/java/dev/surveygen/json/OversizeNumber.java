package dev.surveygen.json;

import java.util.Objects;

/**
 * A JSON number that {@link JsonReader} keeps as written instead of computing with it: one with
 * more than {@value JsonReader#MAX_SIGNIFICANT_DIGITS} digits from its first non-zero digit on,
 * or with an exponent of more than {@value JsonReader#MAX_EXPONENT_DIGITS} digits. Parsing such a
 * number into a {@link java.math.BigDecimal} takes time quadratic in its digits; no answer can be
 * one anyway (rule R9 allows 30 digits before the point and 30 after it), so the reference
 * semantics reads it as a number of the wrong kind, a {@code type} violation.
 */
public final class OversizeNumber extends Number {

    private static final long serialVersionUID = 1L;

    private final String text;

    public OversizeNumber(String text) {
        this.text = Objects.requireNonNull(text);
    }

    /** The closest double (an infinity or zero when out of its range); linear in the length. */
    @Override
    public double doubleValue() {
        return Double.parseDouble(text);
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    @Override
    public long longValue() {
        return (long) doubleValue();
    }

    @Override
    public int intValue() {
        return (int) doubleValue();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OversizeNumber o && o.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The number as written. */
    @Override
    public String toString() {
        return text;
    }
}
