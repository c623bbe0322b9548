package dev.surveygen.javagen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hostile-response corpus, on the every-feature survey: responses that no form produces but an
 * attacker or a broken client can send, each in the forms that the paths take it in: as JSON text
 * (what {@code surveygen check} reads), as the Java map a host's JSON library hands to the
 * generated {@code fromJson}, and as a form submission (what the generated {@code fromForm} and
 * the form script read). Each case says which violation it expects for the questions it targets,
 * on every path, or the one error {@code check} reports when the JSON itself is refused. The
 * tests (HostileResponseTest, HostileResponseBrowserTest) also require every path to give exactly
 * the reference's violations, in bounded time.
 */
public final class HostileResponses {

    /** A string made of pieces, each repeated: how a 10 MB answer travels to the browser in a few bytes. */
    public record Text(List<Object[]> pieces) {

        public String expand() {
            StringBuilder out = new StringBuilder();
            for (Object[] piece : pieces) {
                out.append(((String) piece[0]).repeat((Integer) piece[1]));
            }
            return out.toString();
        }
    }

    /** A form submission: fields (a name and its values, a name given twice adds values), and many numbered keys. */
    public record Form(List<Object[]> fields, String manyPrefix, int manyCount, String manyValue) {

        /** As a servlet gives it: every name with all its values, in order. */
        public Map<String, List<String>> expand() {
            Map<String, List<String>> form = new LinkedHashMap<>();
            for (Object[] field : fields) {
                List<String> values = form.computeIfAbsent(((Text) field[0]).expand(), k -> new ArrayList<>());
                for (Object value : (List<?>) field[1]) {
                    values.add(((Text) value).expand());
                }
            }
            for (int i = 0; i < manyCount; i++) {
                form.put(manyPrefix + i, List.of(manyValue));
            }
            return form;
        }

        /** The spec as the browser test sends it: {"fields": [[name, [value, ...]], ...], "many": [prefix, count, value]}. */
        public Map<String, Object> spec() {
            List<Object> specFields = new ArrayList<>();
            for (Object[] field : fields) {
                List<Object> values = new ArrayList<>();
                for (Object value : (List<?>) field[1]) {
                    values.add(pieces((Text) value));
                }
                specFields.add(List.of(pieces((Text) field[0]), values));
            }
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("fields", specFields);
            spec.put("many", List.of(manyPrefix, manyCount, manyValue));
            return spec;
        }

        private static List<Object> pieces(Text text) {
            List<Object> out = new ArrayList<>();
            for (Object[] piece : text.pieces()) {
                out.add(List.of(piece[0], piece[1]));
            }
            return out;
        }
    }

