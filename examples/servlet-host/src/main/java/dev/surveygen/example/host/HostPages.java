package dev.surveygen.example.host;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The host's own pages around the form, in the form's locale: the thank-you page after an accepted
 * response and the page of a refused (forged or expired) post. One file per page and locale
 * ({@code thanks.LOCALE.html}, {@code forbidden.LOCALE.html} beside this class); a host for another
 * locale adds its two files.
 */
record HostPages(String locale, byte[] thanks, byte[] forbidden) {

    /** The locales the host has pages for. */
    static final List<String> LOCALES = List.of("ja", "en");

    static HostPages of(String locale) throws IOException {
        if (!LOCALES.contains(locale)) {
            throw new IllegalStateException("the form is in the locale '" + locale + "', but the host has pages only in "
                    + String.join(" and ", LOCALES) + ": add thanks." + locale + ".html and forbidden." + locale
                    + ".html beside " + HostPages.class.getName());
        }
        return new HostPages(locale, read("thanks." + locale + ".html"), read("forbidden." + locale + ".html"));
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = HostPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the host's jar");
            }
            return in.readAllBytes();
        }
    }
}
