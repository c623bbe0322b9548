package dev.surveygen.rules;

import dev.surveygen.numbers.NumberLimits;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.IsoDate;
import dev.surveygen.semantics.SurveyText;
import java.util.List;

/**
 * How answers are read, as data from the definitions the reference interpreter uses, so that the
 * script restates none of it: the trimmed characters, the host fields' prefix, the number
 * characters and their full-width forms, the syntaxes of integers, decimals and dates, the digit
 * limits and the integer range. Characters are code points: data, not text (no ideographic space
 * or full-width digit in the page's text).
 */
public record Reading(
        List<Integer> trim,
        String hostFieldPrefix,
        List<Integer> numberCharacters,
        List<Integer> fullWidthNumberCharacters,
        String integer,
        String decimal,
        String date,
        int maxIntegerDigits,
        int maxFractionDigits,
        String integerMin,
        String integerMax) {

    public Reading {
        trim = List.copyOf(trim);
        numberCharacters = List.copyOf(numberCharacters);
        fullWidthNumberCharacters = List.copyOf(fullWidthNumberCharacters);
    }

    /** The reading of this version. */
    public static Reading current() {
        return new Reading(codePoints(SurveyText.TRIMMED), FormValues.HOST_FIELD_PREFIX,
                codePoints(FormValues.NUMBER_CHARACTERS), codePoints(FormValues.FULL_WIDTH_NUMBER_CHARACTERS),
                FormValues.INTEGER_SYNTAX, FormValues.DECIMAL_SYNTAX, IsoDate.SYNTAX, NumberLimits.MAX_INTEGER_DIGITS,
                NumberLimits.MAX_FRACTION_DIGITS, String.valueOf(FormValues.INTEGER_MIN),
                String.valueOf(FormValues.INTEGER_MAX));
    }

    private static List<Integer> codePoints(String characters) {
        return characters.codePoints().boxed().toList();
    }
}
