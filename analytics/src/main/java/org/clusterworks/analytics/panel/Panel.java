package org.clusterworks.analytics.panel;

import java.util.Arrays;
import java.util.List;
import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * A sparse region x industry x year panel holding one or more measures, stored column-wise in primitive arrays.
 *
 * <p>Only the cells present in the input are stored, as sorted keys {@code (yearIndex * R + region) * I + industry}
 * with one {@code double[]} per measure; {@code NaN} is a missing value. Regions and industries are listed in text
 * order of their codes, years in ascending order. A cell absent from the panel means "no activity" (zero) when a
 * cross-section is taken.
 */
public final class Panel {

    private final String[] regions;
    private final String[] industries;
    private final int[] years;
    private final String[] measures;
    private final long[] keys;
    private final double[][] values;
    private final int[] yearStart;
    private final List<String> regionList;
    private final List<String> industryList;

    Panel(String[] regions, String[] industries, int[] years, String[] measures, long[] keys, double[][] values) {
        this.regions = regions;
        this.industries = industries;
        this.years = years;
        this.measures = measures;
        this.keys = keys;
        this.values = values;
        this.regionList = List.of(regions);
        this.industryList = List.of(industries);
        this.yearStart = new int[years.length + 1];
        long perYear = (long) regions.length * industries.length;
        for (int y = 0; y < years.length; y++) {
            int at = Arrays.binarySearch(keys, y * perYear);
            yearStart[y] = at >= 0 ? at : -at - 1;
        }
        yearStart[years.length] = keys.length;
    }

    /** Starts a builder for a panel with the given measure names (e.g. "employment", "establishments"). */
    public static PanelBuilder builder(String... measures) {
        return new PanelBuilder(measures);
    }

    /** The region codes in text order (an immutable list, shared: calls in a loop cost nothing). */
    public List<String> regions() {
        return regionList;
    }

    /** The industry or cluster codes in text order (an immutable list, shared). */
    public List<String> industries() {
        return industryList;
    }

    public int[] years() {
        return years.clone();
    }

    public List<String> measures() {
        return List.of(measures);
    }

    /** Number of stored (present) cells over all years. */
    public int cellCount() {
        return keys.length;
    }

    /** The sorted cell keys, shared with the package (read-only). */
    long[] keys() {
        return keys;
    }

    /** Index of a measure, or an exception naming the known measures. */
    public int measureIndex(String measure) {
        for (int m = 0; m < measures.length; m++) {
            if (measures[m].equals(measure)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown measure '" + measure + "'; panel has " + measures());
    }

    /** Index of a year, or an exception naming the years present. */
    public int yearIndex(int year) {
        int y = Arrays.binarySearch(years, year);
        if (y < 0) {
            throw new IllegalArgumentException("year " + year + " not in panel; years are " + Arrays.toString(years));
        }
        return y;
    }

    /** First stored cell of the year at {@code yearIndex}; cells of a year are contiguous. */
    public int firstCell(int yearIndex) {
        return yearStart[yearIndex];
    }

    /** One past the last stored cell of the year at {@code yearIndex}. */
    public int endCell(int yearIndex) {
        return yearStart[yearIndex + 1];
    }

    public int regionOf(int cell) {
        return (int) ((keys[cell] / industries.length) % regions.length);
    }

    public int industryOf(int cell) {
        return (int) (keys[cell] % industries.length);
    }

    public int yearOf(int cell) {
        return years[(int) (keys[cell] / industries.length / regions.length)];
    }

    /** The value of measure {@code measureIndex} in stored cell {@code cell} ({@code NaN} when missing). */
    public double value(int measureIndex, int cell) {
        return values[measureIndex][cell];
    }

    /**
     * The regions x industries matrix of {@code measure} in {@code year}; all regions and industries of the panel are
     * rows and columns, and cells absent in that year are 0.
     */
    public LabelledMatrix crossSection(int year, String measure) {
        return crossSection(year, measure, 0.0);
    }

    /** As {@link #crossSection(int, String)}, with {@code absent} for the cells not stored in that year. */
    public LabelledMatrix crossSection(int year, String measure, double absent) {
        int y = yearIndex(year);
        double[] source = values[measureIndex(measure)];
        double[] dense = new double[regions.length * industries.length];
        if (absent != 0.0) {
            Arrays.fill(dense, absent);
        }
        long offset = (long) y * regions.length * industries.length;
        for (int cell = yearStart[y]; cell < yearStart[y + 1]; cell++) {
            dense[(int) (keys[cell] - offset)] = source[cell];
        }
        return new LabelledMatrix(regions.clone(), industries.clone(), dense);
    }

    /**
     * Re-codes the industries through {@code mapping} (roll-up, concordance, cluster definition): each cell's values
     * times the link weight are added to the target industry; a missing value makes the target's sum missing.
     * Industries without a link are left out and reported with their cell counts.
     */
    public CodeMapping.Applied mapIndustries(CodeMapping mapping) {
        return PanelMapping.apply(this, mapping, true);
    }

    /** As {@link #mapIndustries}, for regions (e.g. counties to states or to a territory hierarchy level). */
    public CodeMapping.Applied mapRegions(CodeMapping mapping) {
        return PanelMapping.apply(this, mapping, false);
    }

    @Override
    public String toString() {
        return "Panel[" + regions.length + " regions x " + industries.length + " industries x " + years.length
                + " years, " + keys.length + " cells, measures " + measures() + "]";
    }
}
