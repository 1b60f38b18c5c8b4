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
        int[] years = Arrays.stream(year, 0, size).distinct().sorted().toArray();
        int[] regionRank = regions.sortedRanks();
        int[] industryRank = industries.sortedRanks();
        String[] regionCodes = inRankOrder(regions, regionRank);
        String[] industryCodes = inRankOrder(industries, industryRank);
        long nr = regionCodes.length;
        long ni = industryCodes.length;
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            int y = Arrays.binarySearch(years, year[i]);
            keys[i] = ((long) y * nr + regionRank[region[i]]) * ni + industryRank[industry[i]];
        }
        int[] order = KeySort.order(keys, size, Math.max(1, years.length * nr * ni));
        long[] cellKeys = new long[size];
        double[][] cellValues = new double[measures.length][size];
        int cells = 0;
        for (int k = 0; k < size; k++) {
            int row = order[k];
            long key = keys[row];
            if (cells > 0 && cellKeys[cells - 1] == key) {
                if (!sumDuplicates) {
                    throw duplicate(order[k - 1], row, regionCodes, industryCodes, years, key);
                }
                for (int m = 0; m < measures.length; m++) {
                    cellValues[m][cells - 1] += values[m][row];
                }
                continue;
            }
            cellKeys[cells] = key;
            for (int m = 0; m < measures.length; m++) {
                cellValues[m][cells] = values[m][row];
            }
            cells++;
        }
        if (cells < size) {
            cellKeys = Arrays.copyOf(cellKeys, cells);
            for (int m = 0; m < measures.length; m++) {
                cellValues[m] = Arrays.copyOf(cellValues[m], cells);
            }
        }
        return new Panel(regionCodes, industryCodes, years, measures, cellKeys, cellValues);
    }

    private static String[] inRankOrder(CodeDictionary dictionary, int[] rank) {
        String[] codes = new String[rank.length];
        for (int id = 0; id < rank.length; id++) {
            codes[rank[id]] = dictionary.code(id);
        }
        return codes;
    }

    private static PanelInputException duplicate(
            int first, int second, String[] regionCodes, String[] industryCodes, int[] years, long key) {
        int ni = industryCodes.length;
        int nr = regionCodes.length;
        String industryCode = industryCodes[(int) (key % ni)];
        String regionCode = regionCodes[(int) ((key / ni) % nr)];
        int y = years[(int) (key / ni / nr)];
        return new PanelInputException(
                second + 1L,
                "region,industry,year",
                "duplicate region x industry x year (" + regionCode + ", " + industryCode + ", " + y
                        + "); choose sum-duplicates to add them",
                first + 1L);
    }
}
