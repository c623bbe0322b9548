package dev.surveygen.regex;

/**
 * Whole-answer matching of a survey pattern, in time proportional to the answer's length times
 * the pattern's size, with memory proportional to the pattern's size alone: whatever the answer
 * and the pattern, it neither backtracks nor recurses. The pattern comes compiled into a program
 * (a Thompson NFA, docs/definition-format.md Part 10), which this class runs as a Pike VM: it
 * walks the answer's code points once, keeping the set of program states that the part read so
 * far can have reached.
 *
 * <p>A program is an {@code int[]}: element 0 is the offset of the start state; states and
 * character classes follow, each at its own offset:
 *
 * <ul>
 *   <li>{@value #MATCH}: the answer matches if it ends here;
 *   <li>{@value #SPLIT} {@code a b}: go on at both {@code a} and {@code b};
 *   <li>{@value #BEGIN} {@code next}: go on at {@code next} at the start of the answer only;
 *   <li>{@value #END} {@code next}: go on at {@code next} at the end of the answer only;
 *   <li>{@value #CHAR} {@code next class}: read one code point in the class at offset
 *       {@code class}, then go on at {@code next};
 *   <li>a class at offset {@code class}: its number of ranges {@code k}, then {@code k} pairs of
 *       code points {@code low high}, sorted and disjoint.
 * </ul>
 *
 * The answer is read by Unicode code points, a lone surrogate being one of its own. The
 * generator copies this file, as it is, into the code it generates for a survey with a pattern
 * (renamed after the survey, and package-private); the form script runs the same machine
 * ({@code matchesPattern} in surveygen-form.js). It needs nothing but the JDK, whose types it
 * names with their package: the copy shares its package with the enums of the survey's choice
 * lists, one of which may be called {@code String}.
 */
public final class PatternMatcher {

    /** The kinds of state. */
    public static final int MATCH = 0;
    public static final int SPLIT = 1;
    public static final int BEGIN = 2;
    public static final int END = 3;
    public static final int CHAR = 4;

    private PatternMatcher() {}

    /**
     * A program from its text: the decimal numbers of the {@code int[]}, separated by commas,
     * possibly cut into several parts (a Java string constant holds at most 65,535 bytes).
     */
    public static int[] program(java.lang.String... parts) {
        int count = 1;
        for (java.lang.String part : parts) {
            for (int i = 0; i < part.length(); i++) {
                if (part.charAt(i) == ',') {
                    count++;
                }
            }
        }
        int[] program = new int[count];
        int at = 0;
        int value = 0;
        for (java.lang.String part : parts) {
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == ',') {
                    program[at++] = value;
                    value = 0;
                } else {
                    value = value * 10 + (c - '0');
                }
            }
        }
        program[at] = value;
        return program;
    }

    /** Whether the whole of {@code text} matches {@code program}. */
    public static boolean matches(int[] program, java.lang.String text) {
        int size = program.length;
        int[] mark = new int[size];
        int[] current = new int[size];
        int[] next = new int[size];
        int[] stack = new int[size];
        int generation = 1;
        int count = follow(program, program[0], current, 0, mark, generation, stack, true, text.isEmpty());
        int i = 0;
        while (i < text.length()) {
            if (count == 0) {
                return false; // no state is left alive: nothing further can match
            }
            int c = text.codePointAt(i);
            i += java.lang.Character.charCount(c);
            generation++;
            boolean end = i == text.length();
            int nextCount = 0;
            for (int k = 0; k < count; k++) {
                int pc = current[k];
                if (program[pc] == CHAR && inClass(program, program[pc + 2], c)) {
                    nextCount = follow(program, program[pc + 1], next, nextCount, mark, generation, stack, false, end);
                }
            }
            int[] swap = current;
            current = next;
            next = swap;
            count = nextCount;
        }
        for (int k = 0; k < count; k++) {
            if (program[current[k]] == MATCH) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds to {@code list} the reading and matching states reachable from {@code from} without
     * reading, each once per {@code generation}; returns the new count. An explicit stack, as
     * deep as the program at most, instead of recursion.
     */
    private static int follow(int[] program, int from, int[] list, int count, int[] mark, int generation,
            int[] stack, boolean start, boolean end) {
        if (mark[from] == generation) {
            return count;
        }
        mark[from] = generation;
        int top = 0;
        stack[top++] = from;
        int added = count;
        while (top > 0) {
            int pc = stack[--top];
            int kind = program[pc];
            if (kind == SPLIT) {
                for (int target = pc + 2; target >= pc + 1; target--) {
                    int to = program[target];
                    if (mark[to] != generation) {
                        mark[to] = generation;
                        stack[top++] = to;
                    }
                }
            } else if (kind == BEGIN || kind == END) {
                int to = program[pc + 1];
                if ((kind == BEGIN ? start : end) && mark[to] != generation) {
                    mark[to] = generation;
                    stack[top++] = to;
                }
            } else {
                list[added++] = pc;
            }
        }
        return added;
    }

    /** Whether code point {@code c} is in the class at {@code at}: a binary search of its ranges. */
    private static boolean inClass(int[] program, int at, int c) {
        int low = 0;
        int high = program[at] - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int first = at + 1 + 2 * middle;
            if (c < program[first]) {
                high = middle - 1;
            } else if (c > program[first + 1]) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
