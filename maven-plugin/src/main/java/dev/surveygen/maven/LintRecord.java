package dev.surveygen.maven;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.diagnostics.Severity;
import dev.surveygen.diagnostics.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last {@code lint} execution that found no error recorded: the digest of its inputs
 * ({@link InputDigest#checkText}) and the warnings it reported, which an up-to-date run reports
 * again, so a skipped check hides nothing. Never written for a run with errors, and removed before
 * a check, so only a clean check is ever taken as up to date. Plain text, one diagnostic a line,
 * fields separated by tabs (a diagnostic's message holds no control character; a path that does
 * is not recorded, and the next run checks again):
 *
 * <pre>
 * digest SHA256
 * warning	FILE	LINE	COLUMN	MESSAGE
 * </pre>
 */
record LintRecord(String digest, List<Diagnostic> diagnostics) {

    LintRecord {
        diagnostics = List.copyOf(diagnostics);
    }

    static Optional<LintRecord> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("digest ")) {
            return Optional.empty();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split("\t", 5);
            if (parts.length != 5 || !parts[0].equals(Severity.WARNING.label())) {
                return Optional.empty();
            }
            try {
                diagnostics.add(new Diagnostic(parts[1], new SourcePosition(Integer.parseInt(parts[2]),
                        Integer.parseInt(parts[3])), Severity.WARNING, parts[4]));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new LintRecord(lines.get(0).substring("digest ".length()), diagnostics));
    }

    /** Whether this record can be written and read back as it is: only warnings, on paths without control characters. */
    boolean recordable() {
        return diagnostics.stream().allMatch(d -> !d.isError() && d.file().chars().noneMatch(Character::isISOControl));
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("digest ").append(digest).append('\n');
        for (Diagnostic diagnostic : diagnostics) {
            text.append(diagnostic.severity().label()).append('\t').append(diagnostic.file()).append('\t')
                    .append(diagnostic.position().line()).append('\t').append(diagnostic.position().column())
                    .append('\t').append(diagnostic.message()).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
