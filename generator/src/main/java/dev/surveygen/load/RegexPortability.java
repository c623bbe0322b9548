package dev.surveygen.load;

import java.util.Optional;

/**
 * Keeps patterns to the part of regular-expression syntax that {@code java.util.regex} and
 * JavaScript's {@code RegExp} (with the {@code u} flag) read the same way, because the generated
 * Java validator and the browser form must accept exactly the same answers. Anything else is
 * reported with the offset of the construct and what to write instead.
 */
final class RegexPortability {

    record Problem(int offset, String message) {}

    private static final String SYNTAX_CHARS = "\\.*+?()[]{}|^$/";

    private RegexPortability() {}

    static Optional<Problem> check(String regex) {
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    return problem(i, "a pattern cannot end with '\\'");
                }
                char e = regex.charAt(i + 1);
                Optional<Problem> bad = escape(regex, i, e, inClass);
                if (bad.isPresent()) {
                    return bad;
                }
                i += e == 'u' ? 5 : e == 'x' ? 3 : 1;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                } else if (c == '[') {
                    return problem(i, "'[' inside a character class is read differently by Java and JavaScript;"
                            + " write '\\['");
                } else if (c == '&' && i + 1 < regex.length() && regex.charAt(i + 1) == '&') {
                    return problem(i, "class intersection '&&' works only in Java; list the characters instead");
                }
                continue;
            }
            if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++; // ']' first in a class is a literal in Java but ends the class in JavaScript
                    return problem(i, "']' first in a character class is read differently by Java and JavaScript;"
                            + " write '\\]'");
                }
            } else if (c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                String rest = regex.substring(i + 2);
                if (!(rest.startsWith(":") || rest.startsWith("=") || rest.startsWith("!") || rest.startsWith("<=")
                        || rest.startsWith("<!") || (rest.startsWith("<") && rest.length() > 1
                                && Character.isLetter(rest.charAt(1))))) {
                    return problem(i, rest.startsWith(">")
                            ? "atomic groups '(?>...)' work only in Java"
                            : "inline flags such as '(?i)' work only in Java; list both cases, e.g. [Aa]");
                }
            } else if ((c == '+') && i > 0 && "*+?}".indexOf(regex.charAt(i - 1)) >= 0 && !escaped(regex, i - 1)) {
                return problem(i, "possessive quantifiers ('*+', '++', '?+') work only in Java");
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> escape(String regex, int at, char e, boolean inClass) {
        if ("dDwWnrtf".indexOf(e) >= 0 || SYNTAX_CHARS.indexOf(e) >= 0) {
            return Optional.empty();
        }
        if ((e == 'b' || e == 'B') && !inClass) {
            return Optional.empty();
        }
        if (e == '-' && inClass) {
            return Optional.empty();
        }
        if (e >= '1' && e <= '9' && !inClass) {
            return Optional.empty();
        }
        if (e == 'u' && regex.length() >= at + 6 && regex.substring(at + 2, at + 6).matches("[0-9A-Fa-f]{4}")) {
            return Optional.empty();
        }
        if (e == 'x' && regex.length() >= at + 4 && regex.substring(at + 2, at + 4).matches("[0-9A-Fa-f]{2}")) {
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

    private static boolean escaped(String regex, int index) {
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
