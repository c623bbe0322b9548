package dev.surveygen.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of question, with the keyword an author writes after {@code type:} (the wire-level
 * name of a type, also in the JSON formats) and the definition keys that apply to it beyond those
 * of every question. What a type means is its {@link AnswerSpec}; code dispatches on the spec,
 * never on this enum.
 */
public enum QuestionType {
    YES_NO("yes-no", Set.of("required", "personal-data")),
    TEXT("text", Set.of("required", "personal-data", "other-for", "min-length", "max-length", "pattern",
            "pattern-message")),
    LONG_TEXT("long-text", TEXT.keys),
    SINGLE_CHOICE("single-choice", Set.of("required", "personal-data", "choices")),
    MULTIPLE_CHOICE("multiple-choice", Set.of("required", "personal-data", "choices", "min-selections",
            "max-selections")),
    INTEGER("integer", Set.of("required", "personal-data", "min", "max", "unit")),
    DECIMAL("decimal", INTEGER.keys),
    DATE("date", Set.of("required", "personal-data", "min", "max")),
    /** Display-only text; takes no answer. */
    NOTE("note", Set.of());

    /** The keys that apply only to some types, in the order the definition format lists them. */
    public static final List<String> TYPE_KEYS = List.of("required", "personal-data", "other-for", "choices", "min",
            "max", "unit", "min-length", "max-length", "pattern", "pattern-message", "min-selections", "max-selections");

    private final String keyword;
    private final Set<String> keys;

    QuestionType(String keyword, Set<String> keys) {
        this.keyword = keyword;
        this.keys = keys;
    }

    /** Whether the definition key {@code key} (one of {@link #TYPE_KEYS}) applies to this type. */
    public boolean takes(String key) {
        return keys.contains(key);
    }

    /**
     * The types that take {@code key}, as an author reads it: "text and long-text questions", or
     * "questions that take an answer (not notes)" for the keys of every answerable type.
     */
    public static String takers(String key) {
        Set<String> takers = new LinkedHashSet<>();
        for (QuestionType type : values()) {
            if (type.takes(key)) {
                takers.add(type.keyword);
            }
        }
        if (takers.size() == values().length - 1 && !NOTE.takes(key)) {
            return "questions that take an answer (not notes)";
        }
        List<String> names = List.copyOf(takers);
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return joined + " questions";
    }

    public String keyword() {
        return keyword;
    }

    public static Optional<QuestionType> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(t -> t.keyword.equals(keyword)).findFirst();
    }

    public static List<String> keywords() {
        return Arrays.stream(values()).map(QuestionType::keyword).toList();
    }

    /** For the Java generator only (it dispatches on types until it is rewritten on the specs). */
    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** For the Java generator only (see {@link #hasChoices}). */
    public boolean isTextual() {
        return this == TEXT || this == LONG_TEXT;
    }
}
