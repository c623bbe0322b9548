package dev.surveygen.semantics;

import dev.surveygen.runtime.Support;
import dev.surveygen.model.AnswerSpec;
import dev.surveygen.model.DigitPolicy;
import dev.surveygen.model.Question;
import dev.surveygen.model.Survey;
import dev.surveygen.numbers.NumberLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference reading of an HTML form submission (every value a string, as a servlet gives
 * them) into the JSON shape that {@link ReferenceInterpreter#check} judges. A value that cannot
 * be read stays a string (or a list), which the interpreter then reports as {@code type}:
 *
 * <ul>
 *   <li>Every value is trimmed with {@link SurveyText#trim}; blank values are unanswered.
 *   <li>yes-no: {@code yes} or {@code no}.
 *   <li>integer, decimal and date: under {@link DigitPolicy#NFKC} full-width digits, signs, the
 *       full-width full stop and hyphen ({@code ０-９ ＋ － ．}) are normalised with NFKC first;
 *       any other character (other scripts' digits, {@code ①}, separators) leaves the value
 *       unreadable. Under {@link DigitPolicy#REJECT} only ASCII is read. Integers are
 *       {@code [+-]?[0-9]+} and must fit in 32 bits; decimals {@code [+-]?[0-9]+(.[0-9]+)?} within
 *       {@link NumberLimits}.
 *   <li>multiple-choice: every non-blank value is a code; other types take one value, and
 *       several values for one of them are unreadable.
 * </ul>
 *
 * Names that start with {@value #HOST_FIELD_PREFIX} are the host application's own fields (a CSRF
 * token such as {@code _csrf}), never answers: they are left out. No question id can start with it
 * (ids start with an ASCII letter). Every other name that is no question's id is passed through
 * (and reported as {@code unknown-question}).
 */
public final class FormValues {

    /**
     * The prefix of the host application's form fields. The browser script and the generated form
     * binders leave such fields out exactly as {@link #toResponse} does.
     */
    public static final String HOST_FIELD_PREFIX = "_";

    /*
     * The reading's constants, stated once: the form script receives each as data (rules JSON
     * "reading"), so the syntaxes are written in the part of regular expressions that Java and
     * JavaScript read alike.
     */
    /** The syntax of an integer answer. */
    public static final String INTEGER_SYNTAX = "[+-]?[0-9]+";
    /** The syntax of a decimal answer. */
    public static final String DECIMAL_SYNTAX = "[+-]?[0-9]+(\\.[0-9]+)?";
    /** The characters of a number as read: ASCII digits, signs and the point. */
    public static final String NUMBER_CHARACTERS = "0123456789+-.";
    /** The full-width characters that NFKC turns into {@link #NUMBER_CHARACTERS} (０-９ ＋ － ．), read under {@link DigitPolicy#NFKC}. */
    public static final String FULL_WIDTH_NUMBER_CHARACTERS =
            "\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF0B\uFF0D\uFF0E";
    /** The smallest and largest integer answers: 32 bits. */
    public static final int INTEGER_MIN = Integer.MIN_VALUE;
    public static final int INTEGER_MAX = Integer.MAX_VALUE;

    private FormValues() {}

    public static Map<String, Object> toResponse(Survey survey, Map<String, List<String>> form) {
        Map<String, Object> response = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : form.entrySet()) {
            if (isHostField(entry.getKey())) {
                continue;
            }
            Question question = survey.question(entry.getKey()).orElse(null);
            List<String> values = new ArrayList<>();
            for (String value : entry.getValue()) {
                if (value != null && !SurveyText.isBlank(value)) {
                    values.add(SurveyText.trim(value));
                }
            }
            if (question == null) {
                response.put(entry.getKey(), values.isEmpty() ? null : values.size() == 1 ? values.get(0) : values);
                continue;
            }
            if (question.answer().takesSeveralValues()) {
                response.put(entry.getKey(), values.isEmpty() ? null : values);
            } else if (values.isEmpty()) {
                response.put(entry.getKey(), null);
            } else if (values.size() > 1) {
                response.put(entry.getKey(), values);
            } else {
                response.put(entry.getKey(), read(question, values.get(0), survey.digitPolicy()));
            }
        }
        return response;
    }

    /** Whether a form field name is the host's own ({@code _csrf}) rather than an answer. */
    public static boolean isHostField(String name) {
        return name != null && name.startsWith(HOST_FIELD_PREFIX);
    }

    /** One trimmed, non-blank form value read as its JSON-shaped answer, or left as the string. */
    public static Object read(Question question, String value, DigitPolicy policy) {
        return question.answer().accept(new AnswerSpec.Visitor<Object>() {
            @Override
            public Object visitNote(AnswerSpec.NoteSpec note) {
                return value;
            }

            @Override
            public Object visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                return value.equals("yes") ? Boolean.TRUE : value.equals("no") ? (Object) Boolean.FALSE : value;
            }

            @Override
            public Object visitText(AnswerSpec.TextSpec text) {
                return value;
            }

            @Override
            public Object visitChoice(AnswerSpec.ChoiceSpec choice) {
                return value;
            }

            @Override
            public Object visitNumber(AnswerSpec.NumberSpec number) {
                // The runtime's reading (digits counted before parsing: BigDecimal's is quadratic in them).
                boolean nfkc = policy == DigitPolicy.NFKC;
                if (number.integer()) {
                    Integer n = Support.formInteger(value, nfkc);
                    return n == null ? value : BigDecimal.valueOf(n);
                }
                BigDecimal n = Support.formDecimal(value, nfkc);
                return n == null ? value : n;
            }

            @Override
            public Object visitDate(AnswerSpec.DateSpec date) {
                return normalise(value, policy);
            }
        });
    }

    /** NFKC for full-width digits and signs only; anything else is left for the caller to reject. */
    static String normalise(String value, DigitPolicy policy) {
        return Support.normalise(value, policy == DigitPolicy.NFKC);
    }
}
