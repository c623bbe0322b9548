package dev.surveygen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.regex.PatternCompiler;
import dev.surveygen.regex.PatternMatcher;
import java.util.regex.Pattern;
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

    private final RandomPatterns random = new RandomPatterns(20261201, true);

    @Test
    void programsAgreeWithJavaOnRandomPatterns() throws Exception {
        int patterns = 0;
        int matched = 0;
        int compared = 0;
        while (patterns < 4000) {
            String pattern = random.next();
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
                String answer = random.answer(pattern, program);
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

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
