package dev.surveygen.semantics;

import dev.surveygen.model.ViolationCode;
import dev.surveygen.model.AnswerSpec;
import dev.surveygen.model.ChoiceList;
import dev.surveygen.model.Question;
import dev.surveygen.numbers.NumberLimits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a JSON-shaped answer (what {@code check} and the JSON binder receive) strictly by JSON
 * type: a yes/no is a boolean, a number is a number ({@code "8"} is a {@code type} violation, and
 * so is a number with more digits than {@link NumberLimits} allows),
 * choices are code strings (compared exactly), a multiple choice is an array of codes. Missing,
 * {@code null}, a blank string (for any type) and an array with no non-blank entry are unanswered.
 */
final class AnswerReader {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private AnswerReader() {}

    static Answer read(Question question, Object raw) {
        // A blank string is unanswered whatever the type: forms and most JSON producers send "" for empty.
        if (raw == null || (raw instanceof String text && SurveyText.isBlank(text))) {
            return Answer.UNANSWERED;
        }
        return question.answer().accept(new AnswerSpec.Visitor<Answer>() {
            @Override
            public Answer visitNote(AnswerSpec.NoteSpec note) {
                return Answer.Invalid.type(raw);
            }

            @Override
            public Answer visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                return raw instanceof Boolean b ? value(new AnswerValue.YesNo(b)) : Answer.Invalid.type(raw);
            }

            @Override
            public Answer visitText(AnswerSpec.TextSpec text) {
                return raw instanceof String s ? value(new AnswerValue.TextValue(SurveyText.trim(s)))
                        : Answer.Invalid.type(raw);
            }

            @Override
            public Answer visitDate(AnswerSpec.DateSpec date) {
                if (!(raw instanceof String s)) {
                    return Answer.Invalid.type(raw);
                }
                return IsoDate.parse(SurveyText.trim(s)).map(d -> value(new AnswerValue.Date(d)))
                        .orElseGet(() -> Answer.Invalid.type(raw));
            }

            @Override
            public Answer visitChoice(AnswerSpec.ChoiceSpec choice) {
                if (choice.multiple()) {
                    return readSelection(choice.choices(), raw);
                }
                if (!(raw instanceof String s)) {
                    return Answer.Invalid.type(raw);
                }
                return choice.choices().choice(s).isPresent() ? value(new AnswerValue.Code(s))
                        : new Answer.Invalid(ViolationCode.CHOICE, raw);
            }

            @Override
            public Answer visitNumber(AnswerSpec.NumberSpec number) {
                return readNumber(raw, number.integer());
            }
        });
    }

    private static Answer value(AnswerValue value) {
        return new Answer.Value(value);
    }

    private static Answer readSelection(ChoiceList choices, Object raw) {
        if (!(raw instanceof Collection<?> items)) {
            return Answer.Invalid.type(raw);
        }
        Set<String> codes = new LinkedHashSet<>();
        boolean unknown = false;
        for (Object item : items) {
            if (!(item instanceof String code)) {
                return Answer.Invalid.type(raw);
            }
            if (SurveyText.isBlank(code)) {
                continue; // blank entries are ignored, as the form ignores unticked boxes
            }
            codes.add(code);
            unknown |= choices.choice(code).isEmpty();
        }
        if (codes.isEmpty()) {
            return Answer.UNANSWERED;
        }
        return unknown ? new Answer.Invalid(ViolationCode.CHOICE, raw) : value(new AnswerValue.Codes(codes));
    }

    private static Answer readNumber(Object raw, boolean integer) {
        BigDecimal number = toBigDecimal(raw);
        if (number == null || !NumberLimits.fits(number)) {
            return Answer.Invalid.type(raw); // the digit count first: stripTrailingZeros is quadratic in it
        }
        if (integer) {
            if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
                return Answer.Invalid.type(raw);
            }
            if (number.compareTo(INT_MIN) < 0 || number.compareTo(INT_MAX) > 0) {
                return Answer.Invalid.type(raw);
            }
        }
        return value(new AnswerValue.Number(number));
    }

    /** JSON numbers of any Java representation; null for anything else (strings included). */
    static BigDecimal toBigDecimal(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return null;
    }
}
