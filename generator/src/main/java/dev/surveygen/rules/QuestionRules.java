package dev.surveygen.rules;

import dev.surveygen.json.JsonName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of one question: what the form script needs to read its answers and judge them,
 * exactly as the reference interpreter does. {@code T} is how a message is given: a string in the
 * browser's locale ({@link BrowserRules}) or a text per locale ({@link SurveyModel}).
 *
 * @param type the definition's type keyword
 * @param when the section's and the question's condition (two joined with {@code and}); {@code null}
 *     when the question is always asked
 * @param choices the codes of a choice question
 * @param exclusive the codes of the exclusive choices of a multiple-choice question
 * @param min the lower bound of a number (decimal string) or a date (ISO)
 * @param pattern the pattern as written (for reading); {@code patternProgram} is its compiled program,
 *     with which the script matches
 */
public record QuestionRules<T>(
        String id,
        String type,
        boolean required,
        When when,
        Optional<List<String>> choices,
        Optional<List<String>> exclusive,
        Optional<String> min,
        Optional<String> max,
        Optional<Integer> minLength,
        Optional<Integer> maxLength,
        Optional<String> pattern,
        Optional<List<Integer>> patternProgram,
        Optional<Integer> minSelections,
        Optional<Integer> maxSelections,
        Messages<T> messages) {

    /**
     * Every message the question can get, by violation code: those of its answer specification's
     * possible violations ({@code AnswerSpec.answerViolations}), {@code required} unless it is a note,
     * and {@code not-applicable}. {@code exclusive} is a map by choice code.
     */
    public record Messages<T>(
            @JsonName("not-applicable") T notApplicable,
            T type,
            Optional<T> required,
            Optional<T> choice,
            Optional<Map<String, T>> exclusive,
            Optional<T> range,
            Optional<T> length,
            Optional<T> pattern,
            @JsonName("selection-count") Optional<T> selectionCount) {}
}
