package dev.surveygen.json;

/** Malformed JSON, with the 1-based line and column of the problem. */
public final class JsonException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    JsonException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
