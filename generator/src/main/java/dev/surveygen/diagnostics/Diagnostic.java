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
        message = oneLine(message);
    }

    /**
     * Messages quote what the author wrote (ids, keys, codes), which may hold line breaks or other
     * control characters; they are escaped so that every diagnostic stays on one line. So is half
     * of a surrogate pair, which no output encoding can carry.
     */
    private static String oneLine(String message) {
        StringBuilder out = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isLoneSurrogate(message, i);
            if (control && out == null) {
                out = new StringBuilder(message.length() + 8).append(message, 0, i);
            }
            if (out == null) {
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (control) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out == null ? message : out.toString();
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + position.line() + ":" + position.column() + ": " + severity.label() + ": " + message;
    }
}
