package org.clusterworks.learning.content;

import java.util.List;

/**
 * The location-quotient exercise: a small region x industry table of employment and a cell whose LQ the learner
 * computes.
 */
public record LqExercise(
        String id,
        Text title,
        Text unit,
        List<String> regions,
        List<Text> industries,
        double[][] values,
        int askRegion,
        int askIndustry,
        double tolerance)
        implements Exercise {

    @Override
    public String type() {
        return "location-quotient";
    }

    public double regionTotal(int r) {
        double sum = 0;
        for (double v : values[r]) {
            sum += v;
        }
        return sum;
    }

    public double industryTotal(int i) {
        double sum = 0;
        for (double[] row : values) {
            sum += row[i];
        }
        return sum;
    }

    public double total() {
        double sum = 0;
        for (int r = 0; r < values.length; r++) {
            sum += regionTotal(r);
        }
        return sum;
    }

    /** LQ = (e_ri / e_r) / (e_i / e) for the asked cell (Florence 1939; see reference/mapping-methods.md). */
    public double answer() {
        return (values[askRegion][askIndustry] / regionTotal(askRegion)) / (industryTotal(askIndustry) / total());
    }

    public boolean accepts(double given) {
        return Math.abs(given - answer()) <= tolerance + 1e-9;
    }
}
