package org.clusterworks.analytics.selection;

/** Min-max scaling (x - min) / (max - min) for benefits and (max - x) / (max - min) for costs, in [0, 1]; a constant criterion scales to 0. */
public final class MinMaxScaling implements CriterionScaling {

    @Override
    public double[] scale(double[] raw, Direction direction) {
        CriterionScaling.check(raw);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : raw) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (range > 0) {
                out[i] = direction == Direction.BENEFIT ? (raw[i] - min) / range : (max - raw[i]) / range;
            }
        }
        return out;
    }
}