    /**
     * One case. {@code json}: the JSON text, or null. {@code javaMap}: the host's map for
     * {@code fromJson}, or null. {@code form}: the submission, or null. {@code jsonError}: the error
     * check reports for the JSON text (then it gives no violations), or null. {@code expect}: per
     * targeted question, the code every path gives it ("none" for no violation).
     */
    public record Case(String name, String json, Map<String, Object> javaMap, Form form, String jsonError,
            Map<String, String> expect) {

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileResponses() {}

    /** The base of every case: valid, and with the follow-up section off (agree: no). */
    private static Map<String, Object> base() {
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("name", "Taro");
        base.put("agree", false);
        base.put("staff", "1");
        base.put("colours", new ArrayList<>(List.of("red")));
        base.put("count", 0);
        return base;
    }

    private static List<Object[]> baseFields() {
        List<Object[]> fields = new ArrayList<>();
        fields.add(field("name", t("Taro")));
        fields.add(field("agree", t("no")));
        fields.add(field("staff", t("1")));
        fields.add(field("colours", t("red")));
        fields.add(field("count", t("0")));
        return fields;
    }

    public static Text t(String text) {
        return t(text, 1);
    }

    public static Text t(String text, int times) {
        List<Object[]> pieces = new ArrayList<>();
        pieces.add(new Object[] {text, times});
        return new Text(pieces);
    }

    private static Text t(String a, int timesA, String b, int timesB) {
        List<Object[]> pieces = new ArrayList<>();
        pieces.add(new Object[] {a, timesA});
        pieces.add(new Object[] {b, timesB});
        return new Text(pieces);
    }

    private static Object[] field(String name, Text... values) {
        return new Object[] {t(name), List.of(values)};
    }

    /** The base form with {@code fields} replacing fields of the same name, added at the end otherwise. */
    private static Form form(Object[]... fields) {
        return form("", 0, "", fields);
    }

    private static Form form(String manyPrefix, int manyCount, String manyValue, Object[]... fields) {
        List<Object[]> all = baseFields();
        for (Object[] field : fields) {
            String name = ((Text) field[0]).expand();
            all.removeIf(f -> ((Text) f[0]).expand().equals(name));
            all.add(field);
        }
        return new Form(all, manyPrefix, manyCount, manyValue);
    }

    /** The base map with {@code keysAndValues} put into it. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = base();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, String> expect(String... questionsAndCodes) {
        Map<String, String> expect = new LinkedHashMap<>();
        for (int i = 0; i < questionsAndCodes.length; i += 2) {
            expect.put(questionsAndCodes[i], questionsAndCodes[i + 1]);
        }
        return expect;
    }

    /** A case whose JSON text is the map's, written out. */
    private static Case both(String name, Map<String, Object> map, Form form, Map<String, String> expect) {
        return new Case(name, json(map), map, form, null, expect);
    }

    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        String millionDigits = "1" + "0".repeat(1_000_000);

        cases.add(both("wrong JSON types", map("agree", "yes", "count", "13", "name", 5, "staff", 1, "day", 20250101,
                "ratio", true, "colours", "red", "motto", List.of("a b")), null, expect("agree", "type", "count", "type",
                "name", "type", "staff", "type", "day", "type", "ratio", "type", "colours", "type", "motto", "type")));
        cases.add(new Case("wrong form values", null, null, form(field("agree", t("Yes")), field("count", t("13.0")),
                field("staff", t(" 1 ")), field("day", t("2025-1-31")), field("ratio", t(".5")),
                field("colours", t("RED"))), null, expect("agree", "type", "count", "type", "staff", "none",
                "day", "type", "ratio", "type", "colours", "choice")));

        // One 10 MB answer per case: check refuses a response over 16 MiB (--max-response-size).
        int tenMegabytes = 10 * 1024 * 1024;
        String tenMegabytesOfA = "a".repeat(tenMegabytes);
        for (String[] target : new String[][] {{"name", "a", "length"}, {"bio", "a", "length"}, {"postcode", "1", "pattern"},
                {"colours-other", "a", "not-applicable"}, {"zz-unknown", "a", "unknown-question"}, {"count", "9", "type"},
                {"day", "2", "type"}}) {
            String answer = target[1].equals("a") ? tenMegabytesOfA : target[1].repeat(tenMegabytes);
            cases.add(both("10 MB for " + target[0], map(target[0], answer), form(field(target[0], t(target[1],
                    tenMegabytes))), expect(target[0], target[2])));
        }
        cases.add(both("10 MB that matches a pattern", map("motto", "a " + tenMegabytesOfA), form(field("motto",
                t("a ", 1, "a", tenMegabytes))), expect("motto", "none")));
        cases.add(both("10 MB of decimals", map("ratio", "1." + "5".repeat(tenMegabytes)), form(field("ratio",
                t("1.", 1, "5", tenMegabytes))), expect("ratio", "type")));

        List<Object> deep = new ArrayList<>();
        List<Object> innermost = deep;
        for (int i = 0; i < 100_000; i++) {
            List<Object> inner = new ArrayList<>();
            innermost.add(inner);
            innermost = inner;
        }
        String deepJson = "[".repeat(100_000) + "]".repeat(100_000);
        cases.add(new Case("100,000-deep nesting", "{\"colours\": " + deepJson + ", \"zz\": " + deepJson + "}",
                map("colours", deep, "zz", deep), null, "JSON nested more than 64 levels deep",
                expect("colours", "type", "zz", "unknown-question")));

        cases.add(both("huge numbers", map("count", new BigDecimal(BigInteger.ONE, -1_000_000), "ratio",
                new BigDecimal(BigInteger.ONE, 1_000_000)), form(field("count", t(millionDigits)),
                field("ratio", t("0.", 1, "0", 1_000_000))), expect("count", "type", "ratio", "type")));
        cases.add(new Case("huge number literals", "{\"name\": \"Taro\", \"agree\": false, \"staff\": \"1\","
                + " \"colours\": [\"red\"], \"count\": " + millionDigits + ", \"ratio\": 1e999999999, \"zz\": -"
                + millionDigits + ".5e-1234567890}", map("count", new BigDecimal(BigInteger.ONE, -1_000_000),
                "ratio", new BigDecimal(BigInteger.ONE, -999_999_999), "zz", Double.NEGATIVE_INFINITY),
                form(field("count", t("１", 1, "０", 1_000_000)), field("ratio", t(millionDigits)),
                        field("zz", t("-", 1, "9", 1_000_000))),
                null, expect("count", "type", "ratio", "type", "zz", "unknown-question")));
        cases.add(new Case("odd numbers", "{\"name\": \"Taro\", \"agree\": false, \"staff\": \"1\", \"colours\":"
                + " [\"red\"], \"count\": -0, \"ratio\": 1.30e1, \"day\": null}",
                map("count", -0.0, "ratio", 13.0, "day", null),
                form(field("count", t("-０")), field("ratio", t("００１３．０")), field("day", t(""))),
                null, expect("count", "none", "ratio", "none", "day", "none")));
        cases.add(new Case("leading zeros", null, null, form(field("count", t("-", 1, "0", 1_000_000)),
                field("ratio", t("0", 1_000_000, "12.5", 1))), null, expect("count", "none", "ratio", "none")));
        cases.add(both("numbers out of range or type", map("count", 2147483648L, "ratio", 1e30, "staff-not-one",
                1.5), form(field("count", t("2147483648")), field("ratio", t("1" + "0".repeat(30))),
                field("staff-not-one", t("1.5"))), expect("count", "type", "ratio", "type", "staff-not-one",
                "not-applicable")));

        cases.add(new Case("duplicate keys", "{\"name\": \"Taro\", \"agree\": false, \"staff\": \"1\","
                + " \"colours\": [\"red\"], \"count\": 1, \"count\": 2}", map("count", 2), null,
                "duplicate key \"count\"", expect("count", "none")));
        cases.add(new Case("repeated form values", null, null, form(field("count", t("1"), t("1")),
                field("colours", t("red"), t("red"), t("red")), field("name", t("Taro"), t(" "))), null,
                expect("count", "type", "colours", "none", "name", "none")));

        cases.add(both("lone surrogates", map("name", "\uD800\uD800", "postcode", "\uDC00", "staff", "\uD800",
                "\uD800", "x", "bio", "a\uDBFF"), form(field("name", t("\uD800\uD800")), field("postcode", t("\uDC00")),
                field("staff", t("\uD800")), field("\uD800", t("x")), field("bio", t("a\uDBFF"))),
                expect("name", "none", "postcode", "pattern", "staff", "choice", "\uD800", "unknown-question", "bio",
                        "none")));
        cases.add(both("NUL and control characters", map("name", "a\u0000b", "bio", "\u0001\u001f\u007f",
                "postcode", "123-4567\u0000", "\u0000", null, "motto", "\u0000 \u0000", "staff", "1\u0000"),
                form(field("name", t("a\u0000b")), field("bio", t("\u0001\u001f\u007f")),
                        field("postcode", t("123-4567\u0000")), field("\u0000", t("")), field("motto", t("\u0000 \u0000")),
                        field("staff", t("1\u0000"))),
                expect("name", "none", "bio", "none", "postcode", "pattern", "\u0000", "unknown-question", "motto",
                        "none", "staff", "choice")));

        cases.add(both("arrays for scalars", map("name", List.of("Taro"), "agree", List.of(false), "count", List.of(1),
                "staff", List.of("1"), "day", List.of("2024-05-01")), form(field("name", t("Taro"), t("Jiro")),
                field("agree", t("no"), t("yes")), field("staff", t("1"), t("2-4"))),
                expect("name", "type", "agree", "type", "staff", "type")));
        cases.add(both("empty arrays", map("colours", List.of(), "name", List.of(), "ratio", List.of(), "zz",
                List.of()), form(field("colours"), field("name"), field("ratio"), field("zz")),
                expect("colours", "required", "zz", "unknown-question")));
        cases.add(both("repeated codes", map("colours", List.of("red", "red", "green", "green", "red")),
                form(field("colours", t("red"), t("red"), t("green"), t("green"), t("red"))),
                expect("colours", "none")));
        cases.add(both("repeated codes, too many distinct", map("colours", List.of("red", "green", "blue", "red")),
                form(field("colours", t("red"), t("green"), t("blue"), t("red"))), expect("colours",
                "selection-count")));
        cases.add(both("repeated exclusive code", map("colours", List.of("none", "none", " ")),
                form(field("colours", t("none"), t("none"), t(" "))), expect("colours", "none")));

        Map<String, Object> manyKeys = base();
        for (int i = 0; i < 1_000_000; i++) {
            manyKeys.put("k" + i, 1);
        }
        cases.add(new Case("a million unknown keys", json(manyKeys), manyKeys, form("k", 1_000_000, "1"), null,
                expect("k0", "unknown-question", "k999999", "unknown-question", "name", "none")));
        return cases;
    }

