package dev.surveygen.model;

import dev.surveygen.diagnostics.SourcePosition;
import java.util.List;
import java.util.Optional;

/** The choices of a question: a shared list (with a name) or an inline one (without). */
public record ChoiceList(Optional<String> name, List<Choice> choices, SourcePosition position) {

    public ChoiceList {
        choices = List.copyOf(choices);
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
