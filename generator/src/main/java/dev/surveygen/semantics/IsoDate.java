package dev.surveygen.semantics;

import dev.surveygen.runtime.Support;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The one reading of a date, for answers and for dates in definitions alike: exactly
 * {@code yyyy-MM-dd} in ASCII digits with a four-digit year, and a real calendar day
 * ({@code 2025-02-30} is not). The rule is the runtime's ({@link Support#isoDate}), which the
 * generated code runs: stated once.
 */
public final class IsoDate {

    /** The form of a date, yyyy-mm-dd; the form script receives it as data (rules JSON {@code reading.date}). */
    public static final String SYNTAX = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    private IsoDate() {}

    public static Optional<LocalDate> parse(String text) {
        return Optional.ofNullable(Support.isoDate(text));
    }
}
