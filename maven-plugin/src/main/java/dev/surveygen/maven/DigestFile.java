package dev.surveygen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful {@code generate} execution recorded: the digest of its inputs and
 * every output it left, with the hash of its content and the size and modification time it had
 * once written. Written only after all output is in place and removed before any output is
 * touched, so an interrupted run is never mistaken for a complete one. Plain text:
 *
 * <pre>
 * digest SHA256
 * java PATH SHA256 SIZE MODIFIED-MILLIS
 * resource PATH SHA256 SIZE MODIFIED-MILLIS
 * </pre>
 *
 * <p>The size and time let a no-op build skip reading the outputs, as make and Gradle do: an
 * output whose size and modification time are as recorded is taken as intact; one whose time
 * differs is hashed, so a file that was only touched is not generated again. (This record is the
 * build's own state under {@code target/}, not generated output, so a time in it is no threat to
 * deterministic output.)
 */
record DigestFile(String digest, List<Output> outputs) {

    /**
     * One generated file: its root ({@code java} or {@code resource}), relative path, content hash,
     * and the size and modification time it had once written.
     */
    record Output(String root, String path, String sha256, long size, long modifiedMillis) {

        /** The output as it is now on disk under its root, with the given content hash. */
        static Output of(String root, Path rootDirectory, String path, String sha256) throws IOException {
            Path file = rootDirectory.resolve(path);
            return new Output(root, path, sha256, Files.size(file), Files.getLastModifiedTime(file).toMillis());
        }
    }

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
            if (parts.length != 5) {
                return Optional.empty();
            }
            try {
                outputs.add(new Output(parts[0], parts[1], parts[2], Long.parseLong(parts[3]), Long.parseLong(parts[4])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new DigestFile(lines.get(0).substring("digest ".length()), outputs));
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("digest ").append(digest).append('\n');
        for (Output output : outputs) {
            text.append(output.root()).append(' ').append(output.path()).append(' ').append(output.sha256())
                    .append(' ').append(output.size()).append(' ').append(output.modifiedMillis()).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * The first recorded output that is missing or whose bytes differ from what was generated. A
     * file of the recorded size and modification time is not read; any other is hashed.
     */
    Optional<String> firstChangedOutput(Path javaRoot, Path resourceRoot) throws IOException {
        for (Output output : outputs) {
            Path file = (output.root().equals("java") ? javaRoot : resourceRoot).resolve(output.path());
            if (!intact(file, output)) {
                return Optional.of(file.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean intact(Path file, Output output) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!attributes.isRegularFile() || attributes.size() != output.size()) {
            return false;
        }
        return attributes.lastModifiedTime().toMillis() == output.modifiedMillis()
                || Digests.sha256(file).equals(output.sha256());
    }
}
