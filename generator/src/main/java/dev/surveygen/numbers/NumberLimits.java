package dev.surveygen.numbers;

import java.math.BigDecimal;

/**
 * How long a number may be: at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point
 * and {@value #MAX_FRACTION_DIGITS} after it, in a definition's decimal bounds, in a condition's
 * numbers and in answers (docs/definition-format.md, §8.4, §9.1 and rule R9). Answers do not count
 * leading zeros; the digits after the point are counted as written ({@code 2.50} has two). The
 * limit is checked by counting digits, before any arithmetic: {@link BigDecimal}'s parsing and
 * {@code stripTrailingZeros} take time quadratic in the number of digits, so a number of a
 * million digits would otherwise stall whoever reads it.
 */
public final class NumberLimits {

    public static final int MAX_INTEGER_DIGITS = 30;
    public static final int MAX_FRACTION_DIGITS = 30;

    /** 2^200 exceeds 10^60, the most digits a number within the limits can have in its unscaled value. */
    private static final int MAX_UNSCALED_BITS = 200;

    private NumberLimits() {}

    /**
     * Whether {@code number}, written out without an exponent and with its scale, has at most
     * {@value #MAX_INTEGER_DIGITS} digits before the point, not counting leading zeros, and at most
     * {@value #MAX_FRACTION_DIGITS} after it. Constant time for any number.
     */
    public static boolean fits(BigDecimal number) {
        if (number.scale() > MAX_FRACTION_DIGITS) {
            return false;
        }
        if (number.signum() == 0) {
            return true;
        }
        if (number.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
            return false; // more than 60 digits, of which at most 30 can follow the point
        }
        return (long) number.precision() - number.scale() <= MAX_INTEGER_DIGITS;
    }

    /**
     * Whether {@code text}, already known to be an optional sign, ASCII digits and optionally
     * {@code .} and more ASCII digits, fits the limits of {@link #fits(BigDecimal)}. Linear in
     * the length of the text.
     */
    public static boolean fitsText(String text) {
        int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        while (i < text.length() - 1 && text.charAt(i) == '0' && text.charAt(i + 1) != '.') {
            i++; // leading zeros, but for the one before the point
        }
        int point = text.indexOf('.', i);
        int integerDigits = (point < 0 ? text.length() : point) - i;
        if (integerDigits == 1 && text.charAt(i) == '0') {
            integerDigits = 0;
        }
        int fractionDigits = point < 0 ? 0 : text.length() - point - 1;
        return integerDigits <= MAX_INTEGER_DIGITS && fractionDigits <= MAX_FRACTION_DIGITS;
    }
}
