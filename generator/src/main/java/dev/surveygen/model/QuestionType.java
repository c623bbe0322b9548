package dev.surveygen.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of question, with the keyword an author writes after {@code type:}. */
public enum QuestionType {
    YES_NO("yes-no"),
    TEXT("text"),
    LONG_TEXT("long-text"),
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_CHOICE("multiple-choice"),
    INTEGER("integer"),
    DECIMAL("decimal"),
    DATE("date"),
    /** Display-only text; takes no answer. */
    NOTE("note");

    private final String keyword;

    QuestionType(String keyword) {
        this.keyword = keyword;
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

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean isTextual() {
        return this == TEXT || this == LONG_TEXT;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }

    public boolean isAnswerable() {
        return this != NOTE;
    }
}
