package dev.surveygen.condition;

import dev.surveygen.diagnostics.SourcePosition;

/** Maps an offset (a {@code char} index) in a condition's text to its place in the source file. */
@FunctionalInterface
public interface TextPositions {

    SourcePosition at(int offset);

    /** For conditions built in code: every offset maps to the same place. */
    static TextPositions fixed(SourcePosition position) {
        return offset -> position;
    }
}
