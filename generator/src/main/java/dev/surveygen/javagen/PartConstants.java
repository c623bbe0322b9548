package dev.surveygen.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Static constants of one part (decimals, dates), named in order of first use so output is stable. */
final class PartConstants {

    private final Map<BigDecimal, String> decimals = new LinkedHashMap<>();
    private final Map<LocalDate, String> dates = new LinkedHashMap<>();
    private final List<FieldSpec> fields = new ArrayList<>();

    String decimal(BigDecimal value) {
        return decimals.computeIfAbsent(value, v -> {
            String name = "DECIMAL_" + decimals.size();
            fields.add(FieldSpec.builder(BigDecimal.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($S)", BigDecimal.class, v.toPlainString()).build());
            return name;
        });
    }

    String date(LocalDate value) {
        return dates.computeIfAbsent(value, v -> {
            String name = "DATE_" + dates.size();
            fields.add(FieldSpec.builder(ClassName.get(LocalDate.class), name, Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL).initializer("$T.of($L, $L, $L)", LocalDate.class, v.getYear(), v.getMonthValue(),
                    v.getDayOfMonth()).build());
            return name;
        });
    }

    List<FieldSpec> fields() {
        return List.copyOf(fields);
    }
}
