package dev.surveygen.semantics;

import dev.surveygen.runtime.Support;
import dev.surveygen.model.ViolationCode;
import dev.surveygen.model.AnswerSpec;
import dev.surveygen.model.ChoiceList;
import dev.surveygen.model.Question;
import dev.surveygen.numbers.NumberLimits;
import java.math.BigDecimal;
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

    /**
     * The runtime's reading of a JSON number, which the generated binder runs: any Java
     * representation within the digit limits (counted before any arithmetic: stripping zeros is
     * quadratic in the digits), and for an integer a whole number within 32 bits. The answer keeps
     * the number as written ({@code 5.0}).
     */
    private static Answer readNumber(Object raw, boolean integer) {
        BigDecimal number = Support.jsonDecimal(raw);
        if (number == null || (integer && Support.jsonInteger(raw) == null)) {
            return Answer.Invalid.type(raw);
        }
        return value(new AnswerValue.Number(number));
    }
}
