package dev.surveygen.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * Where a fuzzing run puts what it finds: under target/fuzz/ of the module, never in the inputs
 * directory under src/test/resources, where the next {@code mvn test} would run an unreviewed
 * finding as a seed and fail (docs/fuzzing.md). The run is real: a JVM started as the documented
 * command starts one (JAZZER_FUZZ=1, the module as working directory, this build's test class
 * path and so its junit-platform.properties) fuzzes {@link Probe}, which fails on any non-empty
 * input.
 */
@Tag("slow")
class FuzzFindingsTest {

    /** A fuzz target that every non-empty input breaks. Nested, so surefire never runs it itself. */
    static class Probe {

        @FuzzTest(maxDuration = "60s")
        void fuzz(byte[] data) {
            if (data.length > 0) {
                throw new IllegalStateException("the probe's finding");
            }
        }
    }

    @TempDir
    Path module;

    @Test
    void findingsGoUnderTargetNotIntoTheSourceTree() throws Exception {
        Files.createDirectories(module.resolve("src/test/resources"));
        Path log = module.resolve("fuzz.log");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-Xshare:off", FuzzFindingsTest.class.getName())
                .directory(module.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAZZER_FUZZ", "1");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the fuzzing run did not end; its output:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isEqualTo(1); // the probe failed: there is a finding
        assertThat(files(module.resolve("src"))).as(output).isEmpty();
        assertThat(files(module.resolve("target/fuzz")).stream()
                .filter(p -> p.getParent().equals(module.resolve("target/fuzz")))
                .map(p -> p.getFileName().toString()))
                .as(output).anySatisfy(name -> assertThat(name).startsWith("crash-"));
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /** The fuzzing run: the JUnit launcher on {@link Probe}, exit status 1 when it failed. */
    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(Probe.class)).build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        summary.getSummary().printTo(new java.io.PrintWriter(System.out, true));
        System.exit(summary.getSummary().getTotalFailureCount() > 0 ? 1 : 0);
    }
}
