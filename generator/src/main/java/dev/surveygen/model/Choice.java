package dev.surveygen.model;

import dev.surveygen.diagnostics.SourcePosition;

/**
 * One answer option. {@code exclusive} ("none of these") cannot be selected with another
 * choice; {@code other} marks the choice whose free text is a separate question.
 */
public record Choice(String code, Text label, boolean exclusive, boolean other, SourcePosition position) {}
