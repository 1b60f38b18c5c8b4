package org.clusterworks.analytics.panel;

import java.util.Arrays;

/** Turns long-format rows with interned codes into a {@link Panel}: sort by cell key, merge or reject duplicates. */
final class PanelAssembly {

    private PanelAssembly() {}

    /**
     * Row arrays (the first {@code size} entries are used); ids are local to the part and translated to dictionary
     * ids by {@code regionMap} and {@code industryMap} (null for identity).
     */
    record Rows(
            int[] region, int[] industry, int[] year, double[][] values, int size, int[] regionMap, int[] industryMap) {

        Rows(int[] region, int[] industry, int[] year, double[][] values, int size) {
            this(region, industry, year, values, size, null, null);
        }
    }

    static Panel assemble(
            String[] measures, CodeDictionary regions, CodeDictionary industries, Rows rows, boolean sumDuplicates) {
        java.util.List<Rows> parts = new java.util.ArrayList<>();
        parts.add(rows);
        return assemble(measures, regions, industries, parts, sumDuplicates);
    }

    /** Assembles rows given in parts (in row order); each part is released from {@code parts} once used. */
    static Panel assemble(
            String[] measures,
            CodeDictionary regions,
            CodeDictionary industries,
            java.util.List<Rows> parts,
            boolean sumDuplicates) {
        int size = 0;
        int[] years = new int[0];
        for (Rows part : parts) {
            size += part.size();
            years = union(years, distinctSorted(part.year(), part.size()));
        }
        int[] regionRank = regions.sortedRanks();
        int[] industryRank = industries.sortedRanks();
        String[] regionCodes = inRankOrder(regions, regionRank);
        String[] industryCodes = inRankOrder(industries, industryRank);
        long nr = regionCodes.length;
        long ni = industryCodes.length;
        long[] keys = new long[size];
        double[][] values = new double[measures.length][];
        boolean sorted = true;
        int at = 0;
        for (int p = 0; p < parts.size(); p++) {
            Rows part = parts.get(p);
            if (parts.size() == 1 && part.values()[0].length == size) {
                values = part.values();
            } else {
                for (int m = 0; m < measures.length; m++) {
                    if (values[m] == null) {
                        values[m] = new double[size];
                    }
                    System.arraycopy(part.values()[m], 0, values[m], at, part.size());
                }
            }
            int lastYear = Integer.MIN_VALUE;
            int y = -1;
            for (int i = 0; i < part.size(); i++) {
                int year = part.year()[i];
                if (year != lastYear) {
                    y = Arrays.binarySearch(years, year);
                    lastYear = year;
                }
                int r = part.regionMap() == null ? part.region()[i] : part.regionMap()[part.region()[i]];
                int c = part.industryMap() == null ? part.industry()[i] : part.industryMap()[part.industry()[i]];
                long key = ((long) y * nr + regionRank[r]) * ni + industryRank[c];
                keys[at + i] = key;
                sorted &= at + i == 0 || key > keys[at + i - 1];
            }
            at += part.size();
            parts.set(p, null);
        }
        if (sorted) {
            // already in key order without duplicates (common for published files): no sort needed
            return new Panel(regionCodes, industryCodes, years, measures, keys, values);
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

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b))
                .distinct()
                .sorted()
                .toArray();
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
