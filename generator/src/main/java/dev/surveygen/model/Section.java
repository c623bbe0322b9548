package dev.surveygen.model;

import dev.surveygen.condition.Condition;
import dev.surveygen.diagnostics.SourcePosition;
import java.util.List;
import java.util.Optional;

/** An ordered group of questions with a title; its condition applies to all its questions. */
public record Section(
        String id,
        Text title,
        Optional<Text> description,
        Optional<Condition> condition,
        List<Question> questions,
        SourcePosition position) {

    public Section {
        questions = List.copyOf(questions);
    }
}