    /** Every code point that {@link Character#isDigit(int)} calls a digit: ASCII, full-width and all the other scripts. */
    public static List<String> digits() {
        List<String> digits = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.isDigit(c)) {
                digits.add(new String(Character.toChars(c)));
            }
        }
        return digits;
    }

    /** The form that answers {@code count} with the digit three times and {@code ratio} with digit, '.', digit. */
    public static Form digitForm(String digit) {
        return form(field("count", t(digit, 3)), field("ratio", t(digit + "." + digit)),
                field("day", t("2024-0" + digit + "-1" + digit)));
    }

    /** The JSON-shaped map of a digit: the same answers as strings, which the JSON paths never read as numbers. */
    public static Map<String, Object> digitMap(String digit) {
        return map("count", digit.repeat(3), "ratio", digit + "." + digit, "day", "2024-0" + digit + "-1" + digit);
    }

    /** {@code value} as JSON text in ASCII (every other character escaped), for check's file. */
    public static String json(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                append(out, String.valueOf(entry.getKey()));
                out.append(':');
                append(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? "," : "");
                append(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof String text) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7E) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (value instanceof Double d && !Double.isFinite(d)) {
            throw new IllegalArgumentException("no JSON for " + d);
        } else {
            out.append(value);
        }
    }
}
