package dev.surveygen.bench.mhlw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two MHLW responses every validation and binding benchmark uses, in each shape a peer reads:
 * JSON text, a JSON-shaped map, and form parameters (servlet style, {@code String[]} values) under
 * the generated form's names and under the bean's property names.
 *
 * <ul>
 *   <li>{@link #VALID}: every question answered, every condition true (the longest valid path:
 *       all 27 questions are checked, none is skipped).
 *   <li>{@link #INVALID}: the same with three violations: Q1-2 has 201 characters (length, limit
 *       200), Q3 is missing (required) and Q13 is 0 (range 1 to 64).
 * </ul>
 */
public enum MhlwResponses {
    VALID(valid()),
    INVALID(invalid());

    /** Answers in definition order, as a JSON-shaped map (strings, booleans, integers, lists of strings). */
    private final Map<String, Object> json;

    MhlwResponses(Map<String, Object> json) {
        this.json = json;
    }

    /** A fresh, mutable JSON-shaped map of the answers. */
    public Map<String, Object> json() {
        return copy(json);
    }

    /** The answers as JSON text, as a client would send them. */
    public String jsonText() {
        StringBuilder out = new StringBuilder("{");
        json.forEach((id, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(id).append("\":").append(jsonValue(value));
        });
        return out.append('}').toString();
    }

    /** Form parameters as the generated form names them ({@code Q1-1}, …), as a servlet gives them. */
    public Map<String, String[]> formParameters() {
        Map<String, String[]> form = new LinkedHashMap<>();
        json.forEach((id, value) -> form.put(id, formValues(value)));
        return form;
    }

    /**
     * The same form parameters under the bean's property names ({@code q1_1}, …), which is how a
     * developer names the fields of a form that Spring binds onto a bean.
     */
    public Map<String, String[]> beanParameters() {
        Map<String, String[]> form = new LinkedHashMap<>();
        json.forEach((id, value) -> form.put(MhlwBean.property(id), formValues(value)));
        return form;
    }

    private static String[] formValues(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toArray(String[]::new);
        }
        if (value instanceof Boolean b) {
            return new String[] {b ? "yes" : "no"};
        }
        return new String[] {String.valueOf(value)};
    }

    private static String jsonValue(Object value) {
        if (value instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(jsonValue(item)));
            return "[" + String.join(",", items) + "]";
        }
        return String.valueOf(value);
    }

    private static Map<String, Object> copy(Map<String, Object> json) {
        Map<String, Object> out = new LinkedHashMap<>();
        json.forEach((id, value) -> out.put(id, value instanceof List<?> list ? new ArrayList<>(list) : value));
        return out;
    }

    private static Map<String, Object> valid() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("Q1-1", "厚労 太郎");
        r.put("Q1-2", "医療法人〇〇会 〇〇病院");
        r.put("Q2-1", true);
        r.put("Q2-2", true);
        r.put("Q2-3", List.of("sg", "sc", "other"));
        r.put("Q2-3-other", "医療情報技師");
        r.put("Q3", "2-4");
        for (String id : List.of("Q4", "Q5", "Q6", "Q7-1", "Q7-2", "Q8", "Q9", "Q10", "Q11", "Q12")) {
            r.put(id, true);
        }
        r.put("Q13", 13);
        for (String id : List.of("Q14", "Q15", "Q16", "Q17-1", "Q17-2")) {
            r.put(id, true);
        }
        r.put("Q17-3", "2-or-more");
        r.put("Q17-4", "2-or-more");
        r.put("Q17-5", "3-or-more");
        r.put("Q17-6", true);
        return r;
    }

    private static Map<String, Object> invalid() {
        Map<String, Object> r = valid();
        r.put("Q1-2", "病".repeat(201));
        r.remove("Q3");
        r.put("Q13", 0);
        return r;
    }
}
