package dev.surveygen.load;

/**
 * Limits that keep a hostile or broken definition from costing more than a fraction of a second.
 *
 * @param maxCodePoints largest file accepted, in Unicode code points
 * @param maxNestingDepth deepest nesting of lists and mappings
 * @param maxScalarAliases how many aliases ({@code *name}) of plain values a file may use;
 *     aliases of lists and mappings are never allowed, which rules out alias bombs and cycles
 */
public record LoaderLimits(int maxCodePoints, int maxNestingDepth, int maxScalarAliases) {

    /**
     * The default size limit, 8 Mi characters: over 200 times the MHLW survey (36 k characters
     * for 27 questions with their guidance), about 6,000 questions written like it, or a
     * 50,000-question survey (the most the generated Java can have) of short questions (the
     * 10,000-question benchmark survey has 611 k). Checking a file at the limit needs about
     * 450 MB of heap (50 bytes per character, measured), so the limit also bounds memory; see
     * docs/performance.md.
     */
    public static final int DEFAULT_MAX_CODE_POINTS = 8 * 1024 * 1024;

    /**
     * The largest size limit that can be set: SnakeYAML counts a little past the limit it is
     * given, and that count must stay within an {@code int}.
     */
    public static final int MAX_CODE_POINTS = Integer.MAX_VALUE - 16;

    /** Raise the size limit for machine-made surveys with {@link #withMaxCodePoints(int)}. */
    public static final LoaderLimits DEFAULT = new LoaderLimits(DEFAULT_MAX_CODE_POINTS, 20, 100);

    public LoaderLimits {
        if (maxCodePoints < 1 || maxCodePoints > MAX_CODE_POINTS) {
            throw new IllegalArgumentException("maxCodePoints must be from 1 to " + MAX_CODE_POINTS + ": " + maxCodePoints);
        }
        if (maxNestingDepth < 1 || maxScalarAliases < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public LoaderLimits withMaxCodePoints(int value) {
        return new LoaderLimits(value, maxNestingDepth, maxScalarAliases);
    }
}
