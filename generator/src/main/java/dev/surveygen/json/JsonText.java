package dev.surveygen.json;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON text with the JDK alone: a strict reader (RFC 8259, errors at their line and column) and a compact
 * writer. {@code surveygen check} reads responses with it; the Java generator copies it into each survey's
 * package, renamed after the survey, so that the generated {@code fromJsonText} reads as check does.
 */
public final class JsonText {

    private static final int MAX_DEPTH = 64;
    static final int MAX_SIGNIFICANT_DIGITS = 1000;
    static final int MAX_EXPONENT_DIGITS = 9;
    private static final int END = -1;
    private final String text;
    private int pos;

    private JsonText(String text) { this.text = text; }

    /**
     * One JSON value (after a byte order mark, if any): objects as insertion-ordered maps, arrays as
     * lists, numbers as {@code BigDecimal}s with the digits and scale written (or {@link OversizeNumber}s).
     * Text that is not JSON is a {@link SyntaxException}.
     */
    public static Object read(String text) {
        JsonText in = new JsonText(text.startsWith("\uFEFF") ? text.substring(1) : text);
        Object value = in.value(0);
        if (in.skipSpace() != END) throw in.error(in.pos, "unexpected text after the JSON value");
        return value;
    }

    private Object value(int depth) {
        int c = skipSpace();
        if (depth > MAX_DEPTH) throw error(pos, "JSON nested more than " + MAX_DEPTH + " levels deep");
        String word = c == 't' ? "true" : c == 'f' ? "false" : c == 'n' ? "null" : "";
        if (!word.isEmpty() && text.startsWith(word, pos)) {
            pos += word.length();
            return c == 'n' ? null : Boolean.valueOf(word);
        }
        return switch (c) {
            case END -> throw error(pos, "unexpected end of JSON");
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number();
            default -> throw error(pos, "unexpected character " + describe(text.codePointAt(pos)));
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (boolean more = opens('}'); more; more = continues('}')) {
            if (skipSpace() != '"') throw error(pos, "expected a quoted key");
            int keyPos = pos;
            String key = string();
            if (map.containsKey(key)) throw error(keyPos, "duplicate key " + write(key)); // a key may hold a line break
            expect(':');
            map.put(key, value(depth + 1));
        }
        return map;
    }

    private List<Object> array(int depth) {
        List<Object> list = new java.util.ArrayList<>();
        for (boolean more = opens(']'); more; more = continues(']')) list.add(value(depth + 1));
        return list;
    }

    /** Steps over an opening bracket, and over the closing one if nothing is between them: whether something is. */
    private boolean opens(char close) {
        pos++;
        boolean empty = skipSpace() == close;
        if (empty) pos++;
        return !empty;
    }

    /** Steps over a ',' and true, or the closing bracket and false; a ',' right before the bracket is an error. */
    private boolean continues(char close) {
        if (skipSpace() != ',') {
            expect(close);
            return false;
        }
        int comma = pos++;
        if (skipSpace() == close) throw error(comma, "trailing comma before '" + close + "'; remove it");
        return true;
    }

    private String string() {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw error(start, "unclosed string");
            char c = text.charAt(pos++);
            if (c == '"') return out.toString();
            if (c < 0x20) throw error(pos - 1, "control character in a string (write it as an escape)");
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) throw error(pos, "unclosed string");
            char e = text.charAt(pos++);
            int simple = "\"\\/bfnrt".indexOf(e);
            boolean hex = e == 'u' && pos + 4 <= text.length() && text.substring(pos, pos + 4).matches("[0-9A-Fa-f]{4}");
            if (simple < 0 && !hex) {
                throw error(pos - 2, e == 'u' ? "bad \\u escape" : Character.isISOControl(e) || Character.isSurrogate(e)
                        ? "bad escape: '\\' followed by " + describe(e) : "bad escape '\\" + e + "'");
            }
            out.append(hex ? (char) Integer.parseInt(text, pos, pos + 4, 16) : "\"\\/\b\f\n\r\t".charAt(simple));
            pos += hex ? 4 : 0;
        }
    }

    /**
     * A {@code BigDecimal} with exactly the digits and scale written, or an {@link OversizeNumber}. Linear in
     * the token's length: the digits are counted before any arithmetic, which is quadratic in them.
     */
    private Number number() {
        int start = pos;
        int integerStart = peek() == '-' ? ++pos : pos;
        int integerDigits = digits();
        if (integerDigits == 0) throw error(pos, "bad number");
        if (integerDigits > 1 && text.charAt(integerStart) == '0') throw error(start, "a number cannot start with 0 (write 12, not 012)");
        int fractionStart = pos;
        if (peek() == '.') {
            fractionStart = ++pos;
            if (digits() == 0) throw error(pos, "bad number: digits must follow '.'");
        }
        int fractionEnd = pos;
        long exponent = 0;
        boolean oversize = false;
        if (peek() == 'e' || peek() == 'E') {
            int sign = text.startsWith("-", ++pos) ? -1 : 1;
            if (peek() == '+' || peek() == '-') pos++;
            int exponentStart = pos;
            if (digits() == 0) throw error(pos, "bad number: digits must follow the exponent");
            while (exponentStart < pos - 1 && text.charAt(exponentStart) == '0') exponentStart++; // leading zeros
            oversize = pos - exponentStart > MAX_EXPONENT_DIGITS;
            if (!oversize) exponent = sign * Long.parseLong(text, exponentStart, pos, 10);
        }
        int significant = 0;
        for (int i = integerStart; i < fractionEnd && significant <= MAX_SIGNIFICANT_DIGITS; i++) {
            if (text.charAt(i) != '.' && (text.charAt(i) != '0' || significant > 0)) significant++;
        }
        long scale = (fractionEnd - fractionStart) - exponent;
        oversize |= significant > MAX_SIGNIFICANT_DIGITS || scale != (int) scale;
        return oversize ? new OversizeNumber(text.substring(start, pos)) : new BigDecimal(text.substring(start, pos));
    }

    /** Steps over ASCII digits: how many. */
    private int digits() {
        int start = pos;
        while (peek() >= '0' && peek() <= '9') pos++;
        return pos - start;
    }

    private void expect(char c) {
        if (skipSpace() != c) throw error(pos, (pos < text.length() ? "" : "unexpected end of JSON; ") + "expected '" + c + "'");
        pos++;
    }

    /** Steps over white space: the character after it, or {@link #END}. */
    private int skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) pos++;
        return peek();
    }

    private int peek() { return pos < text.length() ? text.charAt(pos) : END; }

    /** A character for a message: quoted, or its code (U+000A) where it would break the line or the encoding. */
    private static String describe(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                ? String.format(Locale.ROOT, "U+%04X", c) : "'" + new String(Character.toChars(c)) + "'";
    }

    private SyntaxException error(int at, String reason) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        long line = 1 + text.chars().limit(lineStart).filter(c -> c == '\n').count();
        // Code points: a pair is one, and so is a surrogate that is not half of one.
        return new SyntaxException((int) line, 1 + text.codePointCount(lineStart, at), reason);
    }

    /**
     * Compact JSON on one line: maps in their order; decimals as {@code BigDecimal.toString} writes them
     * ({@code 1E+2}), so that they read back with the same scale; non-ASCII text as it is.
     */
    public static String write(Object value) { return write(value, new StringBuilder()).toString(); }

    private static StringBuilder write(Object value, StringBuilder out) {
        int first = out.length() + 1; // where a map's or collection's first item starts: no ',' before it
        if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal || value instanceof OversizeNumber) {
            out.append(value);
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            for (Map.Entry<?, ?> e : map.entrySet()) {
                string(String.valueOf(e.getKey()), out.append(out.length() > first ? "," : ""));
                write(e.getValue(), out.append(':'));
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            for (Object item : items) write(item, out.append(out.length() > first ? "," : ""));
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
        return out;
    }

    /**
     * A JSON string. Control characters are escaped, and so are U+2028 and U+2029, so that the text is
     * also a JavaScript string, and an unpaired surrogate, which has no UTF-8 form (raw, it would become '?').
     */
    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int named = "\"\\\n\r\t".indexOf(c);
            boolean unpaired = Character.isHighSurrogate(c) ? i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (named >= 0) {
                out.append('\\').append("\"\\nrt".charAt(named));
            } else if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || unpaired) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** Text that is not JSON: {@code line L, column C: reason}, lines and columns (code points) from 1. */
    public static final class SyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        SyntaxException(int line, int column, String reason) {
            super(reason);
            this.line = line;
            this.column = column;
        }

        public int line() { return line; }
        public int column() { return column; }
        public String reason() { return super.getMessage(); }
        @Override public String getMessage() { return "line " + line + ", column " + column + ": " + reason(); }
    }

    /**
     * A number kept as written: over {@value #MAX_SIGNIFICANT_DIGITS} digits from the first non-zero one, or an
     * exponent of over {@value #MAX_EXPONENT_DIGITS} digits (leading zeros aside). As a {@code BigDecimal} it would
     * take quadratic time; no answer can be one anyway (R9: 30 digits before the point, 30 after), so it is a type violation.
     */
    public static final class OversizeNumber extends Number {
        private static final long serialVersionUID = 1L;
        private final String text;

        public OversizeNumber(String text) { this.text = java.util.Objects.requireNonNull(text); }

        /** The closest double (an infinity or zero when out of its range); linear in the length. */
        @Override public double doubleValue() { return Double.parseDouble(text); }
        @Override public float floatValue() { return (float) doubleValue(); }
        @Override public long longValue() { return (long) doubleValue(); }
        @Override public int intValue() { return (int) doubleValue(); }
        @Override public boolean equals(Object other) { return other instanceof OversizeNumber o && o.text.equals(text); }
        @Override public int hashCode() { return text.hashCode(); }
        @Override public String toString() { return text; }
    }
}
