package dev.surveygen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a complete set of generated files under a root directory, all or nothing as far as the
 * file system allows: every changed file is first written to a staging directory beside the
 * root; only when all are written are they moved into place. Unchanged files keep their bytes
 * and modification times. A manifest ({@value #MANIFEST}) records what was written, so that the
 * next run removes files that are no longer generated and never touches anything else.
 */
public final class OutputWriter {

    public static final String MANIFEST = ".surveygen-files";

    /** What a write did, for logs and tests. */
    public record Report(List<String> written, List<String> unchanged, List<String> deleted) {}

    public Report write(Path root, List<GeneratedFile> files) throws IOException {
        Set<String> paths = new TreeSet<>();
        for (GeneratedFile file : files) {
            checkPath(file.path());
            if (!paths.add(file.path())) {
                throw new IllegalArgumentException("two generated files share the path " + file.path());
            }
        }
        Files.createDirectories(root);
        Path realRoot = root.toRealPath();
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<GeneratedFile> changed = new ArrayList<>();
        for (GeneratedFile file : files) {
            Path target = realRoot.resolve(file.path());
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged.add(file.path());
            } else {
                changed.add(file);
            }
        }
        Set<String> previous = readManifest(realRoot);
        List<String> deleted = new ArrayList<>();
        for (String old : previous) {
            if (!paths.contains(old) && isSafe(old)) {
                deleted.add(old);
            }
        }
        if (!changed.isEmpty()) {
            Path staging = Files.createTempDirectory(realRoot.getParent() != null ? realRoot.getParent() : realRoot,
                    ".surveygen-staging-");
            try {
                for (GeneratedFile file : changed) {
                    Path staged = staging.resolve(file.path());
                    Files.createDirectories(staged.getParent());
                    Files.write(staged, file.content().getBytes(StandardCharsets.UTF_8));
                }
                for (GeneratedFile file : changed) {
                    Path target = realRoot.resolve(file.path());
                    Files.createDirectories(target.getParent());
                    move(staging.resolve(file.path()), target);
                    written.add(file.path());
                }
            } finally {
                deleteTree(staging);
            }
        }
        for (String old : deleted) {
            Path target = realRoot.resolve(old);
            Files.deleteIfExists(target);
            pruneEmptyParents(realRoot, target.getParent());
        }
        String manifest = String.join("\n", paths) + (paths.isEmpty() ? "" : "\n");
        Path manifestPath = realRoot.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestPath) || !Files.readString(manifestPath, StandardCharsets.UTF_8).equals(manifest)) {
            Files.writeString(manifestPath, manifest, StandardCharsets.UTF_8);
        }
        return new Report(List.copyOf(written), List.copyOf(unchanged), List.copyOf(deleted));
    }

    /** Relative, '/'-separated, no '..', '.', empty or absolute parts: a path cannot leave the root. */
    static void checkPath(String path) {
        if (!isSafe(path)) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
    }

    private static boolean isSafe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> readManifest(Path root) throws IOException {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Set.of();
        }
        Set<String> paths = new LinkedHashSet<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                paths.add(line.strip());
            }
        }
        return paths;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void pruneEmptyParents(Path root, Path directory) throws IOException {
        Path current = directory;
        while (current != null && !current.equals(root) && current.startsWith(root)) {
            try (Stream<Path> entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
