package org.clusterworks.analytics.core;

import java.util.Arrays;
import java.util.Objects;

/**
 * A dense region x industry (rows x columns) matrix of doubles, row-major, with the codes of its rows and columns.
 *
 * <p>The common currency between the panel (which slices a year and a measure into one) and the measures that
 * work on a single cross-section (RCA, proximity, complexity). The array is shared, not copied: treat it as
 * read-only.
 */
public record LabelledMatrix(String[] rowCodes, String[] columnCodes, double[] values) {

    public LabelledMatrix {
        Objects.requireNonNull(rowCodes, "rowCodes");
        Objects.requireNonNull(columnCodes, "columnCodes");
        Objects.requireNonNull(values, "values");
        if ((long) rowCodes.length * columnCodes.length != values.length) {
            throw new IllegalArgumentException(
                    "values has " + values.length + " cells, expected " + rowCodes.length + " x " + columnCodes.length);
        }
    }

    public int rows() {
        return rowCodes.length;
    }

    public int columns() {
        return columnCodes.length;
    }

    public double get(int row, int column) {
        return values[row * columnCodes.length + column];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelledMatrix m
                && Arrays.equals(rowCodes, m.rowCodes)
                && Arrays.equals(columnCodes, m.columnCodes)
                && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(rowCodes) + Arrays.hashCode(columnCodes)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "LabelledMatrix[" + rows() + " x " + columns() + "]";
    }
}
