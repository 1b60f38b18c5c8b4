package org.clusterworks.analytics.panel;

import java.util.Arrays;

/**
 * Builds a {@link Panel} from long-format rows (region, industry, year, one value per measure).
 *
 * <p>Values must be finite and non-negative; {@code NaN} marks a missing value. A region x industry x year that
 * appears twice is an error naming both rows, unless {@link #sumDuplicates(boolean)} is set, in which case the
 * values are added (a missing part makes the sum missing).
 */
public final class PanelBuilder {

    private final String[] measures;
    private final CodeDictionary regions = new CodeDictionary();
    private final CodeDictionary industries = new CodeDictionary();
    private boolean sumDuplicates;
    private int size;
    private int[] region = new int[1024];
    private int[] industry = new int[1024];
    private int[] year = new int[1024];
    private double[][] values;

    PanelBuilder(String... measures) {
        if (measures.length == 0) {
            throw new IllegalArgumentException("a panel needs at least one measure");
        }
        if (Arrays.stream(measures).distinct().count() != measures.length) {
            throw new IllegalArgumentException("measure names repeat: " + Arrays.toString(measures));
        }
        this.measures = measures.clone();
        this.values = new double[measures.length][1024];
    }

    /** When true, rows for the same region x industry x year are summed instead of rejected. */
    public PanelBuilder sumDuplicates(boolean sum) {
        this.sumDuplicates = sum;
        return this;
    }

    /** Adds one row; {@code values} are in the order of the measures given to {@link Panel#builder}. */
    public PanelBuilder add(String regionCode, String industryCode, int yearValue, double... rowValues) {
        long row = size + 1L;
        if (rowValues.length != measures.length) {
            throw new PanelInputException(
                    row, "values", "expected " + measures.length + " values, got " + rowValues.length);
        }
        if (regionCode == null || regionCode.isEmpty()) {
            throw new PanelInputException(row, "region", "empty region code");
        }
        if (industryCode == null || industryCode.isEmpty()) {
            throw new PanelInputException(row, "industry", "empty industry code");
        }
        for (int m = 0; m < rowValues.length; m++) {
            double v = rowValues[m];
            if (Double.isInfinite(v) || v < 0) {
                throw new PanelInputException(row, measures[m], "value " + v + " is negative or not finite");
            }
        }
        if (size == region.length) {
            grow();
        }
        region[size] = regions.intern(regionCode);
        industry[size] = industries.intern(industryCode);
        year[size] = yearValue;
        for (int m = 0; m < rowValues.length; m++) {
            values[m][size] = rowValues[m];
        }
        size++;
        return this;
    }

    /** Number of rows added so far. */
    public int size() {
        return size;
    }

    private void grow() {
        int capacity = region.length + (region.length >> 1);
        region = Arrays.copyOf(region, capacity);
        industry = Arrays.copyOf(industry, capacity);
        year = Arrays.copyOf(year, capacity);
        for (int m = 0; m < values.length; m++) {
            values[m] = Arrays.copyOf(values[m], capacity);
        }
    }

    /** Sorts the cells by (year, region, industry) with codes in text order, checks duplicates and returns the panel. */
    public Panel build() {
        return PanelAssembly.assemble(
                measures,
                regions,
                industries,
                new PanelAssembly.Rows(region, industry, year, values, size),
                sumDuplicates);
    }
}
