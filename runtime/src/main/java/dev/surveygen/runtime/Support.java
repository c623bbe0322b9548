package dev.surveygen.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
// ---- date: copied only for a survey with a date question ----
import java.time.DateTimeException;
import java.time.LocalDate;
// ---- end date ----
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The helpers of the generated code, copied as they are into each generated package (renamed after
 * the survey, made package-private): trimming (JavaScript's trim set), reading form strings under
 * the survey's digit policy, strict JSON numbers and dates, reading one answer per call
 * ({@link Answers}) and judging one answer per call ({@link #checkText}, {@link #checkAnswer}, ...). They
 * restate the reference interpreter's rules (generator's {@code semantics} package); the
 * differential tests hold the generated code that calls them equal to it. JDK only.
 */
public final class Support {

    /** The most digits of a number before the point (leading zeros aside) and after it (rule R9). */
    public static final int MAX_INTEGER_DIGITS = 30;
    public static final int MAX_FRACTION_DIGITS = 30;

    private Support() {}

    /** JavaScript's {@code String.prototype.trim} set. */
    public static boolean isTrimmed(char c) {
        return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isTrimmed(s.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isTrimmed(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A text answer as stored: trimmed, and null when blank. */
    public static String text(String value) {
        return value == null || isBlank(value) ? null : trim(value);
    }

    /** A selection as stored: in definition order, unmodifiable, and null when empty. */
    public static <E extends Enum<E>> Set<E> choices(Set<E> value) {
        return value == null || value.isEmpty() ? null : Collections.unmodifiableSet(EnumSet.copyOf(value));
    }

    /**
     * The answer of a form parameter whose values are a {@code List<String>} or (from a servlet)
     * a {@code String[]}: null when every value is blank, the one non-blank value trimmed, or the
     * list of the non-blank values trimmed when there are several. Allocates only for several.
     */
    public static Object formValue(Map<String, ?> form, String name) {
        Object raw = form.get(name);
        if (raw instanceof String[] array) {
            return formValue(array, null);
        }
        if (raw instanceof List<?> list) {
            return formValue(null, list);
        }
        return null;
    }

    private static Object formValue(String[] array, List<?> list) {
        int size = array != null ? array.length : list.size();
        String single = null;
        int count = 0;
        for (int i = 0; i < size; i++) {
            Object value = array != null ? array[i] : list.get(i);
            if (value instanceof String text && !isBlank(text)) {
                count++;
                single = single == null ? text : single;
            }
        }
        if (count <= 1) {
            return single == null ? null : trim(single);
        }
        return formValues(array, list);
    }

    /** The non-blank values of a form parameter ({@code List<String>} or {@code String[]}), trimmed. */
    public static List<String> formValues(Map<String, ?> form, String name) {
        Object raw = form.get(name);
        return formValues(raw instanceof String[] array ? array : null, raw instanceof List<?> list ? list : null);
    }

    private static List<String> formValues(String[] array, List<?> list) {
        int size = array != null ? array.length : list != null ? list.size() : 0;
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Object value = array != null ? array[i] : list.get(i);
            if (value instanceof String text && !isBlank(text)) {
                values.add(trim(text));
            }
        }
        return values;
    }

    public static Boolean formYesNo(String value) {
        return value.equals("yes") ? Boolean.TRUE : value.equals("no") ? Boolean.FALSE : null;
    }

    /** NFKC for full-width digits and signs only; anything else is left to be rejected. */
    public static String normalise(String value, boolean nfkc) {
        return nfkc && isFullWidthNumber(value) ? Normalizer.normalize(value, Normalizer.Form.NFKC) : value;
    }

    /**
     * {@code [0-9+\-.０-９＋－．]*} with at least one full-width character:
     * NFKC leaves the others as they are, so only then is there anything to normalise.
     */
    private static boolean isFullWidthNumber(String s) {
        boolean wide = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(isDigit(c) || c == '+' || c == '-' || c == '.' || (c >= '\uFF10' && c <= '\uFF19') || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF0E')) {
                return false;
            }
            wide |= c > '\u007F';
        }
        return wide;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The end of the run of ASCII digits that starts at {@code from}. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int signLength(String s) {
        return !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    }

    /** {@code [+-]?[0-9]+}, without a regular expression to compile. */
    private static boolean isInteger(String s) {
        int start = signLength(s);
        int end = digits(s, start);
        return end > start && end == s.length();
    }

    // ---- decimal: copied only for a survey with a decimal question ----
    /** {@code [+-]?[0-9]+(\.[0-9]+)?}, without a regular expression to compile. */
    private static boolean isDecimal(String s) {
        int start = signLength(s);
        int end = digits(s, start);
        if (end == start) {
            return false;
        }
        if (end == s.length()) {
            return true;
        }
        int fraction = end + 1;
        return s.charAt(end) == '.' && digits(s, fraction) > fraction && digits(s, fraction) == s.length();
    }

    // ---- end decimal ----
    public static Integer formInteger(String value, boolean nfkc) {
        String digits = normalise(value, nfkc);
        if (!isInteger(digits) || !fits(digits)) {
            return null;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            // more than 32 bits (but at most 30 digits: parsing is cheap)
            return null;
        }
    }

    // ---- decimal: copied only for a survey with a decimal question ----
    public static BigDecimal formDecimal(String value, boolean nfkc) {
        String digits = normalise(value, nfkc);
        if (!isDecimal(digits) || !fits(digits)) {
            return null;
        }
        return new BigDecimal(digits.startsWith("+") ? digits.substring(1) : digits);
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
    /**
     * A JSON number of any Java representation within the digit limits; null for anything else, strings included.
     */
    public static BigDecimal jsonDecimal(Object raw) {
        BigDecimal number = null;
        if (raw instanceof BigDecimal d) {
            number = d;
        } else if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            number = BigDecimal.valueOf(((Number) raw).longValue());
        } else if (raw instanceof BigInteger i) {
            number = new BigDecimal(i);
        } else if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            number = Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return number != null && fits(number) ? number : null;
    }

    /**
     * At most 30 digits before the point (leading zeros aside) and 30 after it, decided without arithmetic,
     * which would take time quadratic in the digits.
     */
    public static boolean fits(BigDecimal number) {
        if (number.scale() > MAX_FRACTION_DIGITS) {
            return false;
        }
        if (number.signum() == 0) {
            return true;
        }
        // more than 60 digits (2^200 > 10^60), of which at most 30 can follow the point
        if (number.unscaledValue().bitLength() > 200) {
            return false;
        }
        return (long) number.precision() - number.scale() <= MAX_INTEGER_DIGITS;
    }

    /** The same limits for digits that {@code isInteger} or {@code isDecimal} accepted, counted. */
    private static boolean fits(String digits) {
        int i = digits.startsWith("+") || digits.startsWith("-") ? 1 : 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0' && digits.charAt(i + 1) != '.') {
            i++;
        }
        int point = digits.indexOf('.', i);
        int before = (point < 0 ? digits.length() : point) - i - (digits.charAt(i) == '0' ? 1 : 0);
        int after = point < 0 ? 0 : digits.length() - point - 1;
        return before <= MAX_INTEGER_DIGITS && after <= MAX_FRACTION_DIGITS;
    }

    public static Integer jsonInteger(Object raw) {
        if (raw instanceof Integer i) {
            return i;
        }
        if (raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            long value = ((Number) raw).longValue();
            return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (int) value : null;
        }
        BigDecimal number = jsonDecimal(raw);
        return number == null ? null : integer(number);
    }

    /** A whole number within 32 bits, or null; {@code number} is within the digit limits. */
    private static Integer integer(BigDecimal number) {
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            // a fraction, or more than 32 bits
            return null;
        }
    }

    /** Appends to a list that is created on the first violation only. */
    public static <T> List<T> add(List<T> out, T item) {
        List<T> list = out == null ? new ArrayList<>() : out;
        list.add(item);
        return list;
    }

    /**
     * Whether the text has more than {@code max} code points. A text has at most as many code
     * points as UTF-16 units and at least half as many, so they are counted only when its
     * length cannot decide.
     */
    public static boolean longerThan(String text, int max) {
        int length = text.length();
        return length > max && (length > 2L * max || text.codePointCount(0, length) > max);
    }

    /**
     * Whether the text has fewer than {@code min} code points; counted only when its length
     * cannot decide.
     */
    public static boolean shorterThan(String text, int min) {
        int length = text.length();
        return length < min || (length < 2L * min && text.codePointCount(0, length) < min);
    }

    public static String[] concat(String[]... parts) {
        int size = 0;
        for (String[] part : parts) {
            size += part.length;
        }
        String[] all = new String[size];
        int at = 0;
        for (String[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Question id to its position, for ids in definition order. */
    public static Map<String, Integer> indexes(List<String> ids) {
        Map<String, Integer> indexes = new HashMap<>(ids.size() * 4 / 3 + 1);
        for (int i = 0; i < ids.size(); i++) {
            indexes.put(ids.get(i), i);
        }
        return indexes;
    }

    // ------------------------------------------------------------------------------------------
    // A response's answers, by question position: equality, hash and text.

    /** Equal answers: decimals numerically (2.5 equals 2.50), the rest by {@code equals}. */
    public static boolean sameAnswers(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            boolean same = a[i] instanceof BigDecimal x && b[i] instanceof BigDecimal y ? x.compareTo(y) == 0
                    : Objects.equals(a[i], b[i]);
            if (!same) {
                return false;
            }
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
                out.append(separator).append(ids.get(i)).append('=');
                out.append(Arrays.binarySearch(personal, i) >= 0 ? "***" : values[i]);
                separator = ", ";
            }
        }
        return out.append('}').toString();
    }

    // ------------------------------------------------------------------------------------------
    // Judging one answer: the first violation in the reference order (R6), or null.

    /** What is wrong with one answer, in the reference order; the generated code maps it to its violation. */
    public enum Outcome {
        NOT_APPLICABLE, TYPE, CHOICE, REQUIRED, EXCLUSIVE, SELECTION_COUNT, RANGE, LENGTH, PATTERN
    }

    /**
     * The outcome that does not depend on the answer's value: not applicable (a disabled question
     * with an answer, or one that could not be read), a rejected answer ({@code rejected} is why
     * the binder could not read it: {@link Outcome#TYPE} or {@link Outcome#CHOICE}), or a missing
     * required answer; null otherwise.
     */
    public static Outcome checkAnswer(boolean enabled, Object value, Outcome rejected, boolean required) {
        if (!enabled) {
            return value != null || rejected != null ? Outcome.NOT_APPLICABLE : null;
        }
        if (rejected != null) {
            return rejected;
        }
        return value == null && required ? Outcome.REQUIRED : null;
    }

    private static boolean judged(boolean enabled, Object value, Outcome rejected) {
        return !enabled || rejected != null || value == null;
    }

    /** A text: length in code points ({@code min}/{@code max} -1 when absent), then the pattern. */
    public static Outcome checkText(boolean enabled, String value, Outcome rejected, boolean required, int min, int max,
            boolean patternFails) {
        if (judged(enabled, value, rejected)) {
            return checkAnswer(enabled, value, rejected, required);
        }
        if ((min >= 0 && shorterThan(value, min)) || (max >= 0 && longerThan(value, max))) {
            return Outcome.LENGTH;
        }
        return patternFails ? Outcome.PATTERN : null;
    }

    /** A whole number in {@code [min, max]} (Long.MIN_VALUE / Long.MAX_VALUE when absent). */
    public static Outcome checkInteger(boolean enabled, Integer value, Outcome rejected, boolean required, long min, long max) {
        if (judged(enabled, value, rejected)) {
            return checkAnswer(enabled, value, rejected, required);
        }
        return value < min || value > max ? Outcome.RANGE : null;
    }

    // ---- decimal: copied only for a survey with a decimal question ----
    /** A decimal in {@code [min, max]}, compared numerically (null bounds when absent). */
    public static Outcome checkDecimal(boolean enabled, BigDecimal value, Outcome rejected, boolean required, BigDecimal min,
            BigDecimal max) {
        if (judged(enabled, value, rejected)) {
            return checkAnswer(enabled, value, rejected, required);
        }
        return (min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0) ? Outcome.RANGE : null;
    }

    // ---- end decimal ----
    // ---- date: copied only for a survey with a date question ----
    /** A date within {@code [min, max]} as epoch days (Long.MIN_VALUE / Long.MAX_VALUE when absent). */
    public static Outcome checkDate(boolean enabled, LocalDate value, Outcome rejected, boolean required, long min, long max) {
        if (judged(enabled, value, rejected)) {
            return checkAnswer(enabled, value, rejected, required);
        }
        long day = value.toEpochDay();
        return day < min || day > max ? Outcome.RANGE : null;
    }

    // ---- end date ----
    /**
     * A selection: an exclusive choice with others first ({@code exclusive}: the selection holds
     * one), then the number selected within {@code [min, max]} (-1 when absent).
     */
    public static Outcome checkChoices(boolean enabled, Set<?> value, Outcome rejected, boolean required, boolean exclusive,
            int min, int max) {
        if (judged(enabled, value, rejected)) {
            return checkAnswer(enabled, value, rejected, required);
        }
        if (exclusive && value.size() > 1) {
            return Outcome.EXCLUSIVE;
        }
        return (min >= 0 && value.size() < min) || (max >= 0 && value.size() > max) ? Outcome.SELECTION_COUNT : null;
    }

    // ------------------------------------------------------------------------------------------
    // Reading one answer per call, from a form or from JSON.

    /**
     * Where a reader puts the answers it cannot read: the question id, why ({@link Outcome#TYPE}
     * or {@link Outcome#CHOICE}) and the value as received.
     */
    public interface Rejections {
        void reject(String question, Outcome reason, Object value);
    }

    /**
     * Reads the answers of one form submission ({@code Map<String, List<String>>} or a servlet's
     * {@code Map<String, String[]>}, rule R11) or one JSON object (read strictly by JSON type,
     * as {@code surveygen check} reads it), one question per call: the typed answer, or null when
     * unanswered or unreadable; what cannot be read goes to the {@link Rejections}.
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

        /** A JSON value that is neither null nor a blank string, else null. */
        private Object json(String question) {
            Object raw = values.get(question);
            return raw == null || (raw instanceof String blank && isBlank(blank)) ? null : raw;
        }

        private <T> T reject(String question, Outcome reason, Object raw) {
            rejections.reject(question, reason, raw);
            return null;
        }

        /**
         * The one non-blank form value, trimmed; null when there is none. Several values are a
         * "type" rejection (only a note or a text can be sent so, by mistake).
         */
        private String one(String question) {
            Object raw = formValue(values, question);
            if (raw instanceof String one) {
                return one;
            }
            return raw == null ? null : reject(question, Outcome.TYPE, raw);
        }

        private <T> T readOrReject(String question, String one, T value, Outcome reason) {
            return value != null || one == null ? value : reject(question, reason, one);
        }

        /** A note has no answer: anything sent for it is a "type" rejection. */
        public void note(String question) {
            Object raw = form ? formValue(values, question) : json(question);
            if (raw != null) {
                reject(question, Outcome.TYPE, raw);
            }
        }

        public String text(String question) {
            if (form) {
                return one(question);
            }
            Object raw = json(question);
            return raw == null || raw instanceof String ? (String) raw : reject(question, Outcome.TYPE, raw);
        }

        public Boolean yesNo(String question) {
            if (form) {
                String one = one(question);
                return readOrReject(question, one, one == null ? null : formYesNo(one), Outcome.TYPE);
            }
            Object raw = json(question);
            return raw == null || raw instanceof Boolean ? (Boolean) raw : reject(question, Outcome.TYPE, raw);
        }

        public Integer integer(String question) {
            if (form) {
                String one = one(question);
                return readOrReject(question, one, one == null ? null : formInteger(one, nfkc), Outcome.TYPE);
            }
            Object raw = json(question);
            if (raw == null) {
                return null;
            }
            Integer value = jsonInteger(raw);
            return value != null ? value : reject(question, Outcome.TYPE, raw);
        }

        // ---- decimal: copied only for a survey with a decimal question ----
        public BigDecimal decimal(String question) {
            if (form) {
                String one = one(question);
                return readOrReject(question, one, one == null ? null : formDecimal(one, nfkc), Outcome.TYPE);
            }
            Object raw = json(question);
            if (raw == null) {
                return null;
            }
            BigDecimal value = jsonDecimal(raw);
            return value != null ? value : reject(question, Outcome.TYPE, raw);
        }

        // ---- end decimal ----
        // ---- date: copied only for a survey with a date question ----
        public LocalDate date(String question) {
            if (form) {
                String one = one(question);
                return readOrReject(question, one, one == null ? null : formDate(one, nfkc), Outcome.TYPE);
            }
            Object raw = json(question);
            if (raw == null) {
                return null;
            }
            LocalDate value = raw instanceof String text ? isoDate(trim(text)) : null;
            return value != null ? value : reject(question, Outcome.TYPE, raw);
        }

        // ---- end date ----
        /** One choice by its code ({@code byCode} returns null for an unknown code: a "choice" rejection). */
        public <E extends Enum<E>> E choice(String question, Function<String, E> byCode) {
            if (form) {
                String one = one(question);
                return readOrReject(question, one, one == null ? null : byCode.apply(one), Outcome.CHOICE);
            }
            Object raw = json(question);
            if (raw == null) {
                return null;
            }
            if (!(raw instanceof String text)) {
                return reject(question, Outcome.TYPE, raw);
            }
            E value = byCode.apply(text);
            return value != null ? value : reject(question, Outcome.CHOICE, raw);
        }

        /** Several choices by their codes, in definition order; null when none is selected. */
        public <E extends Enum<E>> Set<E> choices(String question, Class<E> type, Function<String, E> byCode) {
            return form ? formChoices(question, type, byCode) : jsonChoices(question, type, byCode);
        }

        private <E extends Enum<E>> Set<E> formChoices(String question, Class<E> type, Function<String, E> byCode) {
            List<String> raw = formValues(values, question);
            if (raw.isEmpty()) {
                return null;
            }
            Set<E> set = EnumSet.noneOf(type);
            boolean known = true;
            for (String code : raw) {
                E choice = byCode.apply(code);
                known &= choice != null;
                if (choice != null) {
                    set.add(choice);
                }
            }
            return known ? set : reject(question, Outcome.CHOICE, raw);
        }

        private <E extends Enum<E>> Set<E> jsonChoices(String question, Class<E> type, Function<String, E> byCode) {
            Object raw = json(question);
            if (raw == null) {
                return null;
            }
            if (!(raw instanceof Collection<?> items)) {
                return reject(question, Outcome.TYPE, raw);
            }
            Set<E> set = EnumSet.noneOf(type);
            Outcome problem = null;
            for (Object item : items) {
                if (!(item instanceof String code)) {
                    problem = Outcome.TYPE;
                    break;
                }
                if (isBlank(code)) {
                    continue;
                }
                E choice = byCode.apply(code);
                if (choice == null) {
                    problem = Outcome.CHOICE;
                } else {
                    set.add(choice);
                }
            }
            if (problem != null) {
                return reject(question, problem, raw);
            }
            return set.isEmpty() ? null : set;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Texts in the survey's locales.

    /**
     * The index of the declared locale (BCP 47 tags, the survey's default first) for {@code locale}:
     * the tag equal to its language tag, else the first with its language, else 0 (the default).
     */
    public static int localeIndex(String[] tags, java.util.Locale locale) {
        String tag = locale.toLanguageTag();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].equalsIgnoreCase(tag)) {
                return i;
            }
        }
        String language = locale.getLanguage();
        for (int i = 0; i < tags.length; i++) {
            if (java.util.Locale.forLanguageTag(tags[i]).getLanguage().equals(language)) {
                return i;
            }
        }
        return 0;
    }

    // ------------------------------------------------------------------------------------------
    // Writing JSON: one call per question, unanswered questions left out.

    /** Puts an answer as JSON: text, yes/no and numbers as they are. */
    public static void put(Map<String, Object> out, String question, Object value) {
        if (value != null) {
            out.put(question, value);
        }
    }

    // ---- date: copied only for a survey with a date question ----
    /** Puts a date as JSON: {@code yyyy-MM-dd}. */
    public static void putDate(Map<String, Object> out, String question, LocalDate value) {
        if (value != null) {
            out.put(question, value.toString());
        }
    }
    // ---- end date ----

    /** Puts a choice as its code. */
    public static <E extends Enum<E>> void putChoice(Map<String, Object> out, String question, E value,
            Function<E, String> code) {
        if (value != null) {
            out.put(question, code.apply(value));
        }
    }

    /** Puts a selection as the list of its codes, in definition order. */
    public static <E extends Enum<E>> void putChoices(Map<String, Object> out, String question, Set<E> value,
            Function<E, String> code) {
        if (value != null) {
            List<String> codes = new ArrayList<>(value.size());
            for (E choice : value) {
                codes.add(code.apply(choice));
            }
            out.put(question, codes);
        }
    }
}
