package dev.surveygen.runtime;

import java.math.BigDecimal;
// ---- date: copied only for a survey with a date question ----
import java.time.DateTimeException;
import java.time.LocalDate;
// ---- end date ----
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The helpers of the generated code, copied into each generated package (renamed after the survey,
 * made package-private). They restate the rules of the reference interpreter (the generator's
 * {@code semantics} package, which calls those it shares); the differential tests hold the generated
 * code that calls them equal to it. JDK only.
 */
public final class Support {

    /** The most digits of a number before the point (leading zeros aside) and after it (rule R9). */
    public static final int MAX_INTEGER_DIGITS = 30;
    public static final int MAX_FRACTION_DIGITS = 30;

    private Support() {}

    // Texts: trimmed as the form script trims them, with JavaScript's String.prototype.trim set.
    public static boolean isTrimmed(char c) {
        return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isTrimmed(s.charAt(start))) start++;
        while (end > start && isTrimmed(s.charAt(end - 1))) end--;
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    public static boolean isBlank(String s) {
        int i = 0;
        while (i < s.length() && isTrimmed(s.charAt(i))) i++;
        return i == s.length();
    }

    /** A text answer as stored: trimmed, and null when blank. */
    public static String text(String value) {
        return value == null || isBlank(value) ? null : trim(value);
    }

    /** A selection as stored: in definition order, unmodifiable, and null when empty. */
    public static <E extends Enum<E>> Set<E> choices(Set<E> value) {
        return value == null || value.isEmpty() ? null : java.util.Collections.unmodifiableSet(EnumSet.copyOf(value));
    }

    /**
     * Whether the text has more than {@code max} code points. A text has at most as many code points
     * as UTF-16 units and at least half as many, so they are counted only when its length cannot decide.
     */
    public static boolean longerThan(String text, int max) {
        int length = text.length();
        return length > max && (length > 2L * max || text.codePointCount(0, length) > max);
    }

    /** Whether the text has fewer than {@code min} code points; counted only when its length cannot decide. */
    public static boolean shorterThan(String text, int min) {
        int length = text.length();
        return length < min || (length < 2L * min && text.codePointCount(0, length) < min);
    }

    // Form values (rule R11): a parameter's values are a List<String> or, from a servlet, a String[].
    /**
     * Null when every value is blank, the one non-blank value trimmed, or the list of the non-blank
     * values trimmed when there are several. Allocates only for several.
     */
    private static Object formValue(Map<String, ?> form, String name) {
        Object values = form.get(name);
        // The kind is tested once: a test against an interface (List) is not free on every value.
        String[] array = values instanceof String[] a ? a : null;
        List<?> list = array == null && values instanceof List<?> l ? l : null;
        String single = null;
        for (int i = 0, size = array != null ? array.length : list != null ? list.size() : 0; i < size; i++) {
            if ((array != null ? array[i] : list.get(i)) instanceof String text && !isBlank(text)) {
                if (single != null) return formValues(values);
                single = text;
            }
        }
        return single == null ? null : trim(single);
    }

