package dev.surveygen.formgen;

/**
 * A violation as a host hands it to the runtime template, shaped like the generated
 * {@code …Violation} records: components {@code question}, {@code code}, {@code messageJa}, and a
 * {@code message()} method overloaded with {@code message(String locale)}, so that FreeMarker
 * shows {@code v.message} as a method (the template calls {@code message(lang)}). FreeMarker reads
 * only public classes' members.
 */
public record ViolationView(String question, String code, String messageJa) {

    /** The message in the default locale. */
    public String message() {
        return messageJa;
    }

    /** The message in {@code locale}. */
    public String message(String locale) {
        return messageJa;
    }
}
