package dev.surveygen.json;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON deterministically: records as objects with their components in declaration order
 * (named by {@link JsonName} where given; an empty {@code Optional} component is left out, a
 * {@code null} one is written as {@code null}), maps in their iteration order (callers pass ordered maps),
 * numbers in plain notation, non-ASCII text as UTF-8 characters, and control characters,
 * U+2028 and U+2029 escaped so that the output is also safe inside JavaScript. Half of a surrogate
 * pair (which a JSON input may hold as an escape) is escaped too: UTF-8 cannot carry it.
 */
public final class JsonWriter {

    private JsonWriter() {}

    /** Compact JSON on one line. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, -1, 0);
        return out.toString();
    }

    /** Indented with two spaces; arrays of objects get one element per line. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 2, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int indent, int level) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Integer || value instanceof Long || value instanceof JsonText.OversizeNumber) {
            out.append(value);
        } else if (value instanceof Record record) {
            writeRecord(record, out, indent, level);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                newline(out, indent, level + 1);
                string(String.valueOf(e.getKey()), out);
                out.append(indent >= 0 ? ": " : ":");
                write(e.getValue(), out, indent, level + 1);
            }
            newline(out, indent, level);
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                newline(out, indent, level + 1);
                write(item, out, indent, level + 1);
            }
            newline(out, indent, level);
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void writeRecord(Record record, StringBuilder out, int indent, int level) {
        boolean first = true;
        out.append('{');
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object member;
            try {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                member = accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
            if (member instanceof Optional<?> optional) {
                if (optional.isEmpty()) {
                    continue;
                }
                member = optional.get();
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, indent, level + 1);
            JsonName name = component.getAnnotation(JsonName.class);
            string(name != null ? name.value() : component.getName(), out);
            out.append(indent >= 0 ? ": " : ":");
            write(member, out, indent, level + 1);
        }
        if (!first) {
            newline(out, indent, level);
        }
        out.append('}');
    }

    private static void newline(StringBuilder out, int indent, int level) {
        if (indent >= 0) {
            out.append('\n');
            out.append(" ".repeat(indent * level));
        }
    }

    static void string(String s, StringBuilder out) {
        JsonText.string(s, out);
    }
}
