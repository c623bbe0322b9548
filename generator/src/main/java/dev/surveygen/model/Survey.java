package dev.surveygen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A checked survey definition. {@code choiceLists} keeps definition order. */
public record Survey(
        String sourceFile,
        String id,
        Text title,
        Optional<String> version,
        String defaultLocale,
        List<String> locales,
        Optional<Text> description,
        DigitPolicy digitPolicy,
        Map<String, ChoiceList> choiceLists,
        List<Section> sections) {

    public Survey {
        locales = List.copyOf(locales);
        choiceLists = Collections.unmodifiableMap(new LinkedHashMap<>(choiceLists));
        sections = List.copyOf(sections);
    }

    /** Every question and note in definition order. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Section section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
