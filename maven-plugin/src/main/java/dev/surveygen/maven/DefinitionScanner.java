package dev.surveygen.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.codehaus.plexus.util.DirectoryScanner;

/** Finds the survey definitions of a module: Ant-style includes and excludes under one directory. */
final class DefinitionScanner {

    static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml");

    private DefinitionScanner() {}

    /**
     * The definitions under {@code directory} (absolute, sorted by their relative path, so the
     * order never depends on the file system); empty when the directory does not exist.
     */
    static List<Path> scan(Path directory, List<String> includes, List<String> excludes) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(directory.toFile());
        scanner.setIncludes((includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes).toArray(String[]::new));
        if (excludes != null && !excludes.isEmpty()) {
            scanner.setExcludes(excludes.toArray(String[]::new));
        }
        scanner.addDefaultExcludes();
        scanner.scan();
        String[] found = scanner.getIncludedFiles();
        Arrays.sort(found);
        return Arrays.stream(found).map(directory::resolve).toList();
    }
}
