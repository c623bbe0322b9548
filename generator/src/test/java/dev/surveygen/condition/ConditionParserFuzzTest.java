package dev.surveygen.condition;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for the condition parser: any text parses or throws {@link ConditionSyntaxException}
 * with an offset inside the text (or just past its end); nothing else escapes.
 */
class ConditionParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parse(String condition) {
        if (condition == null) {
            return; // Jazzer's String parameters are nullable; conditions from YAML never are
        }
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
