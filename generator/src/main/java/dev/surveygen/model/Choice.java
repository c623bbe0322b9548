package dev.surveygen.model;

import dev.surveygen.diagnostics.SourcePosition;
import java.util.Optional;

/**
 * One answer option. {@code exclusive} ("none of these") cannot be selected with another
 * choice; {@code other} marks the choice whose free text is a separate question. {@code javaName}
 * is the name of its enum constant when the definition gives one.
 */
public record Choice(String code, Text label, boolean exclusive, boolean other, SourcePosition position,
        Optional<JavaName> javaName) {

    public Choice(String code, Text label, boolean exclusive, boolean other, SourcePosition position) {
        this(code, label, exclusive, other, position, Optional.empty());
    }
}
