package dev.surveygen.semantics;

import dev.surveygen.model.ViolationCode;
import dev.surveygen.model.Text;

/** One way in which a response breaks the definition, with its message in every survey locale. */
public record Violation(String question, ViolationCode code, Text message) {}
