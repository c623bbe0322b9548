package dev.surveygen.diagnostics;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions: the closest candidate by edit distance, if it is close enough. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate nearest to {@code word}, ignoring case, when it is within a third of the
     * word's length (at least 1, at most 3 edits; so a word of one or two characters is only
     * matched at distance 1); ties go to the earlier candidate, so the answer does not depend on
     * hash order. The word itself (exactly as written) and the {@code excluded} candidates (the
     * question that is being written, say) are never suggested.
     */
    public static Optional<String> closest(String word, Collection<String> candidates, String... excluded) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = lower.length() <= 2 ? 1 : Math.max(1, Math.min(3, lower.length() / 3));
        List<String> skip = List.of(excluded);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(word) || skip.contains(candidate)) {
                continue;
            }
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean 'x'?)"} or the empty string; see {@link #closest}. */
    public static String didYouMean(String word, Collection<String> candidates, String... excluded) {
        return closest(word, candidates, excluded).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
