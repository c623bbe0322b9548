package dev.surveygen.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decimal constants of one part (bounds and condition literals), so that comparisons allocate
 * nothing: one table, {@code decimals}, indexed in order of first use so output is stable, and
 * filled outside the class initialiser ({@link ArrayTables}) however many a condition holds.
 * Dates need no constant: they compare as epoch days ({@link java.time.LocalDate#toEpochDay()}).
 */
final class PartConstants {

    private final Map<BigDecimal, Integer> decimals = new LinkedHashMap<>();

    /** {@code decimals[i]}, the constant equal to {@code value} (scale included). */
    CodeBlock decimal(BigDecimal value) {
        return CodeBlock.of("decimals[$L]", decimals.computeIfAbsent(value, v -> decimals.size()));
    }

    /** A date as the long its {@code toEpochDay()} returns. */
    static CodeBlock epochDay(java.time.LocalDate date) {
        return CodeBlock.of("$LL", date.toEpochDay());
    }

    /** Adds the table to the part, if any decimal was used. */
    void addTo(TypeSpec.Builder part) {
        if (decimals.isEmpty()) {
            return;
        }
        List<CodeBlock> elements = new ArrayList<>();
        decimals.keySet().forEach(v -> elements.add(CodeBlock.of("new $T($S)", ClassName.get(BigDecimal.class),
                v.toPlainString())));
        part.addField(ArrayTables.add(part, ClassName.get(BigDecimal.class), "decimals", "decimals$", "", elements));
    }
}
