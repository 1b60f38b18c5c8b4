package org.clusterworks.analytics.panel;

import java.util.Arrays;

/** Turns long-format rows with interned codes into a {@link Panel}: sort by cell key, merge or reject duplicates. */
final class PanelAssembly {

    private PanelAssembly() {}

    /** Row arrays (the first {@code size} entries are used). */
    record Rows(int[] region, int[] industry, int[] year, double[][] values, int size) {}

    static Panel assemble(
            String[] measures, CodeDictionary regions, CodeDictionary industries, Rows rows, boolean sumDuplicates) {
        int size = rows.size();
        int[] year = rows.year();
        int[] years = distinctSorted(year, size);
        int[] regionRank = regions.sortedRanks();
        int[] industryRank = industries.sortedRanks();
        String[] regionCodes = inRankOrder(regions, regionRank);
        String[] industryCodes = inRankOrder(industries, industryRank);
        long nr = regionCodes.length;
        long ni = industryCodes.length;
        long[] keys = new long[size];
        boolean sorted = true;
        int lastYear = Integer.MIN_VALUE;
        int y = -1;
        for (int i = 0; i < size; i++) {
            if (year[i] != lastYear) {
                y = Arrays.binarySearch(years, year[i]);
                lastYear = year[i];
            }
            keys[i] = ((long) y * nr + regionRank[rows.region()[i]]) * ni + industryRank[rows.industry()[i]];
            sorted &= i == 0 || keys[i] > keys[i - 1];
        }
        double[][] values = rows.values();
        if (sorted) {
            // already in key order without duplicates (common for published files): no sort needed
            double[][] cellValues = new double[measures.length][];
            for (int m = 0; m < measures.length; m++) {
                cellValues[m] = values[m].length == size ? values[m] : Arrays.copyOf(values[m], size);
            }
            return new Panel(regionCodes, industryCodes, years, measures, keys, cellValues);
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

    private static int[] distinctSorted(int[] year, int size) {
        int[] distinct = new int[8];
        int n = 0;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            int v = year[i];
            if (v == last) {
                continue;
            }
            last = v;
            boolean seen = false;
            for (int k = 0; k < n; k++) {
                if (distinct[k] == v) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                if (n == distinct.length) {
                    distinct = Arrays.copyOf(distinct, n * 2);
                }
                distinct[n++] = v;
            }
        }
        int[] out = Arrays.copyOf(distinct, n);
        Arrays.sort(out);
        return out;
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
