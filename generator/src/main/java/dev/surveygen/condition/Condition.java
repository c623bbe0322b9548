package dev.surveygen.condition;

import java.util.Objects;

/** A condition as written ({@code source}), parsed ({@code expr}) and located in its file. */
public record Condition(String source, Expr expr, TextPositions positions) {

    public Condition {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(positions, "positions");
    }

    /** Parses a condition built in code (tests, synthetic surveys); positions are not tracked. */
    public static Condition parse(String source) {
        return new Condition(source, ConditionParser.parse(source),
                TextPositions.fixed(dev.surveygen.diagnostics.SourcePosition.START));
    }
}
