package dev.surveygen.semantics;

/**
 * An answer as read from a response. {@code present} is whether the question counts as answered
 * (not missing, null, blank text or an empty selection); {@code value} is the typed value
 * (Boolean, String, Set of codes, BigDecimal or LocalDate), null when absent or of the wrong type;
 * {@code problem} is the {@code type} or {@code choice} violation found while reading, or null.
 */
record Answer(boolean present, Object value, ViolationCode problem) {

    static final Answer UNANSWERED = new Answer(false, null, null);

    static Answer of(Object value) {
        return new Answer(true, value, null);
    }

    static Answer wrongType() {
        return new Answer(true, null, ViolationCode.TYPE);
    }

    /**
     * The value as conditions see it: answers of the wrong type or with unknown choice codes read
     * as unanswered (a typed model cannot hold them, and the form never sends them).
     */
    Object conditionValue() {
        return problem != null ? null : value;
    }
}
