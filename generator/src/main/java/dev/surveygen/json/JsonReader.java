package dev.surveygen.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value: objects as insertion-ordered maps, arrays as lists, numbers as
 * BigDecimal (or, beyond what can be computed with in linear time, as {@link OversizeNumber}),
 * {@code null} as Java null.
 */
public final class JsonReader {

    private static final int MAX_DEPTH = 64;

    /** More digits than this (from the first non-zero one) make an {@link OversizeNumber}. */
    static final int MAX_SIGNIFICANT_DIGITS = 1000;

    /** A longer exponent (leading zeros aside) makes an {@link OversizeNumber}. */
    static final int MAX_EXPONENT_DIGITS = 9;

    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    public static Object read(String text) throws JsonException {
        JsonReader reader = new JsonReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        reader.skipSpace();
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.pos < reader.text.length()) {
            throw reader.error("unexpected text after the JSON value");
        }
        return value;
    }

    private Object value(int depth) throws JsonException {
        if (depth > MAX_DEPTH) {
            throw error("JSON nested more than " + MAX_DEPTH + " levels deep");
        }
        if (pos >= text.length()) {
            throw error("unexpected end of JSON");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character " + describe(text.codePointAt(pos)));
        }
    }

    private Map<String, Object> object(int depth) throws JsonException {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a quoted key");
            }
            int keyPos = pos;
            String key = string();
            if (map.containsKey(key)) {
                pos = keyPos;
                throw error("duplicate key " + JsonText.write(key)); // escaped: a key may hold a line break
            }
            skipSpace();
            expect(':');
            skipSpace();
            map.put(key, value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                rejectTrailingComma('}');
                continue;
            }
            expect('}');
            return map;
        }
    }

    private List<Object> array(int depth) throws JsonException {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                rejectTrailingComma(']');
                continue;
            }
            expect(']');
            return list;
        }
    }

    private String string() throws JsonException {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                pos = start;
                throw error("unclosed string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("control character in a string (write it as an escape)");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unclosed string");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9A-Fa-f]{4}")) {
                        pos -= 2;
                        throw error("bad \\u escape");
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> {
                    pos -= 2;
                    throw error(Character.isISOControl(e) || Character.isSurrogate(e) ? "bad escape: '\\' followed by "
                            + describe(e) : "bad escape '\\" + e + "'");
                }
            }
        }
    }

    /**
     * A number: a {@link BigDecimal} with exactly the digits and scale written (as
     * {@code new BigDecimal(token)} gives), or an {@link OversizeNumber} when it has more than
     * {@value #MAX_SIGNIFICANT_DIGITS} digits from the first non-zero one or an exponent of more
     * than {@value #MAX_EXPONENT_DIGITS} digits (leading zeros aside). Linear in the token's
     * length: the digits are counted before any arithmetic.
     */
    private Number number() throws JsonException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int integerStart = pos;
        if (peek() == '0') {
            pos++;
            if (peek() >= '0' && peek() <= '9') {
                pos = start;
                throw error("a number cannot start with 0 (write 12, not 012)");
            }
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9') {
                pos++;
            }
        } else {
            throw error("bad number");
        }
        int integerEnd = pos;
        int fractionStart = pos;
        if (peek() == '.') {
            pos++;
            fractionStart = pos;
            if (!(peek() >= '0' && peek() <= '9')) {
                throw error("bad number: digits must follow '.'");
            }
            while (peek() >= '0' && peek() <= '9') {
                pos++;
            }
        }
        int fractionEnd = pos;
        long exponent = 0;
        boolean exponentTooLong = false;
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            boolean negative = peek() == '-';
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!(peek() >= '0' && peek() <= '9')) {
                throw error("bad number: digits must follow the exponent");
            }
            while (peek() == '0') {
                pos++;
            }
            int digitsStart = pos;
            while (peek() >= '0' && peek() <= '9') {
                pos++;
            }
            exponentTooLong = pos - digitsStart > MAX_EXPONENT_DIGITS;
            if (!exponentTooLong && pos > digitsStart) {
                exponent = Long.parseLong(text, digitsStart, pos, 10) * (negative ? -1 : 1);
            }
        }
        StringBuilder digits = new StringBuilder();
        boolean leading = true;
        for (int i = integerStart; i < fractionEnd && digits.length() <= MAX_SIGNIFICANT_DIGITS; i++) {
            char c = text.charAt(i);
            if (c == '.' || (leading && c == '0')) {
                continue;
            }
            leading = false;
            digits.append(c);
        }
        long scale = (fractionEnd - fractionStart) - exponent;
        if (exponentTooLong || digits.length() > MAX_SIGNIFICANT_DIGITS || scale != (int) scale) {
            return new OversizeNumber(text.substring(start, pos));
        }
        java.math.BigInteger unscaled = digits.length() == 0 ? java.math.BigInteger.ZERO
                : new java.math.BigInteger(digits.toString());
        return new BigDecimal(text.charAt(start) == '-' ? unscaled.negate() : unscaled, (int) scale);
    }

    private Object literal(String word, Object value) throws JsonException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character " + describe(text.codePointAt(pos)));
        }
        pos += word.length();
        return value;
    }

    /** Steps over the ',' at {@code pos}; a ',' right before {@code close} is an error at the ','. */
    private void rejectTrailingComma(char close) throws JsonException {
        int comma = pos;
        pos++;
        skipSpace();
        if (peek() == close) {
            pos = comma;
            throw error("trailing comma before '" + close + "'; remove it");
        }
    }

    private void expect(char c) throws JsonException {
        if (peek() != c) {
            throw error(pos >= text.length() ? "unexpected end of JSON; expected '" + c + "'" : "expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    /**
     * A character for a message: itself in quotes, or its code (U+000A) when it is a control
     * character or half a surrogate pair, which would break the one-line message or its encoding.
     */
    private static String describe(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                ? String.format(java.util.Locale.ROOT, "U+%04X", c) : "'" + new String(Character.toChars(c)) + "'";
    }

    private JsonException error(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(text.charAt(i))) {
                column++;
            }
        }
        return new JsonException(line, column, message);
    }
}
