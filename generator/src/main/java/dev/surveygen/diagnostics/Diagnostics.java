package dev.surveygen.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of one file. Checks report everything they find and carry on, so that
 * an author sees every mistake of a file in one run; {@link #sorted()} gives them in file order.
 */
public final class Diagnostics {

    private final String file;
    private final List<Diagnostic> entries = new ArrayList<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void error(SourcePosition position, String message) {
        entries.add(new Diagnostic(file, position, Severity.ERROR, message));
    }

    public void warning(SourcePosition position, String message) {
        entries.add(new Diagnostic(file, position, Severity.WARNING, message));
    }

    /** Adds a diagnostic found earlier for this file (a stage of loading that ran before). */
    public void add(Diagnostic diagnostic) {
        entries.add(diagnostic);
    }

    public boolean hasErrors() {
        return entries.stream().anyMatch(Diagnostic::isError);
    }

    public int errorCount() {
        return (int) entries.stream().filter(Diagnostic::isError).count();
    }

    /**
     * All diagnostics by position; equal positions keep the order in which they were found. Those
     * of this file come first, then those of other files it needs (a catalogue), by file.
     */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(entries);
        copy.sort(Comparator.comparing((Diagnostic d) -> !d.file().equals(file)).thenComparing(
                d -> d.file().equals(file) ? "" : d.file()).thenComparing(Diagnostic::position));
        return List.copyOf(copy);
    }
}
