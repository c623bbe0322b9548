package dev.surveygen.json;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * JSON text with the JDK alone, as the generated binders read and write it: {@link JsonReader}
 * for reading, a compact writer for writing. The Java generator copies this source and the
 * reader's into each survey's package, renamed after the survey, so that the code that runs in an
 * application is the code compiled and tested here. The generator's own writer of records writes
 * its strings with {@link #string} too.
 */
public final class JsonText {

    private JsonText() {}

    /**
     * One JSON value, read as {@code surveygen check} reads responses.
     *
     * @param text JSON text (a leading byte order mark is skipped)
     * @return the value
     * @throws java.lang.IllegalArgumentException {@code line L, column C: message} for text that is not JSON
     *     (written with its package: a survey may have a choice list of that name)
     */
    static Object read(String text) {
        try {
            return JsonReader.read(text);
        } catch (JsonException e) {
            throw new IllegalArgumentException("line " + e.line() + ", column " + e.column() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Compact JSON on one line: maps in their order; decimals exactly as {@code BigDecimal.toString}
     * writes them (plain notation unless the scale needs an exponent: {@code 1E+2}), so that they
     * read back with the same scale; non-ASCII text as it is; control characters, U+2028, U+2029
     * and unpaired surrogates escaped.
     *
     * @param value maps, collections, strings, booleans, numbers and null
     * @return the JSON text
     */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof OversizeNumber) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            out.append(d);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    /** A JSON string: an unpaired surrogate has no UTF-8 form (written raw, it would become '?'), so it is escaped. */
    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean unpaired = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || unpaired) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
