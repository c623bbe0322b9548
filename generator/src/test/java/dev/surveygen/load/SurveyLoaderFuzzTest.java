package dev.surveygen.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.surveygen.diagnostics.Diagnostic;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target for the loader: any bytes end in diagnostics, never an exception. Without
 * JAZZER_FUZZ=1 it runs once per seed in SurveyLoaderFuzzTestInputs/load/ (a regression test);
 * with it, Jazzer mutates those seeds (docs/fuzzing.md).
 */
class SurveyLoaderFuzzTest {

    @Timeout(30) // per input: in fuzzing, an input slower than this is a finding (timeout-*)
    @FuzzTest(maxDuration = "10m")
    void load(byte[] data) {
        SurveyLoader.Result result = new SurveyLoader().load("f.yaml", data);
        assertThat(result.hasErrors()).isEqualTo(result.diagnostics().stream().anyMatch(Diagnostic::isError));
        for (Diagnostic diagnostic : result.diagnostics()) {
            assertThat(diagnostic.file()).isEqualTo("f.yaml");
            assertThat(diagnostic.message()).isNotBlank().doesNotContain("\n");
        }
    }
}
