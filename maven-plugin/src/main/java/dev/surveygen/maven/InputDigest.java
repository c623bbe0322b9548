package dev.surveygen.maven;

import dev.surveygen.build.BuiltInTemplates;
import dev.surveygen.build.GenerationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The key of the up-to-date check: everything that decides the output of a {@code generate}
 * execution, written out as text (one fact a line, in a fixed order) and hashed. It covers every
 * definition (path and content), every file of the template directory (name and content), the
 * effective configuration, the output directories, and the plugin: its version, and for a
 * snapshot also the content of the plugin's and the generator's jars, since a snapshot's code
 * changes without its version changing.
 */
final class InputDigest {

    private InputDigest() {}

    /**
     * @param plugin lines identifying the plugin (version, and jar hashes for snapshots)
     * @param sourceDirectory the definitions' directory, against which their paths are written
     */
    static String text(List<String> plugin, GenerationConfig config, Path javaRoot, Path resourceRoot,
            Path sourceDirectory, List<Path> definitions) throws IOException {
        StringBuilder text = new StringBuilder();
        appendPlugin(text, plugin);
        text.append(config.fingerprint());
        text.append("javaOutput=").append(javaRoot).append('\n');
        text.append("resourceOutput=").append(resourceRoot).append('\n');
        appendInputs(text, config, sourceDirectory, definitions);
        return text.toString();
    }

    /**
     * The key of {@code lint}'s up-to-date check: the same facts but the output directories, which
     * a check does not read, and with the source directory, under a first line of its own, so that
     * it never equals a {@code generate} key.
     */
    static String checkText(List<String> plugin, GenerationConfig config, Path sourceDirectory, List<Path> definitions)
            throws IOException {
        StringBuilder text = new StringBuilder("check\n");
        appendPlugin(text, plugin);
        text.append(config.fingerprint());
        // The diagnostics it replays name the definitions by their absolute paths.
        text.append("sources=").append(sourceDirectory).append('\n');
        appendInputs(text, config, sourceDirectory, definitions);
        return text.toString();
    }

    private static void appendPlugin(StringBuilder text, List<String> plugin) {
        for (String line : plugin) {
            text.append("plugin ").append(line).append('\n');
        }
    }

    private static void appendInputs(StringBuilder text, GenerationConfig config, Path sourceDirectory,
            List<Path> definitions) throws IOException {
        for (Path definition : definitions) {
            text.append("definition ").append(slashes(sourceDirectory.relativize(definition))).append(' ')
                    .append(Digests.inputSha256(definition)).append('\n');
        }
        // The catalogue files every definition reads (its locales' texts): a change makes a real run.
        java.util.Set<Path> catalogueDirectories = new java.util.TreeSet<>();
        for (Path definition : definitions) {
            config.catalogueDirectoryOf(definition).filter(Files::isDirectory).ifPresent(catalogueDirectories::add);
        }
        for (Path directory : catalogueDirectories) {
            for (Path catalogue : BuiltInTemplates.list(directory)) {
                text.append("catalogue ").append(slashes(catalogue.toAbsolutePath())).append(' ')
                        .append(Files.isRegularFile(catalogue) ? Digests.inputSha256(catalogue) : "-").append('\n');
            }
        }
        if (config.templateDirectory().isPresent() && Files.isDirectory(config.templateDirectory().get())) {
            for (Path template : BuiltInTemplates.list(config.templateDirectory().get())) {
                text.append("template ").append(template.getFileName()).append(' ')
                        .append(Files.isRegularFile(template) ? Digests.inputSha256(template) : "-").append('\n');
            }
        }
    }

    static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
