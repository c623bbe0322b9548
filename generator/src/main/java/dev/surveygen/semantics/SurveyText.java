package dev.surveygen.semantics;

/**
 * Blankness and trimming of answers. The set of characters trimmed is exactly JavaScript's
 * {@code String.prototype.trim} set (Unicode white space incl. U+3000 ideographic space and
 * U+FEFF, plus line terminators), so the browser and Java agree on what "blank" means.
 */
public final class SurveyText {

    /**
     * Every character trimmed, in one string: the rule stated once, which the form script receives
     * as data (rules JSON {@code reading.trim}).
     */
    public static final String TRIMMED = "\t\n\u000B\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
            + "\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    private SurveyText() {}

    public static boolean isTrimmed(char c) {
        return TRIMMED.indexOf(c) >= 0;
    }

    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isTrimmed(s.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    public static boolean isBlank(String s) {
        return trim(s).isEmpty();
    }

    /** Length as a person counts it: Unicode code points, not UTF-16 units. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
