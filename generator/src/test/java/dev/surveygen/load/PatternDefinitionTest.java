package dev.surveygen.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.diagnostics.Diagnostic;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What lint says of patterns that the linear-time program (Part 10) cannot express: back
 * references (lint accepted {@code (x)\1(a|a)*b}, which then took 17 s at 31 characters in check
 * and in the generated validator), lookaround, repetitions that expand past the size limit, and
 * groups nested too deep to parse without recursion running away. Each is one positioned error.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PatternDefinitionTest {

    /** A text question whose pattern, in single quotes, starts at line 11, column 19. */
    private static void assertPattern(String pattern, String... expected) {
        String yaml = """
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - id: Q1
                        type: text
                        label: L1
                """ + "        pattern: '" + pattern + "'\n";
        SurveyLoader.Result result = new SurveyLoader().load("t.yaml", yaml.getBytes(UTF_8));
        assertThat(result.diagnostics()).map(Diagnostic::toString).containsExactly(expected);
    }

    private static final String BACK_REFERENCE = "error: pattern: back references such as '\\1' or '\\k<name>' are not"
            + " supported: matching them needs backtracking, which can take time exponential in the answer's length;"
            + " write the repeated part out instead";

    private static final String LOOKAROUND = "error: pattern: lookahead and lookbehind ('(?=', '(?!', '(?<=', '(?<!')"
            + " are not supported: a pattern is matched in one pass over the answer; the whole answer must match, so"
            + " write what may come at each place instead";

    @Test
    void backReferencesAreRejectedAtTheReference() {
        assertPattern("(x)\\1(a|a)*b", "t.yaml:11:22: " + BACK_REFERENCE);
        assertPattern("(?<y>[0-9])-\\k<y>", "t.yaml:11:31: " + BACK_REFERENCE);
        assertPattern("(a)\\10", "t.yaml:11:22: " + BACK_REFERENCE);
    }

    @Test
    void lookaroundIsRejectedAtItsParenthesis() {
        assertPattern("(?=.*[0-9]).{8,}", "t.yaml:11:19: " + LOOKAROUND);
        assertPattern("a(?!b)", "t.yaml:11:20: " + LOOKAROUND);
        assertPattern("(?<=a)b", "t.yaml:11:19: " + LOOKAROUND);
        assertPattern("(?<!a)b", "t.yaml:11:19: " + LOOKAROUND);
    }

    @Test
    void repetitionsThatExpandPastTheLimitAreRejectedAtTheLargest() {
        String tooLarge = " states, and a pattern may have at most 5000 (each {n,m} repeats what it follows up to m"
                + " times); use smaller counts, or max-length for the length of the answer";
        assertPattern("a{5000}", "t.yaml:11:20: error: pattern: too large: with its repetitions expanded it has 5001"
                + tooLarge);
        assertPattern("x(ab{100}){100}", "t.yaml:11:29: error: pattern: too large: with its repetitions expanded it has"
                + " 10102" + tooLarge);
        assertPattern("(a{1000000000}){1000000000}", "t.yaml:11:34: error: pattern: too large: with its repetitions"
                + " expanded it has more than 1000000000" + tooLarge);
        assertPattern(".{0,2000}.{0,1000}", "t.yaml:11:20: error: pattern: too large: with its repetitions expanded it"
                + " has 6001" + tooLarge);
    }

    @Test
    void groupsNestAtMost64LevelsDeep() {
        assertPattern("(".repeat(64) + "a" + ")".repeat(64));
        assertPattern("(".repeat(65) + "a" + ")".repeat(65), "t.yaml:11:83: error: pattern: groups nest more than 64"
                + " levels deep");
        assertPattern("[(]".repeat(100) + "\\(".repeat(100) + "a");
        assertPattern("(?:".repeat(100_000) + "a" + ")".repeat(100_000), "t.yaml:11:211: error: pattern: groups nest"
                + " more than 64 levels deep");
    }
}
