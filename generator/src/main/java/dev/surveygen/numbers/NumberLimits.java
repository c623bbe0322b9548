package dev.surveygen.numbers;

import dev.surveygen.runtime.Support;
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

    /** The runtime's limits, which the generated code applies: stated once. */
    public static final int MAX_INTEGER_DIGITS = Support.MAX_INTEGER_DIGITS;
    public static final int MAX_FRACTION_DIGITS = Support.MAX_FRACTION_DIGITS;

    private NumberLimits() {}

    /**
     * Whether {@code number}, written out without an exponent and with its scale, has at most
     * {@value #MAX_INTEGER_DIGITS} digits before the point, not counting leading zeros, and at most
     * {@value #MAX_FRACTION_DIGITS} after it. Constant time for any number: the runtime's
     * {@link Support#fits(BigDecimal)}.
     */
    public static boolean fits(BigDecimal number) {
        return Support.fits(number);
    }
}
