package dev.surveygen.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One locale's built-in texts ({@code catalogue_LOCALE.properties} beside this class, UTF-8), each
 * a {@link MessageFormat} pattern with named arguments ({@code {question}}, and for counts
 * {@code {count,choice,1#1 answer|1<{count} answers}}). Arguments are passed as finished strings
 * (numbers and dates already written out, never grouped by locale), so formatting only places them.
 *
 * <p>Why {@code java.text.MessageFormat} and not ICU4J's: {@code com.ibm.icu:icu4j} is not among
 * the artifacts this project may use; the JDK's choice format covers the plural forms of the two
 * built-in locales (Japanese has none, English one/other). The patterns use the syntax both share,
 * so a move to ICU's {@code plural} costs no change of key or argument.
 *
 * <p>A text is looked up in the locale's catalogue, then in the fallback's (the survey's default
 * locale); {@code CatalogueTest} keeps the built-in catalogues' key sets identical.
 */
public final class Catalogue {

    /** The locales with a built-in catalogue, in a fixed order. */
    public static final List<String> BUILT_IN_LOCALES = List.of("ja", "en");

    private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

    private final String locale;
    private final Map<String, String> texts;
    private final Map<String, String> fallback;
    /** Compiled patterns by key and argument names: a catalogue serves one generation run, one thread. */
    private final Map<String, MessageFormat> compiled = new java.util.HashMap<>();

    private Catalogue(String locale, Map<String, String> texts, Map<String, String> fallback) {
        this.locale = locale;
        this.texts = texts;
        this.fallback = fallback;
    }

    /** The built-in catalogue of {@code locale}, falling back to {@code fallbackLocale}'s for a missing key. */
    public static Catalogue of(String locale, String fallbackLocale) {
        if (!isBuiltIn(locale)) {
            throw new IllegalArgumentException("surveygen has no catalogue for the locale '" + locale + "'");
        }
        return new Catalogue(locale, load(locale), load(fallbackLocale));
    }

    /**
     * The catalogue of {@code locale} with texts of a survey's own: {@code extra} maps a locale to
     * texts by key (a supplied catalogue file and the definition's {@code messages}) that replace
     * or add to the built-in ones of that locale (a locale without a built-in catalogue has only
     * them); a key missing in {@code locale} is looked up in {@code fallbackLocale}, likewise.
     */
    public static Catalogue of(String locale, String fallbackLocale, Map<String, Map<String, String>> extra) {
        if (!extra.containsKey(locale)) {
            return of(locale, fallbackLocale);
        }
        return new Catalogue(locale, layered(locale, extra), layered(fallbackLocale, extra));
    }

    private static Map<String, String> layered(String locale, Map<String, Map<String, String>> extra) {
        Map<String, String> own = extra.getOrDefault(locale, Map.of());
        if (own.isEmpty()) {
            return load(locale);
        }
        Map<String, String> texts = new TreeMap<>(load(locale));
        texts.putAll(own);
        return Collections.unmodifiableMap(texts);
    }

    /** Every key a catalogue has: those of the built-in catalogues (which have the same keys), sorted. */
    public static Set<String> keySet() {
        return Collections.unmodifiableSet(new java.util.TreeSet<>(load(BUILT_IN_LOCALES.get(0)).keySet()));
    }

    /**
     * What is wrong with {@code pattern} as the text of {@code key} (empty when nothing is): the
     * key must be one of {@link #keySet()}, and the pattern a {@link MessageFormat} pattern that
     * uses only the arguments the built-in texts of that key are given.
     */
    public static Optional<String> problem(String key, String pattern) {
        if (!keySet().contains(key)) {
            return Optional.of("there is no text '" + key + "'");
        }
        // The arguments a text is given are those any built-in text of the key uses (Japanese has no
        // plural forms, so its texts use {min} where the English ones use {minCount} too).
        java.util.TreeSet<String> given = new java.util.TreeSet<>();
        BUILT_IN_LOCALES.forEach(locale -> given.addAll(argumentNames(load(locale).get(key))));
        List<String> names = List.copyOf(given);
        MessageFormat format;
        try {
            format = new MessageFormat(numbered(pattern, names, key), Locale.ROOT);
        } catch (IllegalArgumentException e) {
            String why = e.getMessage() == null ? "" : e.getMessage();
            return Optional.of(why.startsWith("text '") ? why.replace("which it is not given; it is given", "which"
                    + " this text does not have; it has") : "the text of '" + key + "' is not a message pattern ("
                    + why + "); a single quote is written twice ('')");
        }
        // Formatted once as it will be: every argument is a finished text but the {…Count} ones,
        // which are numbers for a choice; {max,number} or {min,date} would fail only then.
        Object[] samples = names.stream().map(name -> name.endsWith("Count") ? (Object) 2 : "x").toArray();
        try {
            format.format(samples);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("the text of '" + key + "' gives an argument a format it cannot have: arguments are"
                    + " finished texts, written {name}; only a {…Count} argument takes a choice format, as in the"
                    + " built-in texts");
        }
    }

    /** The argument names a pattern uses, in a fixed order. */
    static List<String> argumentNames(String pattern) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '{' && !quoted) {
                int end = i + 1;
                while (end < pattern.length() && (Character.isLetterOrDigit(pattern.charAt(end)) || pattern.charAt(end) == '-')) {
                    end++;
                }
                String name = pattern.substring(i + 1, end);
                if (!name.isEmpty() && !Character.isDigit(name.charAt(0))) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    /** Whether surveygen has a built-in catalogue for the locale. */
    public static boolean isBuiltIn(String locale) {
        return BUILT_IN_LOCALES.contains(locale);
    }

    public String locale() {
        return locale;
    }

    /** Every key of this locale's catalogue, sorted. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new java.util.TreeSet<>(texts.keySet()));
    }

    /** The raw pattern of a key, as the catalogue has it. */
    public String pattern(String key) {
        String pattern = texts.containsKey(key) ? texts.get(key) : fallback.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text '" + key + "' in the " + locale + " catalogue");
        }
        return pattern;
    }

    /** A text without arguments. */
    public String text(String key) {
        return format(key, Map.of());
    }

    /** A text with one argument. */
    public String text(String key, String name, String value) {
        return format(key, Map.of(name, value));
    }

    /** A text with two arguments. */
    public String text(String key, String name1, String value1, String name2, String value2) {
        return format(key, Map.of(name1, value1, name2, value2));
    }

    /** A text with its named arguments, each a finished string (or an Integer for a choice). */
    public String format(String key, Map<String, ?> arguments) {
        List<String> names = new ArrayList<>(new TreeMap<>(arguments).keySet());
        MessageFormat format = compiled.computeIfAbsent(key + names,
                k -> new MessageFormat(numbered(pattern(key), names, key), Locale.forLanguageTag(locale)));
        Object[] values = new Object[names.size()];
        for (int i = 0; i < names.size(); i++) {
            values[i] = arguments.get(names.get(i));
        }
        return format.format(values);
    }

    /**
     * A text cut at its arguments, for a template or script that fills them in later: literal
     * texts at even indices, argument names at odd ones ({@code ["", "question", "：", "message", ""]}
     * for {@code {question}：{message}}), in the order this locale places them.
     */
    public List<String> parts(String key, List<String> argumentNames) {
        Map<String, String> markers = new java.util.HashMap<>();
        for (int i = 0; i < argumentNames.size(); i++) {
            markers.put(argumentNames.get(i), String.valueOf((char) (0xE000 + i)));
        }
        String text = format(key, markers);
        List<String> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xE000 && c < 0xE000 + argumentNames.size()) {
                parts.add(literal.toString());
                literal.setLength(0);
                parts.add(argumentNames.get(c - 0xE000));
            } else {
                literal.append(c);
            }
        }
        parts.add(literal.toString());
        return List.copyOf(parts);
    }

    /**
     * The pattern with each {@code {name} } replaced by the argument's index, quoted parts left
     * alone; a name the caller does not pass is an error (a typo in a catalogue).
     */
    static String numbered(String pattern, List<String> names, String key) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            out.append(c);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '{' && !quoted) {
                int end = i + 1;
                while (end < pattern.length() && (Character.isLetterOrDigit(pattern.charAt(end)) || pattern.charAt(end) == '-')) {
                    end++;
                }
                String name = pattern.substring(i + 1, end);
                if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
                    throw new IllegalArgumentException("text '" + key + "' uses the argument {" + name
                            + "}: arguments are named, as in the built-in texts; this text has " + names);
                }
                if (!name.isEmpty()) {
                    int index = names.indexOf(name);
                    if (index < 0) {
                        throw new IllegalArgumentException("text '" + key + "' uses the argument {" + name
                                + "}, which it is not given; it is given " + names);
                    }
                    out.append(index);
                    i = end - 1;
                }
            }
        }
        return out.toString();
    }

    private static Map<String, String> load(String locale) {
        return LOADED.computeIfAbsent(locale, Catalogue::read);
    }

    private static Map<String, String> read(String locale) {
        if (!isBuiltIn(locale)) {
            return Map.of();
        }
        String name = "catalogue_" + locale + ".properties";
        try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
            if (in == null) {
                return Map.of(); // a locale supplied by a catalogue file of the survey's (Catalogue.of with extra texts)
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return Collections.unmodifiableMap(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
