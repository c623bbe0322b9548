package dev.surveygen.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** A text in one or more locales, keyed by locale code ({@code ja}, {@code en}). */
public record Text(SortedMap<String, String> byLocale) {

    public Text {
        Objects.requireNonNull(byLocale, "byLocale");
        byLocale = Collections.unmodifiableSortedMap(new TreeMap<>(byLocale));
    }

    public static Text of(String locale, String value) {
        return new Text(new TreeMap<>(Map.of(locale, value)));
    }

    public static Text of(Map<String, String> byLocale) {
        return new Text(new TreeMap<>(byLocale));
    }

    /** The text in {@code locale}, or in {@code fallback} when it has none. */
    public String in(String locale, String fallback) {
        String value = byLocale.get(locale);
        return value != null ? value : byLocale.get(fallback);
    }

    public boolean has(String locale) {
        return byLocale.containsKey(locale);
    }
}
