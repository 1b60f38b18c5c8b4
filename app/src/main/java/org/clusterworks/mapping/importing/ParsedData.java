package org.clusterworks.mapping.importing;

import java.util.List;
import java.util.Map;

/**
 * A validated file in columnar form, ready to store: row {@code i} is region {@code regions.get(region[i])},
 * industry {@code industries.get(industry[i])}, period {@code period[i]}, values {@code values[m][i]}.
 *
 * @param reference reference-area totals by industry code, then period, then one value per measure
 * @param skipped rows dropped by the mapping's filters
 * @param imputed suppressed cells given a size-class midpoint
 */
public record ParsedData(
        List<String> measures,
        List<String> regions,
        List<String> industries,
        int size,
        int[] region,
        int[] industry,
        int[] period,
        double[][] values,
        String[] flags,
        Map<String, Map<Integer, double[]>> reference,
        long skipped,
        long imputed) {

    public int[] periods() {
        return java.util.Arrays.stream(period, 0, size).distinct().sorted().toArray();
    }
}
