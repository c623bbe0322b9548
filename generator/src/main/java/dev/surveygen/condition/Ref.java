package dev.surveygen.condition;

/** A reference {@code ${ID}} to a question; offset and length cover the whole {@code ${ID}}. */
public record Ref(String questionId, int offset, int length) {}
