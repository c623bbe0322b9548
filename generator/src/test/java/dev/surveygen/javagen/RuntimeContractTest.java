package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.runtime.Support;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The generated code indexes its violation tables by the runtime's outcomes: the orders must agree. */
class RuntimeContractTest {

    @Test
    void theViolationTablesFollowTheRuntimesOutcomes() {
        assertThat(PartEmitter.OUTCOMES).containsExactlyElementsOf(Arrays.stream(Support.Outcome.values())
                .map(o -> o.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
    }
}
