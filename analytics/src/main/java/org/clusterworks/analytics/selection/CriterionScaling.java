package org.clusterworks.analytics.selection;

/** Puts one criterion's raw values on a common scale on which higher is always better. */
public interface CriterionScaling {

    /**
     * Returns the scaled values, oriented so that higher is better for both directions.
     *
     * @throws IllegalArgumentException if a value is not finite or there are no values
     */
    double[] scale(double[] raw, Direction direction);

    static void check(double[] raw) {
        if (raw.length == 0) {
            throw new IllegalArgumentException("no candidates");
        }
        for (double v : raw) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("criterion values must be finite, got " + v);
            }
        }
    }
}
