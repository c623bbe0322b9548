package dev.surveygen.diagnostics;

import java.util.Objects;

/**
 * One problem found in a file. {@link #toString()} is the public format that users and editors
 * parse: {@code FILE:LINE:COL: error: MESSAGE}.
 */
public record Diagnostic(String file, SourcePosition position, Severity severity, String message) {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + position.line() + ":" + position.column() + ": " + severity.label() + ": " + message;
    }
}
