package dev.surveygen.diagnostics;

import java.util.Locale;

/** How serious a diagnostic is. Errors stop generation; warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word printed in a diagnostic line: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
