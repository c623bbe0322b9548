package dev.surveygen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The JMH benchmarks run (in this JVM, a few milliseconds each) as the build's smoke test, so that a
 * benchmark that no longer works is found when it breaks, not when someone measures. No figure is
 * looked at: docs/performance.md has the real runs.
 */
class BenchmarksSmokeTest {

    @Test
    void theValidationBindingGenerationAndRenderingBenchmarksRun() throws Exception {
        System.setProperty("jmh.ignoreLock", "true"); // a real run elsewhere on the machine must not fail the build
        Options options = new OptionsBuilder()
                .include("ValidationBenchmark|BindingBenchmark|GenerationBenchmark|FormRenderingBenchmark")
                .param("questions", "0", "1000")
                .param("variant", "chained")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        // 4 validation and 8 binding methods on 2 responses; 4 generation stages on 2 surveys; rendering 2 forms.
        assertThat(results).hasSize(4 * 2 + 8 * 2 + 4 * 2 + 2);
    }
}
