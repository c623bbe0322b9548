package dev.surveygen.load;

import dev.surveygen.regex.PatternCompiler;
import java.util.Optional;

/**
 * Keeps patterns to the part of regular-expression syntax that reads the same in
 * {@code java.util.regex}, in JavaScript's {@code RegExp} (with the {@code u} flag) and in the
 * program that surveygen matches answers with ({@link PatternCompiler}, Part 10 of
 * docs/definition-format.md), so that an author's expectations from either dialect hold. Anything
 * else is reported with the offset of the construct and what to write instead. The patterns
 * checked here have already compiled in Java. Linear in the pattern's length.
 */
final class RegexPortability {

    record Problem(int offset, String message) {}

    private static final String SYNTAX_CHARS = "\\.*+?()[]{}|^$/";

    private RegexPortability() {}

    /**
     * A problem with the nesting of groups, checked before Java compiles the pattern (which
     * recurses once per level): more than {@value PatternCompiler#MAX_NESTING} levels.
     */
    static Optional<Problem> nesting(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++; // ']' first in a class does not close it in Java
                }
            } else if (c == '(') {
                if (++depth > PatternCompiler.MAX_NESTING) {
                    return problem(i, "groups nest more than " + PatternCompiler.MAX_NESTING + " levels deep");
                }
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return Optional.empty();
    }

    static Optional<Problem> check(String regex) {
        boolean inClass = false;
        boolean quantifiable = false;
        boolean lastClassAtomIsClassEscape = false;
        int classFirst = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    return problem(i, "a pattern cannot end with '\\'");
                }
                char e = regex.charAt(i + 1);
                Optional<Problem> bad = inClass ? classEscape(regex, i, e) : escape(regex, i, e);
                if (bad.isPresent()) {
                    return bad;
                }
                if (inClass) {
                    boolean classEscape = "dDwW".indexOf(e) >= 0;
                    if (classEscape && regex.charAt(i - 1) == '-' && !escapedAt(regex, i - 1)
                            && isRangeDash(regex, i - 1, classFirst)) {
                        return problem(i, "'\\" + e + "' cannot end a range in a character class (JavaScript rejects it);"
                                + " write '\\-' for a hyphen");
                    }
                    lastClassAtomIsClassEscape = classEscape;
                }
                i += escapeLength(regex, i) - 1;
                quantifiable = true;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                    quantifiable = true;
                } else if (c == '[') {
                    return problem(i, "'[' inside a character class is read differently by Java and JavaScript;"
                            + " write '\\['");
                } else if (c == '&' && i + 1 < regex.length() && regex.charAt(i + 1) == '&') {
                    return problem(i, "class intersection '&&' works only in Java; list the characters instead");
                } else if (c == '-' && lastClassAtomIsClassEscape && isRangeDash(regex, i, classFirst)) {
                    return problem(i - 2, "'" + regex.substring(i - 2, i) + "' cannot start a range in a character class"
                            + " (JavaScript rejects it); write '\\-' for a hyphen");
                } else {
                    lastClassAtomIsClassEscape = false;
                }
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    lastClassAtomIsClassEscape = false;
                    int first = i + 1 < regex.length() && regex.charAt(i + 1) == '^' ? i + 2 : i + 1;
                    if (first < regex.length() && regex.charAt(first) == ']') {
                        // ']' first in a class is a literal in Java; JavaScript reads [] and [^] as classes
                        return problem(first, "']' first in a character class is read differently by Java and"
                                + " JavaScript; write '\\]'");
                    }
                    classFirst = first;
                    i = first - 1;
                }
                case '(' -> {
                    if (regex.startsWith("?", i + 1)) {
                        if (regex.startsWith("?=", i + 1) || regex.startsWith("?!", i + 1)
                                || regex.startsWith("?<=", i + 1) || regex.startsWith("?<!", i + 1)) {
                            return Optional.of(new Problem(i, PatternCompiler.LOOKAROUND));
                        }
                        boolean named = regex.startsWith("?<", i + 1) && i + 3 < regex.length()
                                && Character.isLetter(regex.charAt(i + 3));
                        if (!(regex.startsWith("?:", i + 1) || named)) {
                            return problem(i, regex.startsWith("?>", i + 1)
                                    ? "atomic groups '(?>...)' work only in Java"
                                    : "inline flags such as '(?i)' work only in Java; list both cases, e.g. [Aa]");
                        }
                        // skip the group's opening: (?: or (?<name>
                        int close = regex.indexOf('>', i + 3);
                        i = named ? (close > 0 ? close : regex.length() - 1) : i + 2;
                    }
                    quantifiable = false;
                }
                case ')' -> quantifiable = true;
                case '|', '^', '$' -> quantifiable = false;
                case '*', '+', '?', '{' -> {
                    int end = c == '{' ? quantifierEnd(regex, i) : i + 1;
                    if (end < 0) {
                        return problem(i, "'{' must start a quantifier such as {2}, {2,} or {1,3}; for the character"
                                + " write '\\{'");
                    }
                    if (!quantifiable) {
                        return problem(i, "the quantifier '" + regex.substring(i, end) + "' has nothing to repeat here"
                                + " (JavaScript rejects it); put it after a character, a class or a group");
                    }
                    if (end < regex.length() && regex.charAt(end) == '+') {
                        return problem(end, "possessive quantifiers ('*+', '++', '?+') work only in Java");
                    }
                    if (end < regex.length() && regex.charAt(end) == '?') {
                        end++; // lazy
                    }
                    i = end - 1;
                    quantifiable = false;
                }
                case ']', '}' -> {
                    return problem(i, "a lone '" + c + "' is a literal in Java but an error in JavaScript; write '\\"
                            + c + "'");
                }
                default -> quantifiable = true;
            }
        }
        return Optional.empty();
    }

    /** The index after a quantifier {n}, {n,} or {n,m} starting at {@code at}, or -1. */
    private static int quantifierEnd(String regex, int at) {
        int i = at + 1;
        int digits = 0;
        while (i < regex.length() && isDigit(regex.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return -1;
        }
        if (i < regex.length() && regex.charAt(i) == ',') {
            i++;
            while (i < regex.length() && isDigit(regex.charAt(i))) {
                i++;
            }
        }
        return i < regex.length() && regex.charAt(i) == '}' ? i + 1 : -1;
    }

    /**
     * Whether the unescaped '-' at {@code at} inside a class whose first atom is at
     * {@code classFirst} may make a range: it is neither the first nor the last character.
     */
    private static boolean isRangeDash(String regex, int at, int classFirst) {
        return at > classFirst && at + 1 < regex.length() && regex.charAt(at + 1) != ']';
    }

    /** How many characters the escape at {@code at} takes, backslash included. */
    private static int escapeLength(String regex, int at) {
        if (at + 1 >= regex.length()) {
            return 1;
        }
        char e = regex.charAt(at + 1);
        if (e == 'u' && hex(regex, at + 2, 4)) {
            return 6;
        }
        if (e == 'x' && hex(regex, at + 2, 2)) {
            return 4;
        }
        return 2;
    }

    private static boolean hex(String regex, int from, int count) {
        if (regex.length() < from + count) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = regex.charAt(i);
            if (!(isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Problem> classEscape(String regex, int at, char e) {
        if ("dDwWnrtf-".indexOf(e) >= 0 || SYNTAX_CHARS.indexOf(e) >= 0) {
            return Optional.empty();
        }
        return common(regex, at, e);
    }

    private static Optional<Problem> escape(String regex, int at, char e) {
        if ("dDwWnrtf".indexOf(e) >= 0 || SYNTAX_CHARS.indexOf(e) >= 0) {
            return Optional.empty();
        }
        if (e == 'b' || e == 'B') {
            return problem(at, "'\\" + e + "' (word boundary) is not supported: Java counts Japanese and other letters"
                    + " as word characters, JavaScript only [A-Za-z0-9_], and the whole answer must match anyway;"
                    + " write the characters allowed at each place, e.g. [A-Za-z0-9_]+");
        }
        if ((e >= '1' && e <= '9') || e == 'k') {
            return Optional.of(new Problem(at, PatternCompiler.BACK_REFERENCE));
        }
        return common(regex, at, e);
    }

    private static Optional<Problem> common(String regex, int at, char e) {
        if (e == 'u' && hex(regex, at + 2, 4)) {
            return Optional.empty();
        }
        if (e == 'x' && hex(regex, at + 2, 2)) {
            return Optional.empty();
        }
        if (e == 's' || e == 'S') {
            return problem(at, "'\\" + e + "' means different spaces in Java and JavaScript; list them, e.g. [ \\t\u3000]");
        }
        if (e == 'p' || e == 'P') {
            return problem(at, "'\\" + e + "{...}' classes are named differently in Java and JavaScript; use ranges,"
                    + " e.g. [ァ-ヶー] for katakana");
        }
        return problem(at, "the escape '\\" + e + "' is not read the same way by Java and JavaScript");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean escapedAt(String regex, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && regex.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static Optional<Problem> problem(int offset, String message) {
        return Optional.of(new Problem(offset, "pattern: " + message));
    }
}