    /** The non-blank values, trimmed. */
    private static List<String> formValues(Object values) {
        String[] array = values instanceof String[] a ? a : null;
        List<?> list = array == null && values instanceof List<?> l ? l : null;
        int size = array != null ? array.length : list != null ? list.size() : 0;
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if ((array != null ? array[i] : list.get(i)) instanceof String text && !isBlank(text)) texts.add(trim(text));
        }
        return texts;
    }

    /** NFKC for full-width digits and signs only; anything else is left to be rejected. */
    public static String normalise(String value, boolean nfkc) {
        return nfkc && isFullWidthNumber(value) ? java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC) : value;
    }

    /** {@code [0-9+\-.０-９＋－．]*} with a full-width character: NFKC changes nothing else, so only then is it needed. */
    private static boolean isFullWidthNumber(String s) {
        boolean wide = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= '\uFF10' && c <= '\uFF19') && "+-.\uFF0B\uFF0D\uFF0E".indexOf(c) < 0) return false;
            wide |= c > '\u007F';
        }
        return wide;
    }

    /** The end of the run of ASCII digits that starts at {@code from}. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i;
    }

    /**
     * {@code [+-]?[0-9]+} (with {@code fraction}: {@code [+-]?[0-9]+(\.[0-9]+)?}) within the digit limits,
     * the digits counted before any arithmetic (quadratic in them); no regular expression to compile.
     */
    private static boolean isNumber(String s, boolean fraction) {
        int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        int point = digits(s, start);
        int end = fraction && point < s.length() && s.charAt(point) == '.' ? digits(s, point + 1) : point;
        int significant = start;
        while (significant < point && s.charAt(significant) == '0') significant++;
        return point > start && end == s.length() && end != point + 1 && point - significant <= MAX_INTEGER_DIGITS
                && end - point - 1 <= MAX_FRACTION_DIGITS;
    }

    public static Integer formInteger(String value, boolean nfkc) {
        String digits = normalise(value, nfkc);
        if (!isNumber(digits, false)) return null;
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return null; // more than 32 bits (but at most 30 digits: parsing is cheap)
        }
    }

    // ---- decimal: copied only for a survey with a decimal question ----
    public static BigDecimal formDecimal(String value, boolean nfkc) {
        String digits = normalise(value, nfkc);
        return isNumber(digits, true) ? new BigDecimal(digits) : null;
    }

    // ---- end decimal ----
    // ---- date: copied only for a survey with a date question ----
    public static LocalDate formDate(String value, boolean nfkc) {
        return isoDate(normalise(value, nfkc));
    }

    /** {@code uuuu-MM-dd}, a real date, read strictly: no regular expression or formatter to build. */
    public static LocalDate isoDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-' || digits(value, 0) != 4 || digits(value, 5) != 7 || digits(value, 8) != 10) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10), Integer.parseInt(value, 8, 10, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    // ---- end date ----
    // JSON numbers, read strictly by JSON type.
    /** A JSON number of any Java representation within the digit limits; null for anything else, strings included. */
    public static BigDecimal jsonDecimal(Object raw) {
        BigDecimal number = raw instanceof BigDecimal d ? d
                : raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte
                        ? BigDecimal.valueOf(((Number) raw).longValue())
                : raw instanceof java.math.BigInteger i ? new BigDecimal(i)
                : (raw instanceof Double || raw instanceof Float) && Double.isFinite(((Number) raw).doubleValue())
                        ? BigDecimal.valueOf(((Number) raw).doubleValue()) : null;
        return number != null && fits(number) ? number : null;
    }

    /**
     * At most 30 digits before the point (leading zeros aside) and 30 after it, decided without
     * arithmetic, which would take time quadratic in the digits.
     */
    public static boolean fits(BigDecimal number) {
        if (number.scale() > MAX_FRACTION_DIGITS) return false;
        if (number.signum() == 0) return true;
        // more than 60 digits (2^200 > 10^60), of which at most 30 can follow the point
        if (number.unscaledValue().bitLength() > 200) return false;
        return (long) number.precision() - number.scale() <= MAX_INTEGER_DIGITS;
    }

    public static Integer jsonInteger(Object raw) {
        if (raw instanceof Integer i) return i;
        if (raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            long value = ((Number) raw).longValue();
            return value == (int) value ? Integer.valueOf((int) value) : null;
        }
        BigDecimal number = jsonDecimal(raw);
        try {
            return number == null ? null : number.intValueExact();
        } catch (ArithmeticException e) {
            return null; // a fraction, or more than 32 bits
        }
    }

    // Reading one answer per call, from a form or from JSON.
    /** Where a reader puts what it cannot read: the question id, why (TYPE or CHOICE) and the value as received. */
    public interface Rejections {
        void reject(String question, Outcome reason, Object value);
    }

    /**
     * Reads the answers of one form submission (rule R11) or one JSON object (strictly by JSON type, as
     * {@code surveygen check} reads it), one question per call: the typed answer, or null when unanswered
     * or unreadable; what cannot be read goes to the {@link Rejections}.
     */
    public static final class Answers {
        private final Map<String, ?> values;
        private final boolean form;
        private final boolean nfkc;
        private final Rejections rejections;

        private Answers(Map<String, ?> values, boolean form, boolean nfkc, Rejections rejections) {
            this.values = values;
            this.form = form;
            this.nfkc = nfkc;
            this.rejections = rejections;
        }

        /** Form values; {@code nfkc}: full-width digits and signs are normalised (else rejected). */
        public static Answers form(Map<String, ?> form, boolean nfkc, Rejections rejections) {
            return new Answers(form, true, nfkc, rejections);
        }

        public static Answers json(Map<String, ?> json, Rejections rejections) {
            return new Answers(json, false, false, rejections);
        }

        /**
         * The raw answer: the one non-blank form value, trimmed (several are a "type" rejection: only a
         * note or a text can be sent so, by mistake), or the JSON value that is neither null nor blank.
         */
        private Object raw(String question) {
            if (form) {
                Object raw = formValue(values, question);
                return raw == null || raw instanceof String ? raw : reject(question, Outcome.TYPE, raw);
            }
            Object raw = values.get(question);
            return raw instanceof String text && isBlank(text) ? null : raw;
        }

        /** The value read from {@code raw}, or null; a raw answer that could not be read is rejected. */
        private <T> T read(String question, Object raw, T value, Outcome reason) {
            return value != null || raw == null ? value : reject(question, reason, raw);
        }

        private <T> T reject(String question, Outcome reason, Object raw) {
            rejections.reject(question, reason, raw);
            return null;
        }

        /** A note has no answer: anything sent for it is a "type" rejection. */
        public void note(String question) {
            read(question, raw(question), null, Outcome.TYPE);
        }

        public String text(String question) {
            Object raw = raw(question);
            return read(question, raw, raw instanceof String text ? text : null, Outcome.TYPE);
        }

        public Boolean yesNo(String question) {
            Object raw = raw(question);
            Boolean value = form ? ("yes".equals(raw) ? Boolean.TRUE : "no".equals(raw) ? Boolean.FALSE : null)
                    : raw instanceof Boolean b ? b : null;
            return read(question, raw, value, Outcome.TYPE);
        }

        public Integer integer(String question) {
            Object raw = raw(question);
            return read(question, raw, form ? (raw == null ? null : formInteger((String) raw, nfkc)) : jsonInteger(raw), Outcome.TYPE);
        }

        // ---- decimal: copied only for a survey with a decimal question ----
        public BigDecimal decimal(String question) {
            Object raw = raw(question);
            return read(question, raw, form ? (raw == null ? null : formDecimal((String) raw, nfkc)) : jsonDecimal(raw), Outcome.TYPE);
        }

        // ---- end decimal ----
        // ---- date: copied only for a survey with a date question ----
        public LocalDate date(String question) {
            Object raw = raw(question);
            LocalDate value = !(raw instanceof String text) ? null : form ? formDate(text, nfkc) : isoDate(trim(text));
            return read(question, raw, value, Outcome.TYPE);
        }

        // ---- end date ----
        /** One choice by its code ({@code byCode} returns null for an unknown code: a "choice" rejection). */
        public <E extends Enum<E>> E choice(String question, Function<String, E> byCode) {
            Object raw = raw(question);
            E value = raw instanceof String code ? byCode.apply(code) : null;
            return read(question, raw, value, raw instanceof String ? Outcome.CHOICE : Outcome.TYPE);
        }

        /** Several choices by their codes, in definition order; null when none is selected. */
        public <E extends Enum<E>> Set<E> choices(String question, Class<E> type, Function<String, E> byCode) {
            Object raw = form ? formValues(values.get(question)) : raw(question);
            if (raw == null) return null;
            if (!(raw instanceof java.util.Collection<?> items)) return reject(question, Outcome.TYPE, raw);
            Set<E> set = EnumSet.noneOf(type);
            boolean known = true;
            for (Object item : items) {
                if (!(item instanceof String code)) return reject(question, Outcome.TYPE, raw);
                E choice = isBlank(code) ? null : byCode.apply(code);
                known &= choice != null || isBlank(code);
                if (choice != null) set.add(choice);
            }
            return !known ? reject(question, Outcome.CHOICE, raw) : set.isEmpty() ? null : set;
        }
    }

    // Judging one answer: the first violation in the reference order (R6), or null.
    /** What is wrong with one answer, in the reference order; the generated code maps it to its violation. */
    public enum Outcome {
        NOT_APPLICABLE, TYPE, CHOICE, REQUIRED, EXCLUSIVE, SELECTION_COUNT, RANGE, LENGTH, PATTERN
    }

    /**
     * The outcome that does not depend on the answer's value: not applicable (a disabled question with
     * an answer, or one that could not be read), a rejected answer ({@code rejected} is why the binder
     * could not read it: TYPE or CHOICE), or a missing required answer; null otherwise.
     */
    public static Outcome checkAnswer(boolean enabled, Object value, Outcome rejected, boolean required) {
        if (!enabled) return value != null || rejected != null ? Outcome.NOT_APPLICABLE : null;
        if (rejected != null) return rejected;
        return value == null && required ? Outcome.REQUIRED : null;
    }

    /** Whether {@link #checkAnswer} has the whole outcome: the value's own rules apply only to a present, enabled answer. */
    private static boolean judged(boolean enabled, Object value, Outcome rejected) {
        return !enabled || rejected != null || value == null;
    }

    /** A text: length in code points ({@code min}/{@code max} -1 when absent), then the pattern. */
    public static Outcome checkText(boolean enabled, String value, Outcome rejected, boolean required, int min, int max,
            boolean patternFails) {
        if (judged(enabled, value, rejected)) return checkAnswer(enabled, value, rejected, required);
        if ((min >= 0 && shorterThan(value, min)) || (max >= 0 && longerThan(value, max))) return Outcome.LENGTH;
        return patternFails ? Outcome.PATTERN : null;
    }

    /** A whole number in {@code [min, max]} (Long.MIN_VALUE / Long.MAX_VALUE when absent). */
    public static Outcome checkInteger(boolean enabled, Integer value, Outcome rejected, boolean required, long min, long max) {
        if (judged(enabled, value, rejected)) return checkAnswer(enabled, value, rejected, required);
        return value < min || value > max ? Outcome.RANGE : null;
    }

    // ---- decimal: copied only for a survey with a decimal question ----
    /**
     * A decimal in {@code [min, max]}, compared numerically (null bounds when absent). One built in code
     * may have more digits than JSON carries (R9): its JSON would be a "type" violation, and so is it.
     */
    public static Outcome checkDecimal(boolean enabled, BigDecimal value, Outcome rejected, boolean required, BigDecimal min,
            BigDecimal max) {
        if (judged(enabled, value, rejected)) return checkAnswer(enabled, value, rejected, required);
        // As fits(), without unscaledValue(), which allocates: a valid response allocates nothing.
        if (value.scale() > MAX_FRACTION_DIGITS || (value.signum() != 0 && (long) value.precision() - value.scale() > MAX_INTEGER_DIGITS)) {
            return Outcome.TYPE;
        }
        return (min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0) ? Outcome.RANGE : null;
    }

    // ---- end decimal ----
    // ---- date: copied only for a survey with a date question ----
    /**
     * A date within {@code [min, max]} as epoch days (Long.MIN_VALUE / Long.MAX_VALUE when absent). One built
     * in code may have a year of other than four digits, which {@code uuuu-MM-dd} cannot write: "type", as its JSON.
     */
    public static Outcome checkDate(boolean enabled, LocalDate value, Outcome rejected, boolean required, long min, long max) {
        if (judged(enabled, value, rejected)) return checkAnswer(enabled, value, rejected, required);
        if (value.getYear() < 0 || value.getYear() > 9999) return Outcome.TYPE;
        long day = value.toEpochDay();
        return day < min || day > max ? Outcome.RANGE : null;
    }

    // ---- end date ----
    /**
     * A selection: an exclusive choice with others first ({@code exclusive}: the selection holds one),
     * then the number selected within {@code [min, max]} (-1 when absent).
     */
    public static Outcome checkChoices(boolean enabled, Set<?> value, Outcome rejected, boolean required, boolean exclusive,
            int min, int max) {
        if (judged(enabled, value, rejected)) return checkAnswer(enabled, value, rejected, required);
        if (exclusive && value.size() > 1) return Outcome.EXCLUSIVE;
        return (min >= 0 && value.size() < min) || (max >= 0 && value.size() > max) ? Outcome.SELECTION_COUNT : null;
    }

    /** Appends to a list that is created on the first violation only: a valid response allocates nothing. */
    public static <T> List<T> add(List<T> out, T item) {
        List<T> list = out == null ? new ArrayList<>() : out;
        list.add(item);
        return list;
    }

    // A response's answers, by question position: ids, equality, hash and text.
    public static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }

    /** Question id to its position, for ids in definition order. */
    public static Map<String, Integer> indexes(List<String> ids) {
        Map<String, Integer> indexes = new java.util.HashMap<>(ids.size() * 4 / 3 + 1);
        for (int i = 0; i < ids.size(); i++) indexes.put(ids.get(i), i);
        return indexes;
    }

    /** Equal answers: decimals numerically (2.5 equals 2.50), the rest by {@code equals}. */
    public static boolean sameAnswers(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            boolean same = a[i] instanceof BigDecimal x && b[i] instanceof BigDecimal y ? x.compareTo(y) == 0
                    : Objects.equals(a[i], b[i]);
            if (!same) return false;
        }
        return true;
    }

    /** A hash consistent with {@link #sameAnswers}: numerically equal decimals have equal doubles. */
    public static int answersHash(Object[] values) {
        int hash = 1;
        for (Object value : values) {
            hash = 31 * hash + (value instanceof BigDecimal d ? Double.hashCode(d.doubleValue()) : Objects.hashCode(value));
        }
        return hash;
    }

    /** {@code Name{id=answer, ...}} with the answered questions, personal data (sorted positions) masked. */
    public static String describe(String name, List<String> ids, Object[] values, int[] personal) {
        StringBuilder out = new StringBuilder(name).append('{');
        String separator = "";
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                out.append(separator).append(ids.get(i)).append('=').append(Arrays.binarySearch(personal, i) >= 0 ? "***" : values[i]);
                separator = ", ";
            }
        }
        return out.append('}').toString();
    }

    /**
     * The index of the declared locale (BCP 47 tags, the survey's default first) for {@code locale}:
     * the tag equal to its language tag, else the first with its language, else 0 (the default).
     */
    public static int localeIndex(String[] tags, java.util.Locale locale) {
        String tag = locale.toLanguageTag();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].equalsIgnoreCase(tag)) return i;
        }
        for (int i = 0; i < tags.length; i++) {
            if (java.util.Locale.forLanguageTag(tags[i]).getLanguage().equals(locale.getLanguage())) return i;
        }
        return 0;
    }

    // Writing JSON: one call per question, unanswered questions left out.
    /** Puts an answer as JSON: text, yes/no and numbers as they are. */
    public static void put(Map<String, Object> out, String question, Object value) {
        if (value != null) out.put(question, value);
    }

    // ---- date: copied only for a survey with a date question ----
    /** Puts a date as JSON: {@code yyyy-MM-dd}. */
    public static void putDate(Map<String, Object> out, String question, LocalDate value) {
        if (value != null) out.put(question, value.toString());
    }

    // ---- end date ----
    /** Puts a choice as its code. */
    public static <E extends Enum<E>> void putChoice(Map<String, Object> out, String question, E value, Function<E, String> code) {
        if (value != null) out.put(question, code.apply(value));
    }

    /** Puts a selection as the list of its codes, in definition order. */
    public static <E extends Enum<E>> void putChoices(Map<String, Object> out, String question, Set<E> value,
            Function<E, String> code) {
        if (value == null) return;
        List<String> codes = new ArrayList<>(value.size());
        for (E choice : value) codes.add(code.apply(choice));
        out.put(question, codes);
    }
}
