package dev.surveygen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes complete sets of generated files under their root directories, all or nothing as far as
 * the file system allows:
 *
 * <ol>
 *   <li>every root and every target is checked first (a root that is a file, a target that is a
 *       directory, a link on the way) and nothing is written if any check fails;
 *   <li>every changed file of every root is written to a staging directory beside its root;
 *   <li>only when all are staged are they moved into place.
 * </ol>
 *
 * <p>Unchanged files keep their bytes and modification times. A manifest ({@value #MANIFEST}) in
 * each root records the path and the SHA-256 of every file written, so that a later run removes
 * the files it no longer generates. It removes a file only if it is a regular file inside the root,
 * reached through real directories (never a link), that the manifest lists with the digest of its
 * present content: a file someone changed, a file a hand-made manifest names, and anything outside
 * the root are never deleted.
 */
public final class OutputWriter {

    public static final String MANIFEST = ".surveygen-files";

    static final String HEADER = "# surveygen output manifest 2: SHA-256 of each file as written, and its path";

    private static final Pattern ENTRY = Pattern.compile("([0-9a-f]{64}) (.+)");

    /** One output root and the complete set of files it should hold. */
    public record Root(Path directory, List<GeneratedFile> files) {

        public Root {
            files = List.copyOf(files);
        }
    }

    /**
     * What a write did under one root, for logs and tests: files written, files left as they were,
     * files deleted, and files no longer generated that were kept because they are not as
     * surveygen wrote them (changed since, or listed without a digest by an older surveygen).
     */
    public record Report(List<String> written, List<String> unchanged, List<String> deleted, List<String> kept,
            Map<String, String> digests) {

        public Report {
            written = List.copyOf(written);
            unchanged = List.copyOf(unchanged);
            deleted = List.copyOf(deleted);
            kept = List.copyOf(kept);
            digests = java.util.Collections.unmodifiableMap(new TreeMap<>(digests));
        }

        /** The SHA-256 (lower-case hex) of a file the write generated, as the manifest records it. */
        public String digest(String path) {
            String digest = digests.get(path);
            if (digest == null) {
                throw new IllegalArgumentException("not a generated file: " + path);
            }
            return digest;
        }
    }

    /** Writes one root. */
    public Report write(Path root, List<GeneratedFile> files) throws IOException {
        return write(List.of(new Root(root, files))).get(0);
    }

    /** Writes every root, or none of them if any cannot be written; reports in the order of the roots. */
    public List<Report> write(List<Root> roots) throws IOException {
        List<Plan> plans = new ArrayList<>();
        for (Root root : roots) {
            Plan plan = new Plan(root);
            for (Plan other : plans) {
                if (other.realRoot.equals(plan.realRoot)) {
                    throw new OutputException(root.directory() + " and " + other.root.directory()
                            + " are the same directory; give each output its own");
                }
            }
            plans.add(plan);
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Plan plan : plans) {
                plan.stage(created);
            }
        } catch (IOException | RuntimeException e) {
            for (Plan plan : plans) {
                plan.discardStaging();
            }
            removeCreated(created);
            throw e;
        }
        try {
            List<Report> reports = new ArrayList<>();
            for (Plan plan : plans) {
                reports.add(plan.commit());
            }
            return List.copyOf(reports);
        } finally {
            for (Plan plan : plans) {
                plan.discardStaging();
            }
        }
    }

    /** Everything one root needs, found without writing anything. */
    private static final class Plan {

        private final Root root;
        private final Path realRoot;
        private final Map<String, GeneratedFile> files = new TreeMap<>();
        /** Each file's UTF-8 bytes and their digest, made once: a build writes, compares and records them. */
        private final Map<String, byte[]> encoded = new HashMap<>();
        private final Map<String, String> digests = new HashMap<>();
        private final List<GeneratedFile> changed = new ArrayList<>();
        private final List<String> unchanged = new ArrayList<>();
        private final List<String> deletable = new ArrayList<>();
        private final List<String> kept = new ArrayList<>();
        private final String manifest;
        private final boolean manifestChanged;
        private Path staging;

        Plan(Root root) throws IOException {
            this.root = root;
            for (GeneratedFile file : root.files()) {
                checkPath(file.path());
                if (files.putIfAbsent(file.path(), file) != null) {
                    throw new IllegalArgumentException("two generated files share the path " + file.path());
                }
            }
            realRoot = realRoot(root.directory());
            Map<String, Optional<String>> previous = readManifest();
            for (GeneratedFile file : files.values()) {
                Path target = checkTarget(file.path());
                byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                encoded.put(file.path(), bytes);
                digests.put(file.path(), sha256(bytes));
                if (target != null && Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) {
                    unchanged.add(file.path());
                } else {
                    changed.add(file);
                }
            }
            for (Map.Entry<String, Optional<String>> entry : previous.entrySet()) {
                String path = entry.getKey();
                if (files.containsKey(path) || !isSafe(path)) {
                    continue;
                }
                Optional<Path> own = ownRegularFile(path);
                if (own.isEmpty()) {
                    continue;
                }
                if (entry.getValue().isPresent() && entry.getValue().get().equals(sha256(Files.readAllBytes(own.get())))) {
                    deletable.add(path);
                } else {
                    kept.add(path);
                }
            }
            StringBuilder text = new StringBuilder(HEADER).append('\n');
            for (GeneratedFile file : files.values()) {
                text.append(digests.get(file.path())).append(' ').append(file.path()).append('\n');
            }
            manifest = text.toString();
            Path manifestPath = realRoot.resolve(MANIFEST);
            manifestChanged = !Files.isRegularFile(manifestPath, LinkOption.NOFOLLOW_LINKS)
                    || !Files.readString(manifestPath, StandardCharsets.UTF_8).equals(manifest);
        }

        /**
         * The root with its links resolved, whether or not it exists yet: an existing root must be a
         * directory, and so must the nearest existing ancestor of one that does not.
         */
        private static Path realRoot(Path directory) throws IOException {
            Path absolute = directory.toAbsolutePath().normalize();
            Path existing = absolute;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                throw new OutputException(directory + " cannot be created");
            }
            if (!Files.isDirectory(existing)) {
                throw new OutputException((existing.equals(absolute) ? directory : existing) + " exists and is not a"
                        + " directory");
            }
            return existing.toRealPath().resolve(existing.relativize(absolute));
        }

        /**
         * Checks that {@code path} can be written through real directories; returns the existing
         * regular file to compare with, or null when there is none yet.
         */
        private Path checkTarget(String path) throws IOException {
            Path current = realRoot;
            String[] parts = path.split("/");
            for (int i = 0; i < parts.length; i++) {
                current = current.resolve(parts[i]);
                Path shown = root.directory().resolve(String.join("/", Arrays.copyOf(parts, i + 1)));
                if (Files.isSymbolicLink(current)) {
                    throw new OutputException(i + 1 < parts.length
                            ? shown + " is a symbolic link; surveygen writes only into directories under " + root.directory()
                            : shown + " is a symbolic link; surveygen will not replace it");
                }
                if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                    return null;
                }
                if (i + 1 < parts.length && !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                    throw new OutputException(shown + " exists and is not a directory");
                }
                if (i + 1 == parts.length && !Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
                    throw new OutputException(shown + " exists and is not a regular file; surveygen will not replace it");
                }
            }
            return current;
        }

        /** The regular file at {@code path}, reached through real directories only; empty otherwise. */
        private Optional<Path> ownRegularFile(String path) {
            Path current = realRoot;
            String[] parts = path.split("/");
            for (int i = 0; i < parts.length; i++) {
                current = current.resolve(parts[i]);
                boolean last = i + 1 == parts.length;
                if (last ? !Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)
                        : !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.empty();
                }
            }
            return Optional.of(current);
        }

        /** Path to its digest (empty for a manifest line written by a surveygen that kept none). */
        private Map<String, Optional<String>> readManifest() throws IOException {
            Path manifest = realRoot.resolve(MANIFEST);
            Map<String, Optional<String>> entries = new LinkedHashMap<>();
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
                return entries;
            }
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Matcher entry = ENTRY.matcher(line);
                if (entry.matches()) {
                    entries.put(entry.group(2), Optional.of(entry.group(1)));
                } else {
                    entries.putIfAbsent(line.strip(), Optional.empty());
                }
            }
            return entries;
        }

        void stage(List<Path> created) throws IOException {
            if (changed.isEmpty() && !manifestChanged) {
                return;
            }
            Path parent = realRoot.getParent() != null ? realRoot.getParent() : realRoot;
            createDirectories(parent, created);
            staging = Files.createTempDirectory(parent, ".surveygen-staging-");
            for (GeneratedFile file : changed) {
                Path staged = staging.resolve(file.path());
                Files.createDirectories(staged.getParent());
                Files.write(staged, encoded.get(file.path()));
            }
            Files.writeString(staging.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        }

        Report commit() throws IOException {
            List<String> written = new ArrayList<>();
            if (staging != null) {
                Files.createDirectories(realRoot);
                for (GeneratedFile file : changed) {
                    Path target = realRoot.resolve(file.path());
                    Files.createDirectories(target.getParent());
                    move(staging.resolve(file.path()), target);
                    written.add(file.path());
                }
            }
            List<String> deleted = new ArrayList<>();
            for (String path : deletable) {
                Optional<Path> target = ownRegularFile(path);
                if (target.isPresent()) {
                    Files.delete(target.get());
                    deleted.add(path);
                    pruneEmptyParents(realRoot, target.get().getParent());
                }
            }
            if (staging != null && manifestChanged) {
                move(staging.resolve(MANIFEST), realRoot.resolve(MANIFEST));
            }
            return new Report(written, unchanged, deleted, kept, digests);
        }

        void discardStaging() throws IOException {
            if (staging != null) {
                deleteTree(staging);
                staging = null;
            }
        }
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
        return !path.equals(MANIFEST);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Creates the missing directories of {@code directory}, remembering each, outermost first. */
    private static void createDirectories(Path directory, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = directory; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(p);
        }
    }

    /** Removes the directories a failed write created, innermost first, if they are still empty. */
    private static void removeCreated(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                // Not empty, or not ours to remove any more: leave it.
            }
        }
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
        while (current != null && !current.equals(root) && current.startsWith(root)
                && Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
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
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
