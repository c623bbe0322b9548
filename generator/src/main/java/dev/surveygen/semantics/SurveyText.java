package dev.surveygen.semantics;

import dev.surveygen.runtime.Support;

/**
 * Blankness and trimming of answers. The set of characters trimmed is exactly JavaScript's
 * {@code String.prototype.trim} set (Unicode white space incl. U+3000 ideographic space and
 * U+FEFF, plus line terminators), so the browser and Java agree on what "blank" means. The rule is
 * the runtime's ({@link Support#isTrimmed}), which the generated code runs: stated once.
 */
public final class SurveyText {

    /**
     * Every character trimmed, in one string, as {@link Support#isTrimmed} decides: the form script
     * receives it as data (rules JSON {@code reading.trim}).
     */
    public static final String TRIMMED = trimmed();

    private SurveyText() {}

    private static String trimmed() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Support.isTrimmed(c)) {
                all.append(c);
            }
        }
        return all.toString();
    }

    public static boolean isTrimmed(char c) {
        return Support.isTrimmed(c);
    }

    public static String trim(String s) {
        return Support.trim(s);
    }

    public static boolean isBlank(String s) {
        return Support.isBlank(s);
    }
}
