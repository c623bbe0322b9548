package dev.surveygen.semantics;

/**
 * Blankness and trimming of answers. The set of characters trimmed is exactly JavaScript's
 * {@code String.prototype.trim} set (Unicode white space incl. U+3000 ideographic space and
 * U+FEFF, plus line terminators), so the browser and Java agree on what "blank" means.
 */
public final class SurveyText {

    private SurveyText() {}

    public static boolean isTrimmed(char c) {
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F',
                    '\u3000', '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
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
