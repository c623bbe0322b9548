package dev.surveygen.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an answer must satisfy beyond its type. Only the constraints that apply to the
 * question's type are ever present (the checker rejects the others).
 */
public record Constraints(
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        Optional<LocalDate> minDate,
        Optional<LocalDate> maxDate,
        Optional<Integer> minLength,
        Optional<Integer> maxLength,
        Optional<String> pattern,
        Optional<Text> patternMessage,
        Optional<Integer> minSelections,
        Optional<Integer> maxSelections) {

    public static final Constraints NONE = new Constraints(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
