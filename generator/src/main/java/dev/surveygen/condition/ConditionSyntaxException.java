package dev.surveygen.condition;

/** A condition that does not parse; {@code offset} is the {@code char} index of the bad token. */
public final class ConditionSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;

    public ConditionSyntaxException(int offset, String message) {
        super(message, null, false, false);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
