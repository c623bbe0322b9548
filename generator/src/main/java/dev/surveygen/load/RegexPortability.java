package dev.surveygen.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps patterns to the part of regular-expression syntax that {@code java.util.regex} and
 * JavaScript's {@code RegExp} (with the {@code u} flag) read the same way, because the generated
 * Java validator and the browser form must accept exactly the same answers. Anything else is
 * reported with the offset of the construct and what to write instead. The patterns checked here
 * have already compiled in Java; {@link #canonical(String)} then removes the two differences that
 * remain in accepted patterns ({@code .} and {@code $}).
 */
final class RegexPortability {

    record Problem(int offset, String message) {}

    private static final String SYNTAX_CHARS = "\\.*+?()[]{}|^$/";

    /** Java's line terminators less JavaScript's: what {@code .} excludes in both, as regex escapes. */
    static final String ANY_BUT_LINE_BREAK = "[^\\n\\r\\u2028\\u2029]";

    /** The very end of the input, in both dialects (Java's {@code $} also matches before a final line break). */
    static final String END_OF_INPUT = "(?![\\s\\S])";

    private RegexPortability() {}

    /** A capturing group: its number, name (or null), where it closes, and whether it may not take part in a match. */
    private static final class Group {
        final int number;
        final String name;
        int close = Integer.MAX_VALUE;
        boolean conditional;

        Group(int number, String name) {
            this.number = number;
            this.name = name;
        }
    }

    /** An open group while scanning: whether it is a lookaround, has '|', and the capturing groups in it. */
    private static final class Frame {
        final Group self;
        final boolean lookaround;
        boolean alternation;
        final List<Group> inside = new ArrayList<>();

        Frame(Group self, boolean lookaround) {
            this.self = self;
            this.lookaround = lookaround;
        }
    }

    static Optional<Problem> check(String regex) {
        Map<Integer, Group> numbered = new LinkedHashMap<>();
        Map<String, Group> named = new LinkedHashMap<>();
        scanGroups(regex, numbered, named);
        boolean inClass = false;
        boolean quantifiable = false;
        boolean lastClassAtomIsClassEscape = false;
        int classFirst = 0;
        Deque<Boolean> lookarounds = new ArrayDeque<>();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    return problem(i, "a pattern cannot end with '\\'");
                }
                char e = regex.charAt(i + 1);
                Optional<Problem> bad = inClass ? classEscape(regex, i, e) : escape(regex, i, e, numbered, named);
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
                    boolean lookaround = false;
                    if (i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                        String rest = regex.substring(i + 2);
                        lookaround = rest.startsWith("=") || rest.startsWith("!") || rest.startsWith("<=")
                                || rest.startsWith("<!");
                        if (!(lookaround || rest.startsWith(":") || (rest.startsWith("<") && rest.length() > 1
                                && Character.isLetter(rest.charAt(1))))) {
                            return problem(i, rest.startsWith(">")
                                    ? "atomic groups '(?>...)' work only in Java"
                                    : "inline flags such as '(?i)' work only in Java; list both cases, e.g. [Aa]");
                        }
                        // skip the group's opening: (?: (?= (?! (?<= (?<! or (?<name>
                        int close = rest.indexOf('>');
                        i += rest.startsWith("<=") || rest.startsWith("<!") ? 3
                                : rest.startsWith("<") ? (close > 0 ? close + 2 : regex.length() - i - 1) : 2;
                    }
                    lookarounds.push(lookaround);
                    quantifiable = false;
                }
                case ')' -> quantifiable = !(lookarounds.isEmpty() ? false : lookarounds.pop());
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

    /**
     * {@code regex} with every {@code .} outside a character class written as
     * {@value #ANY_BUT_LINE_BREAK} and every {@code $} as {@value #END_OF_INPUT}, which Java and
     * JavaScript read alike (Java's {@code .} also excludes U+0085, and its {@code $} also matches
     * before a final line break). Meant for patterns that passed {@link #check(String)}; for any
     * other text it returns a string without throwing.
     */
    static String canonical(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                int length = Math.min(escapeLength(regex, i), regex.length() - i);
                out.append(regex, i, i + length);
                i += length - 1;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
                out.append(c);
                continue;
            }
            if (c == '[') {
                inClass = true;
                out.append(c);
                int first = i + 1 < regex.length() && regex.charAt(i + 1) == '^' ? i + 2 : i + 1;
                if (first < regex.length() && regex.charAt(first) == ']') {
                    first++; // a literal ']' first in the class (Java), kept as it is
                }
                out.append(regex, i + 1, Math.min(first, regex.length()));
                i = Math.min(first, regex.length()) - 1;
            } else if (c == '.') {
                out.append(ANY_BUT_LINE_BREAK);
            } else if (c == '$') {
                out.append(END_OF_INPUT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Numbers and names the capturing groups, and marks those that may not take part in a match. */
    private static void scanGroups(String regex, Map<Integer, Group> numbered, Map<String, Group> named) {
        Deque<Frame> frames = new ArrayDeque<>();
        frames.push(new Frame(null, false));
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += escapeLength(regex, i) - 1;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                int first = i + 1 < regex.length() && regex.charAt(i + 1) == '^' ? i + 2 : i + 1;
                i = first < regex.length() && regex.charAt(first) == ']' ? first : first - 1;
            } else if (c == '(') {
                String rest = regex.substring(i + 1);
                Group group = null;
                boolean lookaround = false;
                if (!rest.startsWith("?")) {
                    group = new Group(numbered.size() + 1, null);
                } else if (rest.startsWith("?<") && rest.length() > 2 && Character.isLetter(rest.charAt(2))) {
                    int close = rest.indexOf('>');
                    group = new Group(numbered.size() + 1, close > 0 ? rest.substring(2, close) : rest.substring(2));
                    named.putIfAbsent(group.name, group);
                } else {
                    lookaround = rest.startsWith("?=") || rest.startsWith("?!") || rest.startsWith("?<=")
                            || rest.startsWith("?<!");
                }
                if (group != null) {
                    numbered.put(group.number, group);
                }
                frames.push(new Frame(group, lookaround));
            } else if (c == '|') {
                frames.peek().alternation = true;
            } else if (c == ')' && frames.size() > 1) {
                Frame frame = frames.pop();
                if (frame.alternation || frame.lookaround) {
                    frame.inside.forEach(g -> g.conditional = true);
                }
                if (frame.self != null) {
                    frame.self.close = i;
                    frame.inside.add(frame.self);
                }
                if (frame.lookaround || isQuantifier(regex, i + 1)) {
                    frame.inside.forEach(g -> g.conditional = true);
                }
                frames.peek().inside.addAll(frame.inside);
            }
        }
        while (frames.size() > 1) {
            frames.pop().inside.forEach(g -> g.conditional = true); // unclosed: Java has already refused it
        }
        Frame root = frames.pop();
        if (root.alternation) {
            root.inside.forEach(g -> g.conditional = true);
        }
    }

    private static boolean isQuantifier(String regex, int at) {
        if (at >= regex.length()) {
            return false;
        }
        char c = regex.charAt(at);
        return c == '*' || c == '+' || c == '?' || (c == '{' && quantifierEnd(regex, at) > 0);
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
        if (e == 'k' && at + 2 < regex.length() && regex.charAt(at + 2) == '<') {
            int close = regex.indexOf('>', at + 3);
            return close > 0 ? close - at + 1 : 2;
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

    private static Optional<Problem> escape(String regex, int at, char e, Map<Integer, Group> numbered,
            Map<String, Group> named) {
        if ("dDwWnrtf".indexOf(e) >= 0 || SYNTAX_CHARS.indexOf(e) >= 0) {
            return Optional.empty();
        }
        if (e == 'b' || e == 'B') {
            return problem(at, "'\\" + e + "' (word boundary) differs: Java counts Japanese and other letters as word"
                    + " characters, JavaScript only [A-Za-z0-9_]; write lookarounds instead, e.g. (?<![A-Za-z0-9_])"
                    + " and (?![A-Za-z0-9_])");
        }
        if (e >= '1' && e <= '9') {
            if (at + 2 < regex.length() && isDigit(regex.charAt(at + 2))) {
                return problem(at, "back references above \\9 ('" + regex.substring(at, at + 3) + "') are read"
                        + " differently by Java and JavaScript; for group " + e + " followed by a digit write (?:\\"
                        + e + ")" + regex.charAt(at + 2));
            }
            Group group = numbered.get(e - '0');
            if (group == null) {
                return problem(at, "the back reference '\\" + e + "' names a group that does not exist (the pattern has "
                        + numbered.size() + (numbered.size() == 1 ? " group)" : " groups)"));
            }
            return backReference(at, "\\" + e, group);
        }
        if (e == 'k' && at + 2 < regex.length() && regex.charAt(at + 2) == '<' && regex.indexOf('>', at + 3) > 0) {
            String name = regex.substring(at + 3, regex.indexOf('>', at + 3));
            Group group = named.get(name);
            if (group == null) {
                return problem(at, "the back reference '\\k<" + name + ">' names no group (?<" + name + ">...)");
            }
            return backReference(at, "\\k<" + name + ">", group);
        }
        return common(regex, at, e);
    }

    private static Optional<Problem> backReference(int at, String written, Group group) {
        if (group.close > at || group.conditional) {
            return problem(at, "the back reference '" + written + "' must come after group " + group.number
                    + " closes, and the group must always take part in the match (not inside '|', a quantifier or"
                    + " a lookaround): otherwise Java and JavaScript read it differently");
        }
        return Optional.empty();
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
