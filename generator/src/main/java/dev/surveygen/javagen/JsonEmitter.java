package dev.surveygen.javagen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.math.BigDecimal;
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
                                + "{@code BigDecimal}, {@code null} as null.\n\n@param text JSON text (a leading byte order"
                                + " mark is skipped)\n@return the value\n@throws $T {@code line L,"
                                + " column C: message} for text that is not JSON\n", IllegalArgumentException.class)
                        .addCode(code(READ), ctx.json, ctx.json).build())
                .addMethod(reader("value", TypeName.get(Object.class), true, CodeBlock.of(code(VALUE))))
                .addMethod(reader("object", map, true, CodeBlock.of(code(OBJECT), Map.class, LinkedHashMap.class)))
                .addMethod(reader("array", list, true, CodeBlock.of(code(ARRAY), List.class, ArrayList.class)))
                .addMethod(reader("string", TypeName.get(String.class), false, CodeBlock.of(code(STRING))))
                .addMethod(reader("number", TypeName.get(BigDecimal.class), false, CodeBlock.of(code(NUMBER), BigDecimal.class)))
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
                .addMethod(MethodSpec.methodBuilder("error").addModifiers(Modifier.PRIVATE)
                        .returns(IllegalArgumentException.class).addParameter(String.class, "message").addCode(code(ERROR)).build())
                .addMethod(MethodSpec.methodBuilder("write").addModifiers(Modifier.STATIC).returns(String.class)
                        .addParameter(Object.class, "value")
                        .addJavadoc("Compact JSON on one line: maps in their order; decimals exactly as {@code BigDecimal.toString}\n"
                                + "writes them (plain notation unless the scale needs an exponent: {@code 1E+2}), so that they\n"
                                + "read back with the same scale; non-ASCII text as it is; control characters, U+2028 and\n"
                                + "U+2029 escaped.\n\n@param value maps, collections,"
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
                    throw error("unexpected character '" + new String(Character.toChars(text.codePointAt(pos))) + "'");
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
                    throw error("duplicate key \\"" + key + "\\"");
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
                        throw error("bad escape '\\\\" + e + "'");
                    }
                }
            }
            """;

    private static final String NUMBER = """
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
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
            if (peek() == '.') {
                pos++;
                if (!(peek() >= '0' && peek() <= '9')) {
                    throw error("bad number: digits must follow '.'");
                }
                while (peek() >= '0' && peek() <= '9') {
                    pos++;
                }
            }
            if (peek() == 'e' || peek() == 'E') {
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                if (!(peek() >= '0' && peek() <= '9')) {
                    throw error("bad number: digits must follow the exponent");
                }
                int expStart = pos;
                while (peek() >= '0' && peek() <= '9') {
                    pos++;
                }
                if (pos - expStart > 6) {
                    pos = start;
                    throw error("number exponent too large");
                }
            }
            return new $T(text.substring(start, pos));
            """;

    private static final String LITERAL = """
            if (!text.startsWith(word, pos)) {
                throw error("unexpected character '" + text.charAt(pos) + "'");
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
            } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
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
                        if (c < 0x20 || c == 0x7F || c == '\\u2028' || c == '\\u2029') {
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
