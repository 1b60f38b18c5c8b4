package org.clusterworks.analytics.complexity;

import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Binary presence M_cp = 1 if index_cp >= threshold (or > threshold), as in Hidalgo and Hausmann (2009, PNAS 106:10570);
 * {@code NaN} cells are absent.
 */
public final class PresenceRule {

    private final double threshold;
    private final boolean inclusive;

    private PresenceRule(double threshold, boolean inclusive) {
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be finite: " + threshold);
        }
        this.threshold = threshold;
        this.inclusive = inclusive;
    }

    /** Present when the index is at least the threshold (the convention of economiccomplexity and py-ecomplexity). */
    public static PresenceRule atLeast(double threshold) {
        return new PresenceRule(threshold, true);
    }

    /** Present when the index is strictly above the threshold. */
    public static PresenceRule above(double threshold) {
        return new PresenceRule(threshold, false);
    }

    public double threshold() {
        return threshold;
    }

    public boolean inclusive() {
        return inclusive;
    }

    public boolean isPresent(double index) {
        return inclusive ? index >= threshold : index > threshold;
    }

    /** Applies the rule to every cell of an index matrix (usually RCA). */
    public PresenceMatrix apply(LabelledMatrix index) {
        int rows = index.rows();
        int cols = index.columns();
        double[] v = index.values();
        boolean[] present = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            present[i] = isPresent(v[i]);
        }
        return PresenceMatrix.of(index.rowCodes(), index.columnCodes(), present);
    }

    @Override
    public String toString() {
        return (inclusive ? ">= " : "> ") + threshold;
    }
}
