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

    /** Every question and note in definition order; a new list on each call. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** A search of the whole survey: for one look-up; index the questions once for many. */
    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** A search of the sections: for one look-up; index them once for many. */
    public Section section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
