package dev.surveygen.example.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged host started as a user starts it, {@code java -jar surveygen-servlet-host.jar --port 0
 * --data DIR}, and stopped at the end. Its output is kept for the failure messages.
 */
final class HostProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("surveygen.host.jar", "target/surveygen-servlet-host.jar"));
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)");

    final Process process;
    final String url;
    final Path data;
    /** Every line the host printed so far. */
    final List<String> output;

    private HostProcess(Process process, String url, Path data, List<String> output) {
        this.process = process;
        this.url = url;
        this.data = data;
        this.output = output;
    }

    static HostProcess start(Path data) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the package phase first (./mvnw verify does)");
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "--port", "0", "--data", data.toString()).redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IllegalStateException("the host stopped: " + output));
        }, "host-output");
        reader.setDaemon(true);
        reader.start();
        return new HostProcess(process, url.get(60, TimeUnit.SECONDS), data, output);
    }

    Path responses() {
        return data.resolve("responses.jsonl");
    }

    /** The stored lines, each one response. */
    List<String> storedLines() throws IOException {
        return Files.isRegularFile(responses()) ? Files.readAllLines(responses(), StandardCharsets.UTF_8) : List.of();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
