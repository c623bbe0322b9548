package dev.surveygen.load;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.diagnostics.Severity;
import dev.surveygen.diagnostics.SourcePosition;
import dev.surveygen.diagnostics.Suggestions;
import dev.surveygen.messages.Catalogue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The catalogue files a survey author supplies, one per locale, in a catalogue directory:
 * {@code catalogue_TAG.properties} (UTF-8, at most 1 MiB, the format of the built-in catalogues; TAG a BCP 47
 * language tag in canonical form: {@code de}, {@code pt-BR}). A file adds a locale that surveygen
 * has no built-in catalogue for, or replaces texts of a built-in one. Problems are diagnostics at
 * the file's line: a misnamed file, an unknown key (with "did you mean"), a text that is not a
 * message pattern or uses an argument its key does not have.
 */
public final class CatalogueFiles {

    /** No directory: the built-in catalogues only. */
    public static final CatalogueFiles NONE = new CatalogueFiles(Optional.empty(), Map.of(), Map.of(), Map.of(), List.of());

    private static final Pattern NAME = Pattern.compile("catalogue_(.+)\\.properties");

    /** The largest catalogue file read: the built-in ones are about 10 KB. */
    static final int MAX_BYTES = 1 << 20;

    private final Optional<Path> directory;
    private final Map<String, Map<String, String>> texts;
    private final Map<String, Path> files;
    private final Map<String, Map<String, Integer>> lines;
    private final List<Diagnostic> diagnostics;

    private CatalogueFiles(Optional<Path> directory, Map<String, Map<String, String>> texts, Map<String, Path> files,
            Map<String, Map<String, Integer>> lines, List<Diagnostic> diagnostics) {
        this.directory = directory;
        this.texts = texts;
        this.files = files;
        this.lines = lines;
        this.diagnostics = diagnostics;
    }

