package dev.surveygen.javagen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The package-private JSON text reader and writer of the generated code ({@code …Json}), so that a
 * host stores and reads responses as JSON text with the JDK alone. It restates
 * {@link dev.surveygen.json.JsonReader} (what {@code surveygen check} reads: strict RFC 8259, no
 * duplicate keys, no trailing commas, nesting at most 64 deep, the same messages at the same line
 * and column) and the compact form of {@link dev.surveygen.json.JsonWriter}, but for decimals,
 * written exactly ({@code 1E+2}, not {@code 100}) so that a stored response reads back equal; the
 * differential tests hold them to that. Bodies are JavaPoet formats whose only format characters are {@code $T}.
 */
final class JsonEmitter {

    private final GenerationContext ctx;

    JsonEmitter(GenerationContext ctx) {
        this.ctx = ctx;
    }

    TypeSpec emit() {
        TypeName map = ParameterizedTypeName.get(Map.class, String.class, Object.class);
        TypeName list = ParameterizedTypeName.get(List.class, Object.class);
        return ctx.topLevel(TypeSpec.classBuilder(ctx.json))
                .addModifiers(Modifier.FINAL)
                .addAnnotation(ctx.generated())
                .addJavadoc("JSON text for the binder, with the JDK alone: a strict reader (as {@code surveygen check}\n"
                        + "reads responses) and a compact writer.\n")
                .addField(FieldSpec.builder(int.class, "MAX_DEPTH", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("64").build())
                .addField(String.class, "text", Modifier.PRIVATE, Modifier.FINAL)
                .addField(int.class, "pos", Modifier.PRIVATE)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "text").addStatement("this.text = text").build())
                .addMethod(MethodSpec.methodBuilder("read").addModifiers(Modifier.STATIC).returns(Object.class)
                        .addParameter(String.class, "text")
                        .addJavadoc("One JSON value: objects as insertion-ordered maps, arrays as lists, numbers as\n"
                                + "{@code BigDecimal} (or, beyond 1,000 digits or a nine-digit exponent, as an\n"
                                + "{@code OversizeNumber} kept as written), {@code null} as null.\n\n@param text JSON text (a leading byte order"
                                + " mark is skipped)\n@return the value\n@throws $T {@code line L,"
                                + " column C: message} for text that is not JSON\n", IllegalArgumentException.class)
                        .addCode(code(READ), ctx.json, ctx.json).build())
                .addMethod(reader("value", TypeName.get(Object.class), true, CodeBlock.of(code(VALUE))))
                .addMethod(reader("object", map, true, CodeBlock.of(code(OBJECT), Map.class, LinkedHashMap.class)))
                .addMethod(reader("array", list, true, CodeBlock.of(code(ARRAY), List.class, ArrayList.class)))
                .addMethod(reader("string", TypeName.get(String.class), false, CodeBlock.of(code(STRING))))
                .addMethod(reader("number", TypeName.get(Number.class), false, CodeBlock.of(code(NUMBER), BigInteger.class,
                        BigInteger.class, BigInteger.class, BigDecimal.class)))
                .addMethod(MethodSpec.methodBuilder("literal").addModifiers(Modifier.PRIVATE).returns(Object.class)
                        .addParameter(String.class, "word").addParameter(Object.class, "value").addCode(code(LITERAL)).build())
                .addMethod(MethodSpec.methodBuilder("rejectTrailingComma").addModifiers(Modifier.PRIVATE)
                        .addJavadoc("Steps over the ',' at {@code pos}; a ',' right before {@code close} is an error at the ','.\n")
                        .addParameter(char.class, "close").addCode(code(TRAILING_COMMA)).build())
                .addMethod(MethodSpec.methodBuilder("expect").addModifiers(Modifier.PRIVATE)
                        .addParameter(char.class, "c").addCode(code(EXPECT)).build())
                .addMethod(MethodSpec.methodBuilder("peek").addModifiers(Modifier.PRIVATE).returns(char.class)
                        .addStatement("return pos < text.length() ? text.charAt(pos) : '\\0'").build())
                .addMethod(MethodSpec.methodBuilder("skipSpace").addModifiers(Modifier.PRIVATE).addCode(code(SKIP_SPACE)).build())
                .addMethod(MethodSpec.methodBuilder("describe").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String.class).addParameter(int.class, "c")
                        .addJavadoc("A character for a message: itself in quotes, or its code when it is a control character or\n"
                                + "half a surrogate pair, which would break the one-line message or its encoding.\n")
                        .addStatement("return $T.isISOControl(c) || $T.getType(c) == $T.SURROGATE"
                                + " ? $T.format($T.ROOT, $S, c) : $S + new $T($T.toChars(c)) + $S", Character.class,
                                Character.class, Character.class, String.class, Locale.class, "U+%04X", "'", String.class,
                                Character.class, "'").build())
                .addType(oversizeNumber())
                .addMethod(MethodSpec.methodBuilder("error").addModifiers(Modifier.PRIVATE)
                        .returns(IllegalArgumentException.class).addParameter(String.class, "message").addCode(code(ERROR)).build())
                .addMethod(MethodSpec.methodBuilder("write").addModifiers(Modifier.STATIC).returns(String.class)
                        .addParameter(Object.class, "value")
                        .addJavadoc("Compact JSON on one line: maps in their order; decimals exactly as {@code BigDecimal.toString}\n"
                                + "writes them (plain notation unless the scale needs an exponent: {@code 1E+2}), so that they\n"
                                + "read back with the same scale; non-ASCII text as it is; control characters, U+2028,\n"
                                + "U+2029 and unpaired surrogates escaped.\n\n@param value maps, collections,"
                                + " strings, booleans, numbers and null\n@return the JSON text\n")
                        .addStatement("$T out = new $T()", StringBuilder.class, StringBuilder.class)
                        .addStatement("write(value, out)")
                        .addStatement("return out.toString()").build())
                .addMethod(MethodSpec.methodBuilder("write").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(Object.class, "value").addParameter(StringBuilder.class, "out")
                        .addCode(code(WRITE), BigDecimal.class, Map.class, Collection.class).build())
                .addMethod(MethodSpec.methodBuilder("string").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(String.class, "s").addParameter(StringBuilder.class, "out")
                        .addCode(code(WRITE_STRING), String.class, Locale.class).build())
                .build();
    }

    /**
     * A number kept as written: more than 1,000 digits from the first non-zero one, or an exponent
     * of more than nine digits ({@link dev.surveygen.json.OversizeNumber}, which {@code check} reads).
     */
    private static TypeSpec oversizeNumber() {
        return TypeSpec.classBuilder("OversizeNumber")
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .superclass(Number.class)
                .addJavadoc("A JSON number too long to compute with in linear time, kept as written; no answer can be one.\n")
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L").build())
                .addField(String.class, "text", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "text")
                        .addStatement("this.text = text").build())
                .addMethod(MethodSpec.methodBuilder("doubleValue").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(double.class).addStatement("return $T.parseDouble(text)", Double.class).build())
                .addMethod(MethodSpec.methodBuilder("floatValue").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(float.class).addStatement("return (float) doubleValue()").build())
                .addMethod(MethodSpec.methodBuilder("longValue").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(long.class).addStatement("return (long) doubleValue()").build())
                .addMethod(MethodSpec.methodBuilder("intValue").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(int.class).addStatement("return (int) doubleValue()").build())
                .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(String.class).addJavadoc("@return the number as written\n").addStatement("return text").build())
                .build();
    }

    /**
     * The code of a text block, with the JDK types it names written with their package when a
     * choice list of the survey took one of their simple names (a list named {@code object} makes
     * the enum {@code Object}, which the bare name would mean in this package). Other surveys get
     * the text as it is.
     */
    private String code(String text) {
        List<String> taken = JDK_NAMES_IN_CODE.keySet().stream().filter(ctx.typeNames()::contains).toList();
        if (taken.isEmpty()) {
            return text;
        }
        Matcher token = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|(?<![\\w.$])("
                + String.join("|", taken) + ")\\b").matcher(text);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            String replacement = token.group(1) == null ? token.group() : JDK_NAMES_IN_CODE.get(token.group(1));
            token.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return token.appendTail(out).toString();
    }

    /** The JDK types the text blocks below name directly, by simple name. */
    private static final Map<String, String> JDK_NAMES_IN_CODE = Map.of("Boolean", "java.lang.Boolean",
            "Character", "java.lang.Character", "IllegalArgumentException", "java.lang.IllegalArgumentException",
            "Integer", "java.lang.Integer", "Long", "java.lang.Long", "Map", "java.util.Map", "Object",
            "java.lang.Object", "String", "java.lang.String", "StringBuilder", "java.lang.StringBuilder");

    private static MethodSpec reader(String name, TypeName returns, boolean depth, CodeBlock body) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE).returns(returns);
        if (depth) {
            method.addParameter(int.class, "depth");
        }
        return method.addCode(body).build();
    }

    private static final String READ = """
            $T reader = new $T(text.startsWith("\\uFEFF") ? text.substring(1) : text);
            reader.skipSpace();
            Object value = reader.value(0);
            reader.skipSpace();
            if (reader.pos < reader.text.length()) {
                throw reader.error("unexpected text after the JSON value");
            }
            return value;
            """;

    private static final String VALUE = """
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
            """;

    private static final String OBJECT = """
            $T<String, Object> map = new $T<>();
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
                    throw error("duplicate key " + write(key)); // escaped: a key may hold a line break
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
            """;

    private static final String ARRAY = """
            $T<Object> list = new $T<>();
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
            """;

    private static final String STRING = """
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
                if (c != '\\\\') {
                    out.append(c);
                    continue;
                }
                if (pos >= text.length()) {
                    throw error("unclosed string");
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case '"', '\\\\', '/' -> out.append(e);
                    case 'b' -> out.append('\\b');
                    case 'f' -> out.append('\\f');
                    case 'n' -> out.append('\\n');
                    case 'r' -> out.append('\\r');
                    case 't' -> out.append('\\t');
                    case 'u' -> {
                        if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9A-Fa-f]{4}")) {
                            pos -= 2;
                            throw error("bad \\\\u escape");
                        }
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> {
                        pos -= 2;
                        throw error(Character.isISOControl(e) || Character.isSurrogate(e)
                                ? "bad escape: '\\\\' followed by " + describe(e) : "bad escape '\\\\" + e + "'");
                    }
                }
            }
            """;

    private static final String NUMBER = """
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
                exponentTooLong = pos - digitsStart > 9;
                if (!exponentTooLong && pos > digitsStart) {
                    exponent = Long.parseLong(text, digitsStart, pos, 10) * (negative ? -1 : 1);
                }
            }
            // The digits are counted before any arithmetic: parsing a BigDecimal is quadratic in them.
            StringBuilder digits = new StringBuilder();
            boolean leading = true;
            for (int i = integerStart; i < fractionEnd && digits.length() <= 1000; i++) {
                char c = text.charAt(i);
                if (c == '.' || (leading && c == '0')) {
                    continue;
                }
                leading = false;
                digits.append(c);
            }
            long scale = (fractionEnd - fractionStart) - exponent;
            if (exponentTooLong || digits.length() > 1000 || scale != (int) scale) {
                return new OversizeNumber(text.substring(start, pos));
            }
            $T unscaled = digits.length() == 0 ? $T.ZERO : new $T(digits.toString());
            return new $T(text.charAt(start) == '-' ? unscaled.negate() : unscaled, (int) scale);
            """;

    private static final String LITERAL = """
            if (!text.startsWith(word, pos)) {
                throw error("unexpected character " + describe(text.codePointAt(pos)));
            }
            pos += word.length();
            return value;
            """;

    private static final String TRAILING_COMMA = """
            int comma = pos;
            pos++;
            skipSpace();
            if (peek() == close) {
                pos = comma;
                throw error("trailing comma before '" + close + "'; remove it");
            }
            """;

    private static final String EXPECT = """
            if (peek() != c) {
                throw error(pos >= text.length() ? "unexpected end of JSON; expected '" + c + "'" : "expected '" + c + "'");
            }
            pos++;
            """;

    private static final String SKIP_SPACE = """
            while (pos < text.length() && " \\t\\r\\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            """;

    private static final String ERROR = """
            int line = 1;
            int column = 1;
            for (int i = 0; i < pos && i < text.length(); i++) {
                if (text.charAt(i) == '\\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(text.charAt(i))) {
                    column++;
                }
            }
            return new IllegalArgumentException("line " + line + ", column " + column + ": " + message);
            """;

    private static final String WRITE = """
            if (value == null) {
                out.append("null");
            } else if (value instanceof String s) {
                string(s, out);
            } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                    || value instanceof OversizeNumber) {
                out.append(value);
            } else if (value instanceof $T d) {
                out.append(d);
            } else if (value instanceof $T<?, ?> map) {
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
            } else if (value instanceof $T<?> items) {
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
            """;

    private static final String WRITE_STRING = """
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\\\\"");
                    case '\\\\' -> out.append("\\\\\\\\");
                    case '\\n' -> out.append("\\\\n");
                    case '\\r' -> out.append("\\\\r");
                    case '\\t' -> out.append("\\\\t");
                    default -> {
                        // an unpaired surrogate has no UTF-8 form: written raw, it would become '?'
                        boolean unpaired = Character.isHighSurrogate(c)
                                ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                                : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                        if (c < 0x20 || c == 0x7F || c == '\\u2028' || c == '\\u2029' || unpaired) {
                            out.append($T.format($T.ROOT, "\\\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
            """;
}
