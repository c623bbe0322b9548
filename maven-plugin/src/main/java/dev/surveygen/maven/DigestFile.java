package dev.surveygen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful {@code generate} execution recorded: the digest of its inputs and
 * every output it left, with the hash of its content. Written only after all output is in place
 * and removed before any output is touched, so an interrupted run is never mistaken for a
 * complete one. Plain text, no timestamps:
 *
 * <pre>
 * digest SHA256
 * java PATH SHA256
 * resource PATH SHA256
 * </pre>
 */
record DigestFile(String digest, List<Output> outputs) {

    /** One generated file: its root ({@code java} or {@code resource}), relative path and content hash. */
    record Output(String root, String path, String sha256) {}

    DigestFile {
        outputs = List.copyOf(outputs);
    }

    static Optional<DigestFile> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("digest ")) {
            return Optional.empty();
        }
        List<Output> outputs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(" ", -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            outputs.add(new Output(parts[0], parts[1], parts[2]));
        }
        return Optional.of(new DigestFile(lines.get(0).substring("digest ".length()), outputs));
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("digest ").append(digest).append('\n');
        for (Output output : outputs) {
            text.append(output.root()).append(' ').append(output.path()).append(' ').append(output.sha256()).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The first recorded output that is missing or whose bytes differ from what was generated. */
    Optional<String> firstChangedOutput(Path javaRoot, Path resourceRoot) throws IOException {
        for (Output output : outputs) {
            Path file = (output.root().equals("java") ? javaRoot : resourceRoot).resolve(output.path());
            if (!Files.isRegularFile(file) || !Digests.sha256(file).equals(output.sha256())) {
                return Optional.of(file.toString());
            }
        }
        return Optional.empty();
    }
}