    /** Reads every catalogue file of {@code directory}; an unreadable directory or file is an {@link IOException}. */
    public static CatalogueFiles read(Path directory) throws IOException {
        Map<String, Map<String, String>> texts = new TreeMap<>();
        Map<String, Path> files = new TreeMap<>();
        Map<String, Map<String, Integer>> lines = new TreeMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> list = Files.list(directory)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            Matcher matcher = NAME.matcher(name);
            if (!matcher.matches() || !Files.isRegularFile(entry)) {
                diagnostics.add(error(entry, SourcePosition.START, "'" + name + "' is not a catalogue: the catalogue"
                        + " directory holds only files named catalogue_TAG.properties, TAG a language tag such as de"
                        + " or pt-BR"));
                continue;
            }
            String tag = matcher.group(1);
            Optional<String> tagProblem = tagProblem(tag);
            if (tagProblem.isPresent()) {
                diagnostics.add(error(entry, SourcePosition.START, "the catalogue's " + tagProblem.get()));
                continue;
            }
            if (Files.size(entry) > MAX_BYTES) {
                diagnostics.add(error(entry, SourcePosition.START, "the catalogue has " + Files.size(entry)
                        + " bytes, more than the limit of " + MAX_BYTES + " for a catalogue file"));
                continue;
            }
            Optional<String> decoded = decode(entry, Files.readAllBytes(entry), diagnostics);
            if (decoded.isEmpty()) {
                continue;
            }
            String content = decoded.get();
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(content));
            } catch (IllegalArgumentException e) {
                diagnostics.add(error(entry, SourcePosition.START, "the catalogue cannot be read: " + e.getMessage()));
                continue;
            }
            Map<String, Integer> keyLines = keyLines(content);
            Map<String, String> own = new TreeMap<>();
            for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
                String text = properties.getProperty(key);
                SourcePosition at = new SourcePosition(keyLines.getOrDefault(key, 1), 1);
                if (!Catalogue.keySet().contains(key)) {
                    diagnostics.add(error(entry, at, "there is no text '" + key + "'"
                            + Suggestions.didYouMean(key, Catalogue.keySet())));
                    continue;
                }
                Optional<String> problem = Catalogue.problem(key, text);
                if (problem.isPresent()) {
                    diagnostics.add(error(entry, at, problem.get()));
                    continue;
                }
                own.put(key, text);
            }
            texts.put(tag, Collections.unmodifiableMap(own));
            files.put(tag, entry);
            lines.put(tag, keyLines);
        }
        diagnostics.sort(java.util.Comparator.comparing(Diagnostic::file).thenComparing(Diagnostic::position));
        return new CatalogueFiles(Optional.of(directory), Collections.unmodifiableMap(texts),
                Collections.unmodifiableMap(files), lines, List.copyOf(diagnostics));
    }

    /**
     * The text of a catalogue file, or empty after reporting, at the line and column where it goes
     * wrong, that it is not UTF-8 (a file saved as Shift_JIS or Latin-1, say).
     */
    private static Optional<String> decode(Path file, byte[] bytes, List<Diagnostic> diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        if (decoder.decode(in, out, true).isError()) {
            String before = out.flip().toString();
            int lineStart = before.lastIndexOf('\n') + 1;
            SourcePosition at = new SourcePosition((int) before.chars().filter(c -> c == '\n').count() + 1,
                    before.codePointCount(lineStart, before.length()) + 1);
            diagnostics.add(error(file, at, String.format(Locale.ROOT,
                    "the catalogue is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
                    bytes[in.position()] & 0xFF, in.position())));
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * What is wrong with {@code tag} as a locale (empty when nothing is): it must be a well-formed
     * BCP 47 language tag in its canonical form, as {@link Locale#toLanguageTag()} writes it.
     */
    public static Optional<String> tagProblem(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (java.util.IllformedLocaleException e) {
            String fixed = tag.replace('_', '-');
            String suggestion = "";
            try {
                suggestion = " (did you mean '" + new Locale.Builder().setLanguageTag(fixed).build().toLanguageTag() + "'?)";
            } catch (java.util.IllformedLocaleException again) {
                // no suggestion
            }
            return Optional.of("locale '" + tag + "' is not a BCP 47 language tag such as ja, en or pt-BR" + suggestion);
        }
        String canonical = locale.toLanguageTag();
        if (locale.getLanguage().isEmpty()) {
            return Optional.of("locale '" + tag + "' names no language; a language tag starts with one, as in ja, en or pt-BR");
        }
        if (!canonical.equals(tag)) {
            return Optional.of("locale '" + tag + "' is not written in canonical form (did you mean '" + canonical + "'?)");
        }
        return Optional.empty();
    }

    /** Whether a catalogue file was supplied for the locale. */
    public boolean has(String locale) {
        return texts.containsKey(locale);
    }

    /** The locales a file was supplied for, sorted. */
    public List<String> locales() {
        return List.copyOf(texts.keySet());
    }

    /** The texts of the locale's file (empty when none was supplied). */
    public Map<String, String> texts(String locale) {
        return texts.getOrDefault(locale, Map.of());
    }

    /** The locale's file. */
    public Optional<Path> file(String locale) {
        return Optional.ofNullable(files.get(locale));
    }

    /** The catalogue directory these were read from. */
    public Optional<Path> directory() {
        return directory;
    }

    /** Every problem of the files, by file and line. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The diagnostics of the files of these locales, and those of files that are no catalogue of any. */
    public List<Diagnostic> diagnosticsFor(List<String> locales) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            boolean ofAnotherLocale = files.entrySet().stream()
                    .anyMatch(e -> e.getValue().toString().equals(d.file()) && !locales.contains(e.getKey()));
            if (!ofAnotherLocale) {
                out.add(d);
            }
        }
        return out;
    }

    /** The line of every key of a properties text (the first, for a key written twice). */
    private static Map<String, Integer> keyLines(String content) {
        Map<String, Integer> out = new LinkedHashMap<>();
        String[] all = content.split("\n", -1);
        boolean continued = false;
        for (int i = 0; i < all.length; i++) {
            String line = all[i].replace("\r", "");
            String trimmed = line.stripLeading();
            boolean starts = !continued && !trimmed.isEmpty() && trimmed.charAt(0) != '#' && trimmed.charAt(0) != '!';
            if (starts) {
                int end = 0;
                while (end < trimmed.length() && "=: \t\f".indexOf(trimmed.charAt(end)) < 0) {
                    end++;
                }
                out.putIfAbsent(trimmed.substring(0, end), i + 1);
            }
            int backslashes = 0;
            for (int j = line.length() - 1; j >= 0 && line.charAt(j) == '\\'; j--) {
                backslashes++;
            }
            continued = (starts || continued) && backslashes % 2 == 1;
        }
        return out;
    }

    private static Diagnostic error(Path file, SourcePosition at, String message) {
        return new Diagnostic(file.toString(), at, Severity.ERROR, message);
    }
}
