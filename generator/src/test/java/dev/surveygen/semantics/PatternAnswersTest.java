package dev.surveygen.semantics;

import static dev.surveygen.semantics.Surveys.load;
import static dev.surveygen.semantics.Surveys.response;
import static dev.surveygen.semantics.Surveys.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Patterns are matched by the compiled program in time linear in the answer, whatever the stack
 * size and however the pattern nests its repetitions: {@code (a|b)*} on a valid 1,600-character
 * answer was a {@code pattern} violation in {@code check} (java.util.regex overflowed its stack),
 * and {@code (a+)+b} doubled its time with each character. The timeout is a hang guard.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PatternAnswersTest {

    private static final ReferenceInterpreter INTERPRETER = new ReferenceInterpreter(load("""
            surveygen: 1
            id: s
            title: T
            defaults:
              required: false
            sections:
              - id: a
                title: A
                questions:
                  - {id: AB, type: long-text, label: AB, pattern: '(a|b)*'}
                  - {id: NESTED, type: long-text, label: N, pattern: '(a+)+b'}
                  - {id: DOT, type: long-text, label: D, pattern: '.*x.*'}
                  - {id: ASTRAL, type: text, label: A, pattern: '[𠀀-𪛟]{2}'}
                  - {id: SURROGATE, type: text, label: S, pattern: 'x\\uD800y'}
                  - {id: ENDS, type: text, label: E, pattern: '^a$|^b'}
            """));

    private static java.util.List<String> check(String id, String answer) {
        return violations(INTERPRETER, response(id, answer));
    }

    @Test
    void longAnswersMatchWithoutRecursion() {
        assertThat(check("AB", "ab".repeat(800))).isEmpty();
        assertThat(check("AB", "ab".repeat(5_000_000))).isEmpty();
        assertThat(check("AB", "ab".repeat(5_000_000) + "c")).containsExactly("AB pattern");
    }

    @Test
    void nestedRepetitionsTakeLinearTime() {
        assertThat(check("NESTED", "a".repeat(29))).containsExactly("NESTED pattern");
        assertThat(check("NESTED", "a".repeat(1_000_000))).containsExactly("NESTED pattern");
        assertThat(check("NESTED", "a".repeat(1_000_000) + "b")).isEmpty();
        assertThat(check("DOT", "y".repeat(1_000_000) + "x" + "y".repeat(1_000_000))).isEmpty();
        assertThat(check("DOT", "y".repeat(1_000_000) + "\n" + "x")).containsExactly("DOT pattern");
    }

    @Test
    void answersAreReadByCodePoints() {
        assertThat(check("ASTRAL", "𠀋𠀋")).isEmpty();
        assertThat(check("ASTRAL", "𠀋")).containsExactly("ASTRAL pattern");
        assertThat(check("SURROGATE", "x\uD800y")).isEmpty();
        assertThat(check("SURROGATE", "x\uD800\uDC00y")).containsExactly("SURROGATE pattern");
        assertThat(check("DOT", "\u0085x\u0085")).isEmpty();
        assertThat(check("DOT", "x\u2028y")).containsExactly("DOT pattern");
    }

    @Test
    void caretAndDollarAreTheEndsOfTheAnswer() {
        assertThat(check("ENDS", "a")).isEmpty();
        assertThat(check("ENDS", "b")).isEmpty();
        assertThat(check("ENDS", "ab")).containsExactly("ENDS pattern");
    }
}
