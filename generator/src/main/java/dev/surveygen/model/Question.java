package dev.surveygen.model;

import dev.surveygen.condition.Condition;
import dev.surveygen.diagnostics.SourcePosition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question (or display-only note). {@code condition} is the question's own enablement
 * condition; for an "other" text ({@code otherFor}) it is the derived condition that the other
 * choice of that question is selected. What the answer is, with the constraints that apply to it,
 * is {@link #answer()}: the question's type, choices and unit are its answer's. {@code javaName}
 * is the name of its generated accessor when the definition gives one.
 */
public record Question(
        String id,
        String sectionId,
        Text label,
        Optional<Text> hint,
        Optional<Text> help,
        List<Reference> references,
        boolean required,
        Optional<Condition> condition,
        Optional<String> otherFor,
        boolean personalData,
        AnswerSpec answer,
        SourcePosition position,
        Optional<JavaName> javaName) {

    public Question {
        references = List.copyOf(references);
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(javaName, "javaName");
    }

    /** A question without a java-name. */
    public Question(String id, String sectionId, Text label, Optional<Text> hint, Optional<Text> help,
            List<Reference> references, boolean required, Optional<Condition> condition, Optional<String> otherFor,
            boolean personalData, AnswerSpec answer, SourcePosition position) {
        this(id, sectionId, label, hint, help, references, required, condition, otherFor, personalData, answer, position,
                Optional.empty());
    }

    /** The type keyword's enum: the wire-level name of the answer's family member. */
    public QuestionType type() {
        return answer.type();
    }

    /** The choices of a choice question. */
    public Optional<ChoiceList> choices() {
        return answer.choiceList();
    }

    /** The unit of a number question. */
    public Optional<Text> unit() {
        return answer.unit();
    }

    /** This question with another condition (the derived condition of an "other" text). */
    public Question withCondition(Optional<Condition> newCondition) {
        return new Question(id, sectionId, label, hint, help, references, required, newCondition, otherFor,
                personalData, answer, position, javaName);
    }
}
