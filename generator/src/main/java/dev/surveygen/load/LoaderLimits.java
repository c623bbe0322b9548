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

    /** 512 Ki characters is over ten times the MHLW survey; raise it for machine-made surveys. */
    public static final LoaderLimits DEFAULT = new LoaderLimits(512 * 1024, 20, 100);

    public LoaderLimits {
        if (maxCodePoints < 1 || maxNestingDepth < 1 || maxScalarAliases < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public LoaderLimits withMaxCodePoints(int value) {
        return new LoaderLimits(value, maxNestingDepth, maxScalarAliases);
    }
}
