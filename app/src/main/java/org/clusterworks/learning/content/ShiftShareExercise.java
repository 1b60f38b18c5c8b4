package org.clusterworks.learning.content;

import java.util.List;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.specialisation.ShiftShare;

/**
 * The shift-share exercise: a region x industry table for a base and a final year, and a cell whose competitive
 * (regional) effect the learner computes. The server checks the answer with the analytics engine's
 * {@link ShiftShare} decomposition (Dunn 1960: {@code CE = x_ri0 (g_ri - g_i)}).
 */
public record ShiftShareExercise(
        String id,
        Text title,
        Text unit,
        String baseYear,
        String finalYear,
        List<String> regions,
        List<Text> industries,
        double[][] base,
        double[][] last,
        int askRegion,
        int askIndustry,
        double tolerance)
        implements Exercise {

    @Override
    public String type() {
        return "shift-share";
    }

    /** The decomposition of every cell, by the analytics engine. */
    public ShiftShare.Result decomposition() {
        return ShiftShare.decompose(matrix(base), matrix(last));
    }

    private LabelledMatrix matrix(double[][] values) {
        String[] rows = regions.toArray(String[]::new);
        String[] cols = new String[industries.size()];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = "i" + c;
        }
        double[] flat = new double[rows.length * cols.length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(values[r], 0, flat, r * cols.length, cols.length);
        }
        return new LabelledMatrix(rows, cols, flat);
    }

    /** The competitive effect of the asked cell. */
    public double answer() {
        return decomposition().competitive().get(askRegion, askIndustry);
    }

    public boolean accepts(double given) {
        return Math.abs(given - answer()) <= tolerance + 1e-9;
    }

    /** Total of a row of a table. */
    public static double rowTotal(double[][] values, int r) {
        double sum = 0;
        for (double v : values[r]) {
            sum += v;
        }
        return sum;
    }

    /** Total of a column of a table. */
    public static double columnTotal(double[][] values, int c) {
        double sum = 0;
        for (double[] row : values) {
            sum += row[c];
        }
        return sum;
    }
}
