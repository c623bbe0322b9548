package dev.surveygen.regex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a definition's {@code pattern} into the program that {@link PatternMatcher} runs: the
 * pattern is parsed into a syntax tree and built into a Thompson NFA (Part 10 of
 * docs/definition-format.md). Meant for patterns that {@code java.util.regex} compiles and that
 * the loader's portability check accepts; anything else it cannot express (back references,
 * lookaround, or whatever slipped past) is a {@link PatternProblem} with its offset, never an
 * exception of another kind. Counted repetitions are expanded ({@code [0-9]{4}} is four states),
 * so a program may have at most {@value #MAX_STATES} states: the size is computed from the syntax
 * tree before anything is built.
 */
public final class PatternCompiler {

    /** The most states a program may have; each answer character costs at most this many steps. */
    public static final int MAX_STATES = 5_000;

    /** Groups may nest at most this deep (the parser recurses once per level). */
    public static final int MAX_NESTING = 64;

    private static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;

    /** {@code .}: anything but a line break (U+000A, U+000D, U+2028, U+2029); U+0085 is matched. */
    private static final int[] ANY_BUT_LINE_BREAK = {0, 9, 11, 12, 14, 0x2027, 0x202A, MAX_CODE_POINT};
    private static final int[] DIGIT = {'0', '9'};
    private static final int[] WORD = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};

    /** A construct the program cannot express, at {@code offset} (UTF-16 units) in the pattern. */
    public static final class PatternProblem extends Exception {

        private static final long serialVersionUID = 1L;

        private final int offset;

        PatternProblem(int offset, String message) {
            super(message);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    private PatternCompiler() {}

    /** The program of {@code pattern}. */
    public static int[] compile(String pattern) throws PatternProblem {
        Node root = new Parser(pattern).parse();
        long states = size(root) + 1;
        if (states > MAX_STATES) {
            Repeat culprit = largestRepeat(root);
            throw new PatternProblem(culprit == null ? 0 : culprit.offset, "pattern: too large: with its repetitions"
                    + " expanded it has " + (states >= CAP ? "more than " + CAP : String.valueOf(states))
                    + " states, and a pattern may have at most " + MAX_STATES + " (each {n,m} repeats what it follows up"
                    + " to m times); use smaller counts, or max-length for the length of the answer");
        }
        return new Builder().build(root);
    }

    /** The program of a pattern of a loaded survey, which the loader has already accepted. */
    public static int[] compileAccepted(String pattern) {
        try {
            return compile(pattern);
        } catch (PatternProblem e) {
            throw new IllegalArgumentException("a pattern the loader accepted does not compile: " + e.getMessage(), e);
        }
    }

    /** The program as the text {@link PatternMatcher#program(String...)} reads. */
    public static String text(int[] program) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < program.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(program[i]);
        }
        return out.toString();
    }

    // --- The syntax tree -------------------------------------------------------------------------

    private sealed interface Node permits Chars, Assertion, Sequence, Alternation, Repeat {}

    /** One code point out of sorted, disjoint ranges {@code low, high, low, high, ...}. */
    private record Chars(int[] ranges) implements Node {}

    /** {@code ^} (begin) or {@code $} (end). */
    private record Assertion(boolean begin) implements Node {}

    private record Sequence(List<Node> items) implements Node {}

    private record Alternation(List<Node> options) implements Node {}

    /** {@code body} from {@code min} to {@code max} times ({@code max} -1: no limit); {@code offset}: the quantifier's. */
    private record Repeat(Node body, int min, int max, int offset) implements Node {}

    private static final long CAP = 1_000_000_000L;

    /** States the node builds (as {@link Builder} builds them), saturated at {@link #CAP}. */
    private static long size(Node node) {
        if (node instanceof Chars || node instanceof Assertion) {
            return 1;
        }
        if (node instanceof Sequence sequence) {
            long total = 0;
            for (Node item : sequence.items()) {
                total = Math.min(CAP, total + size(item));
            }
            return total;
        }
        if (node instanceof Alternation alternation) {
            long total = alternation.options().size() - 1;
            for (Node option : alternation.options()) {
                total = Math.min(CAP, total + size(option));
            }
            return total;
        }
        Repeat repeat = (Repeat) node;
        long body = size(repeat.body());
        if (body == 0) {
            return 0; // an empty group, however repeated, matches the empty string and nothing else
        }
        long copies = repeat.max() < 0 ? Math.max(1, repeat.min()) : repeat.max();
        long splits = repeat.max() < 0 ? 1 : repeat.max() - repeat.min();
        return copies > CAP / body ? CAP : Math.min(CAP, copies * body + splits);
    }

    /**
     * The repetition that expands to the most states, for the message: the first in pre-order
     * (outer before inner, left before right) among equals; null when there is none.
     */
    private static Repeat largestRepeat(Node root) {
        Repeat largest = null;
        long largestSize = -1;
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            List<Node> children = List.of();
            if (node instanceof Sequence sequence) {
                children = sequence.items();
            } else if (node instanceof Alternation alternation) {
                children = alternation.options();
            } else if (node instanceof Repeat repeat) {
                long size = size(repeat);
                if (size > largestSize) {
                    largest = repeat;
                    largestSize = size;
                }
                children = List.of(repeat.body());
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return largest;
    }

    // --- Parsing ---------------------------------------------------------------------------------

    /** A recursive-descent parser over code points; offsets are in UTF-16 units. */
    private static final class Parser {

        private final String pattern;
        private int pos;
        private int depth;

        Parser(String pattern) {
            this.pattern = pattern;
        }

        Node parse() throws PatternProblem {
            Node node = alternation();
            if (pos < pattern.length()) {
                throw unsupported(pos); // a ')' without its '(': Java has refused it already
            }
            return node;
        }

        private Node alternation() throws PatternProblem {
            List<Node> options = new ArrayList<>();
            options.add(sequence());
            while (pos < pattern.length() && pattern.charAt(pos) == '|') {
                pos++;
                options.add(sequence());
            }
            return options.size() == 1 ? options.get(0) : new Alternation(List.copyOf(options));
        }

        private Node sequence() throws PatternProblem {
            List<Node> items = new ArrayList<>();
            while (pos < pattern.length() && pattern.charAt(pos) != '|' && pattern.charAt(pos) != ')') {
                boolean group = pattern.charAt(pos) == '(';
                Node atom = atom();
                items.add(quantified(atom, atom instanceof Assertion && !group));
            }
            return items.size() == 1 ? items.get(0) : new Sequence(List.copyOf(items));
        }

        /** {@code atom} with the quantifier that follows it, if any; a bare {@code ^} or {@code $} takes none. */
        private Node quantified(Node atom, boolean bareAssertion) throws PatternProblem {
            if (pos >= pattern.length()) {
                return atom;
            }
            int at = pos;
            char c = pattern.charAt(pos);
            int min;
            int max;
            if (c == '*' || c == '+' || c == '?') {
                pos++;
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : -1;
            } else if (c == '{' && isQuantifier(pos)) {
                pos++;
                min = number();
                max = min;
                if (pattern.charAt(pos) == ',') {
                    pos++;
                    max = pattern.charAt(pos) == '}' ? -1 : number();
                }
                pos++; // '}'
                if (max >= 0 && max < min) {
                    throw unsupported(at); // Java has refused it already
                }
            } else {
                return atom;
            }
            if (pos < pattern.length() && pattern.charAt(pos) == '?') {
                pos++; // lazy: the same answers match the whole pattern
            }
            if (pos < pattern.length() && "*+?{".indexOf(pattern.charAt(pos)) >= 0) {
                throw unsupported(pos); // possessive or stacked: the portability check has refused it
            }
            if (bareAssertion) {
                throw unsupported(at); // the portability check has refused it (JavaScript does)
            }
            return new Repeat(atom, min, max, at);
        }

        private boolean isQuantifier(int at) {
            int i = at + 1;
            int digits = 0;
            while (i < pattern.length() && isDigit(pattern.charAt(i))) {
                i++;
                digits++;
            }
            if (digits == 0) {
                return false;
            }
            if (i < pattern.length() && pattern.charAt(i) == ',') {
                i++;
                while (i < pattern.length() && isDigit(pattern.charAt(i))) {
                    i++;
                }
            }
            return i < pattern.length() && pattern.charAt(i) == '}';
        }

        /** Decimal digits, saturated at Integer.MAX_VALUE (the size check refuses such counts). */
        private int number() {
            long value = 0;
            while (isDigit(pattern.charAt(pos))) {
                value = Math.min(Integer.MAX_VALUE, value * 10 + (pattern.charAt(pos) - '0'));
                pos++;
            }
            return (int) value;
        }

        private Node atom() throws PatternProblem {
            int at = pos;
            int c = pattern.codePointAt(pos);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    return characterClass();
                }
                case '.' -> {
                    pos++;
                    return new Chars(ANY_BUT_LINE_BREAK);
                }
                case '^', '$' -> {
                    pos++;
                    return new Assertion(c == '^');
                }
                case '\\' -> {
                    int[] set = escape(false);
                    return new Chars(set);
                }
                case '*', '+', '?', '{', ')', ']', '}' -> throw unsupported(at);
                default -> {
                    pos += Character.charCount(c);
                    return new Chars(new int[] {c, c});
                }
            }
        }

        private Node group() throws PatternProblem {
            int at = pos;
            pos++;
            if (pattern.startsWith("?:", pos)) {
                pos += 2;
            } else if (pattern.startsWith("?<", pos) && pos + 2 < pattern.length()
                    && Character.isLetter(pattern.charAt(pos + 2))) {
                int close = pattern.indexOf('>', pos);
                if (close < 0) {
                    throw unsupported(at);
                }
                pos = close + 1; // a named group is a plain group here
            } else if (pattern.startsWith("?", pos)) {
                throw new PatternProblem(at, pattern.startsWith("?=", pos) || pattern.startsWith("?!", pos)
                        || pattern.startsWith("?<=", pos) || pattern.startsWith("?<!", pos) ? LOOKAROUND
                                : "pattern: '(?' that is not '(?:' or '(?<name>' is not supported");
            }
            if (++depth > MAX_NESTING) {
                throw new PatternProblem(at, "pattern: groups nest more than " + MAX_NESTING + " levels deep");
            }
            Node inside = alternation();
            depth--;
            if (pos >= pattern.length() || pattern.charAt(pos) != ')') {
                throw unsupported(at);
            }
            pos++;
            return inside;
        }

        private Node characterClass() throws PatternProblem {
            int at = pos;
            pos++;
            boolean negated = pos < pattern.length() && pattern.charAt(pos) == '^';
            if (negated) {
                pos++;
            }
            List<int[]> ranges = new ArrayList<>();
            boolean first = true;
            while (true) {
                if (pos >= pattern.length()) {
                    throw unsupported(at);
                }
                char c = pattern.charAt(pos);
                if (c == ']' && !first) {
                    pos++;
                    break;
                }
                if (c == '[' || (c == ']' && first)) {
                    throw unsupported(pos); // the portability check has refused both
                }
                first = false;
                int atomStart = pos;
                int[] low = classAtom();
                boolean range = low.length == 2 && low[0] == low[1] && pos + 1 < pattern.length()
                        && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']';
                if (!range) {
                    ranges.add(low);
                    continue;
                }
                pos++; // '-'
                int[] high = classAtom();
                if (high.length != 2 || high[0] != high[1] || high[0] < low[0]) {
                    throw unsupported(atomStart); // \d as an end, or a reversed range: refused already
                }
                ranges.add(new int[] {low[0], high[0]});
            }
            int[] set = union(ranges);
            return new Chars(negated ? complement(set) : set);
        }

        /** One item of a class: a single code point as {c, c}, or the ranges of \d \D \w \W. */
        private int[] classAtom() throws PatternProblem {
            if (pattern.charAt(pos) == '\\') {
                return escape(true);
            }
            int c = pattern.codePointAt(pos);
            pos += Character.charCount(c);
            return new int[] {c, c};
        }

        /** The escape at {@code pos}: its code point as {c, c}, or a class's ranges. */
        private int[] escape(boolean inClass) throws PatternProblem {
            int at = pos;
            if (pos + 1 >= pattern.length()) {
                throw unsupported(at);
            }
            char e = pattern.charAt(pos + 1);
            pos += 2;
            switch (e) {
                case 'd':
                    return DIGIT;
                case 'D':
                    return complement(DIGIT);
                case 'w':
                    return WORD;
                case 'W':
                    return complement(WORD);
                case 'n':
                    return single('\n');
                case 'r':
                    return single('\r');
                case 't':
                    return single('\t');
                case 'f':
                    return single('\f');
                case 'u': {
                    int unit = hex(4, at);
                    if (Character.isHighSurrogate((char) unit) && pattern.startsWith("\\u", pos) && hexAt(pos + 2, 4)) {
                        int low = Integer.parseInt(pattern.substring(pos + 2, pos + 6), 16);
                        if (Character.isLowSurrogate((char) low)) {
                            pos += 6; // \\uD83D\\uDE00 is one code point, in Java and in JavaScript's u mode
                            return single(Character.toCodePoint((char) unit, (char) low));
                        }
                    }
                    return single(unit);
                }
                case 'x':
                    return single(hex(2, at));
                default:
                    if (e >= '1' && e <= '9' || e == 'k') {
                        throw new PatternProblem(at, BACK_REFERENCE);
                    }
                    if ("\\.*+?()[]{}|^$/".indexOf(e) >= 0 || (inClass && e == '-')) {
                        return single(e);
                    }
                    throw unsupported(at); // the portability check has refused every other escape
            }
        }

        private int hex(int digits, int at) throws PatternProblem {
            if (!hexAt(pos, digits)) {
                throw unsupported(at);
            }
            int value = Integer.parseInt(pattern.substring(pos, pos + digits), 16);
            pos += digits;
            return value;
        }

        private boolean hexAt(int from, int digits) {
            if (from + digits > pattern.length()) {
                return false;
            }
            for (int i = from; i < from + digits; i++) {
                char c = pattern.charAt(i);
                if (!(isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                    return false;
                }
            }
            return true;
        }

        private PatternProblem unsupported(int at) {
            return new PatternProblem(at, "pattern: this construct is not supported here");
        }
    }

    /** Why back references are refused (the loader's portability check says it first). */
    public static final String BACK_REFERENCE = "pattern: back references such as '\\1' or '\\k<name>' are not supported:"
            + " matching them needs backtracking, which can take time exponential in the answer's length;"
            + " write the repeated part out instead";

    /** Why lookaround is refused (the loader's portability check says it first). */
    public static final String LOOKAROUND = "pattern: lookahead and lookbehind ('(?=', '(?!', '(?<=', '(?<!') are not"
            + " supported: a pattern is matched in one pass over the answer; the whole answer must match, so write"
            + " what may come at each place instead";

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int[] single(int c) {
        return new int[] {c, c};
    }

    /** The union of ranges, sorted and merged. */
    private static int[] union(List<int[]> sets) {
        List<int[]> pairs = new ArrayList<>();
        for (int[] set : sets) {
            for (int i = 0; i < set.length; i += 2) {
                pairs.add(new int[] {set[i], set[i + 1]});
            }
        }
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] pair : pairs) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && pair[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], pair[1]);
            } else {
                merged.add(pair.clone());
            }
        }
        int[] out = new int[merged.size() * 2];
        for (int i = 0; i < merged.size(); i++) {
            out[2 * i] = merged.get(i)[0];
            out[2 * i + 1] = merged.get(i)[1];
        }
        return out;
    }

    /** Every code point not in the sorted, disjoint {@code ranges}. */
    private static int[] complement(int[] ranges) {
        List<int[]> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            if (ranges[i] > next) {
                out.add(new int[] {next, ranges[i] - 1});
            }
            next = ranges[i + 1] + 1;
        }
        if (next <= MAX_CODE_POINT) {
            out.add(new int[] {next, MAX_CODE_POINT});
        }
        return union(out);
    }

    // --- Building and writing the program ---------------------------------------------------------

    /** A state of the NFA while it is built; {@code out} and {@code alt} are its successors. */
    private static final class State {
        final int kind;
        State out;
        State alt;
        final int[] ranges;

        State(int kind, State out, State alt, int[] ranges) {
            this.kind = kind;
            this.out = out;
            this.alt = alt;
            this.ranges = ranges;
        }
    }

    /** Thompson's construction, backwards: each node is built in front of the state that follows it. */
    private static final class Builder {

        int[] build(Node root) {
            State match = new State(PatternMatcher.MATCH, null, null, null);
            return write(build(root, match));
        }

        private State build(Node node, State next) {
            if (node instanceof Chars chars) {
                return new State(PatternMatcher.CHAR, next, null, chars.ranges());
            }
            if (node instanceof Assertion assertion) {
                return new State(assertion.begin() ? PatternMatcher.BEGIN : PatternMatcher.END, next, null, null);
            }
            if (node instanceof Sequence sequence) {
                State start = next;
                for (int i = sequence.items().size() - 1; i >= 0; i--) {
                    start = build(sequence.items().get(i), start);
                }
                return start;
            }
            if (node instanceof Alternation alternation) {
                List<Node> options = alternation.options();
                State start = build(options.get(options.size() - 1), next);
                for (int i = options.size() - 2; i >= 0; i--) {
                    start = new State(PatternMatcher.SPLIT, build(options.get(i), next), start, null);
                }
                return start;
            }
            Repeat repeat = (Repeat) node;
            if (size(repeat.body()) == 0) {
                return next; // an empty group, however repeated, matches the empty string and nothing else
            }
            State start;
            int copies;
            if (repeat.max() < 0) {
                // body* or, after min - 1 copies, body+: a split that loops back or goes on
                State loop = new State(PatternMatcher.SPLIT, null, next, null);
                State body = build(repeat.body(), loop);
                loop.out = body;
                start = repeat.min() == 0 ? loop : body;
                copies = Math.max(0, repeat.min() - 1);
            } else {
                // min copies, then (max - min) nested optional ones: body(body(body)?)?)?, which keeps
                // the set of live states small (a flat body?body?body? would keep them all alive)
                start = next;
                for (int i = 0; i < repeat.max() - repeat.min(); i++) {
                    start = new State(PatternMatcher.SPLIT, build(repeat.body(), start), next, null);
                }
                copies = repeat.min();
            }
            for (int i = 0; i < copies; i++) {
                start = build(repeat.body(), start);
            }
            return start;
        }

        /** The program: the start's offset, the classes (each once), then the states in depth-first order. */
        private static int[] write(State start) {
            List<State> order = new ArrayList<>();
            Map<State, Integer> seen = new IdentityHashMap<>();
            Deque<State> todo = new ArrayDeque<>();
            todo.push(start);
            while (!todo.isEmpty()) {
                State state = todo.pop();
                if (seen.containsKey(state)) {
                    continue;
                }
                seen.put(state, order.size());
                order.add(state);
                if (state.alt != null) {
                    todo.push(state.alt);
                }
                if (state.out != null) {
                    todo.push(state.out);
                }
            }
            Map<List<Integer>, Integer> classes = new LinkedHashMap<>();
            List<Integer> program = new ArrayList<>();
            program.add(0);
            for (State state : order) {
                if (state.ranges != null) {
                    List<Integer> key = Arrays.stream(state.ranges).boxed().toList();
                    if (!classes.containsKey(key)) {
                        classes.put(key, program.size());
                        program.add(state.ranges.length / 2);
                        program.addAll(key);
                    }
                }
            }
            Map<State, Integer> offsets = new IdentityHashMap<>();
            int offset = program.size();
            for (State state : order) {
                offsets.put(state, offset);
                offset += switch (state.kind) {
                    case PatternMatcher.MATCH -> 1;
                    case PatternMatcher.SPLIT, PatternMatcher.CHAR -> 3;
                    default -> 2;
                };
            }
            program.set(0, offsets.get(start));
            for (State state : order) {
                program.add(state.kind);
                switch (state.kind) {
                    case PatternMatcher.SPLIT -> {
                        program.add(offsets.get(state.out));
                        program.add(offsets.get(state.alt));
                    }
                    case PatternMatcher.CHAR -> {
                        program.add(offsets.get(state.out));
                        program.add(classes.get(Arrays.stream(state.ranges).boxed().toList()));
                    }
                    case PatternMatcher.BEGIN, PatternMatcher.END -> program.add(offsets.get(state.out));
                    default -> { }
                }
            }
            return program.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
