package dev.surveygen.model;

import dev.surveygen.diagnostics.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * The choices of a question: a shared list (with a name) or an inline one (without).
 * {@code javaName} is the name of its enum type when the definition gives one.
 */
public record ChoiceList(Optional<String> name, List<Choice> choices, SourcePosition position,
        Optional<JavaName> javaName) {

    public ChoiceList {
        choices = List.copyOf(choices);
    }

    public ChoiceList(Optional<String> name, List<Choice> choices, SourcePosition position) {
        this(name, choices, position, Optional.empty());
    }

    public Optional<Choice> choice(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<String> codes() {
        return choices.stream().map(Choice::code).toList();
    }

    public Optional<Choice> otherChoice() {
        return choices.stream().filter(Choice::other).findFirst();
    }
}
