package dev.surveygen.semantics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reading of a date, for answers and for dates in definitions alike: exactly
 * {@code yyyy-MM-dd} in ASCII digits with a four-digit year ({@code uuuu} alone would also read
 * {@code +12025-01-01}), and a real calendar day ({@code 2025-02-30} is not).
 */
public final class IsoDate {

    /** The form of a date, yyyy-mm-dd; the form script receives it as data (rules JSON {@code reading.date}). */
    public static final String SYNTAX = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    private static final Pattern SHAPE = Pattern.compile(SYNTAX);
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private IsoDate() {}

    public static Optional<LocalDate> parse(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
