package org.clusterworks.analytics.selection;

/** Standard score z = (x - mean) / sd with the sample sd (n - 1), negated for costs; a constant criterion scales to 0. */
public final class ZScoreScaling implements CriterionScaling {

    @Override
    public double[] scale(double[] raw, Direction direction) {
        CriterionScaling.check(raw);
        int n = raw.length;
        double mean = 0;
        for (double v : raw) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : raw) {
            ss += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        double sign = direction == Direction.BENEFIT ? 1 : -1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = sd > 0 ? sign * (raw[i] - mean) / sd : 0;
        }
        return out;
    }
}
