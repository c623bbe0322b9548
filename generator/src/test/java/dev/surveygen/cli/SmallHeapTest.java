package dev.surveygen.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as a user runs it, in its own JVM with a small heap: input larger than the limits is
 * refused after reading at most the limit, with exit code 2 and one line, never an
 * OutOfMemoryError with a stack trace (which exited with 1, "has errors").
 */
@Tag("slow")
class SmallHeapTest {

    @TempDir
    Path dir;

    @Test
    void hundredMegabytesOnStandardInputWithSixtyFourMegabytesOfHeap() throws Exception {
        Path survey = dir.resolve("s.yaml");
        Files.writeString(survey, """
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: A, type: text, label: A}
                """, UTF_8);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), SurveygenCli.class.getName(), "check",
                survey.toString(), "-").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        chunk[0] = '"';
        try (OutputStream in = process.getOutputStream()) {
            for (int i = 0; i < 100; i++) {
                in.write(chunk);
            }
        } catch (IOException e) {
            // The CLI stopped reading at its limit and exited: that is the point.
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> err = List.of(new String(process.getErrorStream().readAllBytes(), UTF_8).split("\n"));
        assertThat(err).containsExactly("<stdin>: error: cannot read the file: it is larger than the limit of 16777216"
                + " bytes for a response (--max-response-size)");
        assertThat(process.exitValue()).isEqualTo(2);
    }
}
