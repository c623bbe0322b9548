package dev.surveygen.formgen;

/**
 * A violation as a host hands it to the runtime template: a public record, like the generated
 * {@code Violation} records (FreeMarker reads only public classes' members).
 */
public record ViolationView(String question, String message) {}
