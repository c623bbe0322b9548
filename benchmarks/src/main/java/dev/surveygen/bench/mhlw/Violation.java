package dev.surveygen.bench.mhlw;

/** A violation as the hand-written peers report it: the question id, the code and the message. */
public record Violation(String question, String code, String message) {}
