package dev.surveygen.model;

import dev.surveygen.diagnostics.SourcePosition;
import java.util.Objects;

/**
 * A Java name an author gives in the definition ({@code java-name}) to the survey's types, a
 * question, a choice list's enum or a choice, in place of the one derived from the id or code.
 * The id stays the wire format; this names only the generated Java. Checked by the loader
 * ({@code dev.surveygen.naming.JavaNames}).
 *
 * @param position where the value is written, for the diagnostics that concern it
 */
public record JavaName(String name, SourcePosition position) {

    public JavaName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
    }
}
