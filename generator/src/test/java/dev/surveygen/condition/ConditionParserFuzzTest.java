package dev.surveygen.condition;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target for the condition parser: any text parses or throws {@link ConditionSyntaxException}
 * with an offset inside the text (or just past its end); nothing else escapes. Without JAZZER_FUZZ=1
 * it runs once per seed in ConditionParserFuzzTestInputs/parse/ (docs/fuzzing.md).
 */
class ConditionParserFuzzTest {

    @Timeout(30) // per input: in fuzzing, an input slower than this is a finding (timeout-*)
    @FuzzTest(maxDuration = "10m")
    void parse(byte[] data) {
        // Bytes, so that a seed file is the condition as it is: a String parameter reads a file in
        // Jazzer's own format (a null flag, then a length), and the seed ${Q1} = yes arrived as " = yes".
        String condition = new String(data, StandardCharsets.UTF_8);
        try {
            Expr expr = ConditionParser.parse(condition);
            assertThat(expr.references()).allSatisfy(ref -> {
                assertThat(ref.offset()).isBetween(0, condition.length() - 1);
                assertThat(condition.substring(ref.offset(), ref.offset() + ref.length()))
                        .isEqualTo("${" + ref.questionId() + "}");
            });
        } catch (ConditionSyntaxException e) {
            assertThat(e.offset()).isBetween(0, condition.length());
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
