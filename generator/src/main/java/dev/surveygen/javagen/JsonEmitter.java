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
 * host stores and reads responses as JSON text with the JDK alone. Reading is done by the copy of
 * {@link dev.surveygen.json.JsonReader} itself (see {@link RuntimeSources#jsonReader}): what
 * {@code surveygen check} reads, with the same messages at the same line and column. Writing is the
 * compact form of {@link dev.surveygen.json.JsonWriter}, but for decimals, written exactly
 * ({@code 1E+2}, not {@code 100}) so that a stored response reads back equal; the differential
 * tests hold it to that. Bodies are JavaPoet formats whose only format characters are {@code $T}.
 */
final class JsonEmitter {

    private final GenerationContext ctx;

    JsonEmitter(GenerationContext ctx) {
        this.ctx = ctx;
    }

    TypeSpec emit() {
        return ctx.topLevel(TypeSpec.classBuilder(ctx.json))
                .addModifiers(Modifier.FINAL)
                .addAnnotation(ctx.generated())
                .addJavadoc("JSON text for the binder, with the JDK alone: a strict reader (as {@code surveygen check}\n"
                        + "reads responses) and a compact writer.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("read").addModifiers(Modifier.STATIC).returns(Object.class)
                        .addParameter(String.class, "text")
                        .addJavadoc("One JSON value, read by the copy of {@code surveygen check}'s own reader.\n\n"
                                + "@param text JSON text (a leading byte order mark is skipped)\n@return the value\n"
                                + "@throws $T {@code line L, column C: message} for text that is not JSON\n",
                                IllegalArgumentException.class)
                        .beginControlFlow("try")
                        .addStatement("return $T.read(text)", reader())
                        .nextControlFlow("catch ($T e)", exception())
                        .addStatement("throw new $T($S + e.line() + $S + e.column() + $S + e.getMessage(), e)",
                                IllegalArgumentException.class, "line ", ", column ", ": ")
                        .endControlFlow()
                        .build())
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
                        .addCode(code(WRITE).replace("OversizeNumber", ctx.names.base() + "OversizeNumber"), BigDecimal.class,
                                Map.class, Collection.class).build())
                .addMethod(MethodSpec.methodBuilder("string").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(String.class, "s").addParameter(StringBuilder.class, "out")
                        .addCode(code(WRITE_STRING), String.class, Locale.class).build())
                .build();
    }

    private com.palantir.javapoet.ClassName reader() {
        return com.palantir.javapoet.ClassName.get(ctx.options.packageName(), ctx.names.base() + "JsonReader");
    }

    private com.palantir.javapoet.ClassName exception() {
        return com.palantir.javapoet.ClassName.get(ctx.options.packageName(), ctx.names.base() + "JsonException");
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
