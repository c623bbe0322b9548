package dev.surveygen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.regex.PatternCompiler;
import dev.surveygen.regex.PatternMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * The compiled program means what the pattern means in {@code java.util.regex} (and so in
 * JavaScript's u-mode RegExp, which reads accepted patterns alike but for {@code .} and
 * {@code $}): thousands of seeded random patterns that the loader accepts, each matched against
 * random short answers by both, must agree on every answer. Java runs each pattern in the form
 * that reads as JavaScript does ({@link #javaScriptReading}); the answers are short enough for
 * its backtracking. The program is also checked against the size the compiler computed.
 */
class PatternSemanticsTest {

    /** Characters of patterns and answers: ASCII, line breaks, U+0085, Japanese, astral and a lone surrogate. */
    private static final String[] ALPHABET = {"a", "b", "c", "-", ".", "0", "9", "_", " ", "\n", "\r", "\u0085",
        "\u2028", "あ", "ア", "𠀋", "\uD800", "\uDC00", "/", "$", "^"};

    private final Random random = new Random(20261201);

    @Test
    void programsAgreeWithJavaOnRandomPatterns() throws Exception {
        int patterns = 0;
        int matched = 0;
        int compared = 0;
        while (patterns < 4000) {
            String pattern = alternation(0);
            if (!accepted(pattern)) {
                continue;
            }
            patterns++;
            int[] program;
            try {
                program = PatternCompiler.compile(pattern);
            } catch (PatternCompiler.PatternProblem e) {
                throw new AssertionError("an accepted pattern does not compile: " + escape(pattern) + " at " + e.offset()
                        + ": " + e.getMessage(), e);
            }
            Pattern java = Pattern.compile(javaScriptReading(pattern));
            for (int i = 0; i < 40; i++) {
                String answer = i % 2 == 0 ? answer(pattern) : mutated(walk(program), pattern);
                boolean expected = java.matcher(answer).matches();
                assertThat(PatternMatcher.matches(program, answer)).as("%s on %s", pattern, escape(answer))
                        .isEqualTo(expected);
                compared++;
                matched += expected ? 1 : 0;
            }
            assertThat(PatternMatcher.program(PatternCompiler.text(program))).isEqualTo(program);
        }
        // Both outcomes must be common, or the comparison proves little.
        System.out.printf(java.util.Locale.ROOT, "patterns: %d programs agree with Java on %d answers, %d matching%n",
                patterns, compared, matched);
        assertThat(matched).isBetween(compared / 10, compared - compared / 10);
    }

    /** Whether the loader accepts the pattern: Java compiles it and it passes the portability check. */
    private static boolean accepted(String pattern) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return false;
        }
        return RegexPortability.nesting(pattern).isEmpty() && RegexPortability.check(pattern).isEmpty();
    }

    /**
     * {@code pattern} as Java must compile it to read it as JavaScript does: {@code .} outside a
     * class as {@code [^\n\r\u2028\u2029]} (Java's also excludes U+0085) and {@code $} as
     * {@code (?![\s\S])} (Java's also matches before a final line break).
     */
    static String javaScriptReading(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                int length = pattern.startsWith("u", i + 1) ? 6 : pattern.startsWith("x", i + 1) ? 4 : 2;
                out.append(pattern, i, Math.min(pattern.length(), i + length));
                i += length - 1;
            } else if (inClass) {
                inClass = c != ']';
                out.append(c);
            } else if (c == '[') {
                inClass = true;
                out.append(c);
                if (pattern.startsWith("^", i + 1)) {
                    out.append('^');
                    i++;
                }
            } else if (c == '.') {
                out.append("[^\\n\\r\\u2028\\u2029]");
            } else if (c == '$') {
                out.append("(?![\\s\\S])");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String alternation(int depth) {
        StringBuilder out = new StringBuilder(sequence(depth));
        while (random.nextInt(5) == 0) {
            out.append('|').append(sequence(depth));
        }
        return out.toString();
    }

    private String sequence(int depth) {
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(4); n >= 0; n--) {
            out.append(atom(depth)).append(quantifier());
        }
        return out.toString();
    }

    private String atom(int depth) {
        int dice = random.nextInt(20);
        if (dice < 3 && depth < 3) {
            String open = switch (random.nextInt(3)) {
                case 0 -> "(";
                case 1 -> "(?:";
                default -> "(?<g" + random.nextInt(1000) + ">";
            };
            return open + alternation(depth + 1) + ")";
        }
        return switch (dice) {
            case 3, 4 -> characterClass();
            case 5 -> ".";
            case 6 -> List.of("\\d", "\\D", "\\w", "\\W", "\\n", "\\r", "\\t", "\\f").get(random.nextInt(8));
            case 7 -> List.of("\\.", "\\-", "\\$", "\\^", "\\/", "\\\\", "\\(", "\\|", "\\u3042", "\\x41", "\\u0085",
                    "\\uD840\\uDC0B", "\\uD800").get(random.nextInt(13));
            case 8 -> random.nextBoolean() ? "^" : "$";
            default -> {
                String c = ALPHABET[random.nextInt(ALPHABET.length)];
                yield ".$^".contains(c) ? "\\" + c : c;
            }
        };
    }

    private String characterClass() {
        StringBuilder out = new StringBuilder("[");
        if (random.nextInt(3) == 0) {
            out.append('^');
        }
        for (int n = random.nextInt(3); n >= 0; n--) {
            int dice = random.nextInt(10);
            if (dice < 3) {
                char low = (char) ('a' + random.nextInt(3));
                out.append(low).append('-').append((char) (low + random.nextInt(3)));
            } else if (dice == 3) {
                out.append(List.of("\\d", "\\w", "\\D", "\\W").get(random.nextInt(4)));
            } else if (dice == 4) {
                out.append(List.of("\\-", "\\]", "\\\\", "\\n", "\\u3042", ".", "$", "^", "-").get(random.nextInt(9)));
            } else if (dice == 5) {
                out.append("ア-ン");
            } else {
                String c = ALPHABET[random.nextInt(ALPHABET.length)];
                out.append(c.equals("^") ? "\\^" : c);
            }
        }
        return out.append(']').toString();
    }

    private String quantifier() {
        int dice = random.nextInt(12);
        String q = switch (dice) {
            case 0 -> "*";
            case 1 -> "+";
            case 2 -> "?";
            case 3 -> "{" + random.nextInt(3) + "}";
            case 4 -> "{" + random.nextInt(3) + ",}";
            case 5 -> {
                int min = random.nextInt(3);
                yield "{" + min + "," + (min + random.nextInt(3)) + "}";
            }
            default -> "";
        };
        return !q.isEmpty() && random.nextInt(4) == 0 ? q + "?" : q;
    }

    /**
     * A random walk through the program from its start to its match state, reading a random code
     * point of each class it crosses (one of the alphabet's when the class has one): an answer
     * that should match, to be mutated or not. Empty when the walk gets lost.
     */
    private String walk(int[] program) {
        StringBuilder out = new StringBuilder();
        int pc = program[0];
        boolean ended = false;
        for (int steps = 0; steps < 60; steps++) {
            switch (program[pc]) {
                case PatternMatcher.MATCH:
                    return out.toString();
                case PatternMatcher.SPLIT:
                    pc = program[pc + 1 + (random.nextInt(3) == 0 ? 0 : 1)];
                    break;
                case PatternMatcher.BEGIN:
                    if (out.length() > 0) {
                        return "";
                    }
                    pc = program[pc + 1];
                    break;
                case PatternMatcher.END:
                    ended = true;
                    pc = program[pc + 1];
                    break;
                default: {
                    if (ended) {
                        return "";
                    }
                    if (program[program[pc + 2]] == 0) {
                        return ""; // an empty class, such as [^\\d\\D]: nothing can be read
                    }
                    out.appendCodePoint(pick(program, program[pc + 2]));
                    pc = program[pc + 1];
                }
            }
        }
        return "";
    }

    private int pick(int[] program, int at) {
        List<Integer> known = new ArrayList<>();
        for (String piece : ALPHABET) {
            int c = piece.codePointAt(0);
            for (int r = 0; r < program[at]; r++) {
                if (c >= program[at + 1 + 2 * r] && c <= program[at + 2 + 2 * r]) {
                    known.add(c);
                }
            }
        }
        if (!known.isEmpty() && random.nextInt(4) > 0) {
            return known.get(random.nextInt(known.size()));
        }
        int r = random.nextInt(program[at]);
        int low = program[at + 1 + 2 * r];
        int high = program[at + 2 + 2 * r];
        return low + random.nextInt(Math.min(high - low, 1000) + 1);
    }

    /** Half the time, the answer with one piece inserted, removed or replaced. */
    private String mutated(String answer, String pattern) {
        if (random.nextBoolean() || answer.isEmpty()) {
            return answer;
        }
        int at = random.nextInt(answer.length());
        String piece = answer(pattern);
        return switch (random.nextInt(3)) {
            case 0 -> answer.substring(0, at) + piece + answer.substring(at);
            case 1 -> answer.substring(0, at) + answer.substring(at + 1);
            default -> answer.substring(0, at) + piece + answer.substring(Math.min(answer.length(), at + 1));
        };
    }

    /** Short answers, often made of the pattern's own characters so that some of them match. */
    private String answer(String pattern) {
        List<String> pieces = new ArrayList<>(List.of(ALPHABET));
        pattern.codePoints().filter(c -> c > ' ' && "\\[]{}()|*+?".indexOf(c) < 0)
                .forEach(c -> pieces.add(new String(Character.toChars(c))));
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(7); n > 0; n--) {
            out.append(pieces.get(random.nextInt(pieces.size())));
        }
        return out.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
