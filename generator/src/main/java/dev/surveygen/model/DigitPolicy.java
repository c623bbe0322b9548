package dev.surveygen.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a number typed as text may contain besides ASCII digits. Japanese input methods type
 * full-width digits ({@code １３}); {@link #NFKC} turns them into {@code 13}, {@link #REJECT}
 * reports them as a {@code type} violation. Other scripts' digits and enclosed forms ({@code ①})
 * are rejected under both.
 */
public enum DigitPolicy {
    NFKC("nfkc"),
    REJECT("reject");

    private final String keyword;

    DigitPolicy(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static Optional<DigitPolicy> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(p -> p.keyword.equals(keyword)).findFirst();
    }

    public static List<String> keywords() {
        return Arrays.stream(values()).map(DigitPolicy::keyword).toList();
    }
}
