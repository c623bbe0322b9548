package dev.surveygen.model;

import dev.surveygen.condition.Condition;
import dev.surveygen.diagnostics.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * One question (or display-only note). {@code condition} is the question's own enablement
 * condition; for an "other" text ({@code otherFor}) it is the derived condition that the other
 * choice of that question is selected.
 */
public record Question(
        String id,
        String sectionId,
        QuestionType type,
        Text label,
        Optional<Text> hint,
        Optional<Text> help,
        List<Reference> references,
        boolean required,
        Optional<Condition> condition,
        Optional<String> otherFor,
        boolean personalData,
        Optional<ChoiceList> choices,
        Constraints constraints,
        Optional<Text> unit,
        SourcePosition position) {

    public Question {
        references = List.copyOf(references);
    }

    /**
     * What the answer is, with the constraints that apply to it ({@link AnswerSpec}), derived from
     * the type, constraints, choices and unit.
     */
    public AnswerSpec answer() {
        return AnswerSpec.of(type, constraints, choices, unit, position);
    }
}
