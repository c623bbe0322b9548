package dev.surveygen.model;

/** The public violation codes, as they appear in {@code check} output and generated code. */
public enum ViolationCode {
    REQUIRED("required"),
    NOT_APPLICABLE("not-applicable"),
    TYPE("type"),
    CHOICE("choice"),
    EXCLUSIVE("exclusive"),
    SELECTION_COUNT("selection-count"),
    RANGE("range"),
    LENGTH("length"),
    PATTERN("pattern"),
    UNKNOWN_QUESTION("unknown-question");

    private final String code;

    ViolationCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
