package dev.surveygen.load;

import dev.surveygen.regex.PatternMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Seeded random patterns that the loader accepts, and answers for them (half made by walking the
 * pattern's program, so that many match, then half of those mutated), for the tests that hold the
 * pattern matcher to java.util.regex and the generated Java and the form script to the reference.
 */
public final class RandomPatterns {

    /** Characters of patterns and answers: ASCII, line breaks, U+0085, Japanese, astral and lone surrogates. */
    private static final String[] WITH_LONE_SURROGATES = {"a", "b", "c", "-", ".", "0", "9", "_", " ", "\n", "\r",
        "\u0085", "\u2028", "あ", "ア", "𠀋", "\uD800", "\uDC00", "/", "$", "^"};
    private static final String[] WITHOUT_LONE_SURROGATES = {"a", "b", "c", "-", ".", "0", "9", "_", " ", "\n", "\r",
        "\u0085", "\u2028", "あ", "ア", "𠀋", "/", "$", "^"};

    private final Random random;
    private final boolean loneSurrogates;
    private final String[] alphabet;

    /** {@code loneSurrogates}: whether patterns may contain them (answers always may). */
    public RandomPatterns(long seed, boolean loneSurrogates) {
        this.random = new Random(seed);
        this.loneSurrogates = loneSurrogates;
        this.alphabet = loneSurrogates ? WITH_LONE_SURROGATES : WITHOUT_LONE_SURROGATES;
    }

    /** A pattern that the loader accepts. */
    public String next() {
        while (true) {
            String pattern = alternation(0);
            if (accepted(pattern)) {
                return pattern;
            }
        }
    }

    /** An answer for {@code pattern}: a walk through its program, mutated or not, or random pieces. */
    public String answer(String pattern, int[] program) {
        return random.nextBoolean() ? randomAnswer(pattern) : mutated(walk(program), pattern);
    }

    /** True once in {@code n} times. */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    /** Whether the loader accepts the pattern: Java compiles it and it passes the portability checks. */
    static boolean accepted(String pattern) {
        if (RegexPortability.nesting(pattern).isPresent()) {
            return false;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return false;
        }
        return RegexPortability.check(pattern).isEmpty();
    }

    /** {@code text} as a YAML double-quoted scalar: every character outside printable ASCII escaped. */
    public static String yaml(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
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
                    "\\uD840\\uDC0B", loneSurrogates ? "\\uD800" : "\\uDBFF\\uDFFF").get(random.nextInt(13));
            case 8 -> random.nextBoolean() ? "^" : "$";
            default -> {
                String c = alphabet[random.nextInt(alphabet.length)];
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
                String c = alphabet[random.nextInt(alphabet.length)];
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
        for (String piece : alphabet) {
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
        String piece = randomAnswer(pattern);
        return switch (random.nextInt(3)) {
            case 0 -> answer.substring(0, at) + piece + answer.substring(at);
            case 1 -> answer.substring(0, at) + answer.substring(at + 1);
            default -> answer.substring(0, at) + piece + answer.substring(Math.min(answer.length(), at + 1));
        };
    }

    /** Short answers, often made of the pattern's own characters so that some of them match. */
    private String randomAnswer(String pattern) {
        List<String> pieces = new ArrayList<>(List.of(alphabet));
        pattern.codePoints().filter(c -> c > ' ' && "\\[]{}()|*+?".indexOf(c) < 0)
                .forEach(c -> pieces.add(new String(Character.toChars(c))));
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(7); n > 0; n--) {
            out.append(pieces.get(random.nextInt(pieces.size())));
        }
        return out.toString();
    }

}
