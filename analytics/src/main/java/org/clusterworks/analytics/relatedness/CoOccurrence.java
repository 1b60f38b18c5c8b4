package org.clusterworks.analytics.relatedness;

import java.util.Objects;
import java.util.stream.IntStream;
import org.clusterworks.analytics.complexity.PresenceMatrix;

/**
 * Symmetric co-occurrence counts C = M'M (industries: regions where both are present) or C = MM' (regions: industries
 * both have), Hidalgo et al. (2007, Science 317:482); the diagonal holds ubiquity (or diversity).
 *
 * <p>Counted as popcounts of AND-ed bitsets, in parallel over rows of C.
 */
public final class CoOccurrence {

    private final String[] codes;
    private final int[] counts;

    private CoOccurrence(String[] codes, int[] counts) {
        this.codes = codes;
        this.counts = counts;
    }

    /** Builds a co-occurrence matrix from explicit counts (row-major n x n, symmetric). */
    public static CoOccurrence of(String[] codes, int[] counts) {
        Objects.requireNonNull(codes, "codes");
        int n = codes.length;
        if ((long) n * n != counts.length) {
            throw new IllegalArgumentException("counts has " + counts.length + " cells, expected " + n + " x " + n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (counts[i * n + j] != counts[j * n + i] || counts[i * n + j] < 0) {
                    throw new IllegalArgumentException("counts must be symmetric and >= 0");
                }
            }
        }
        return new CoOccurrence(codes.clone(), counts.clone());
    }

    /** C_ij = number of regions where industries i and j are both present. */
    public static CoOccurrence ofIndustries(PresenceMatrix m) {
        return new CoOccurrence(m.columnCodes(), count(m.columnBitsets(), m.columns(), m.columnWords()));
    }

    /** C_ij = number of industries present in both regions i and j. */
    public static CoOccurrence ofRegions(PresenceMatrix m) {
        return new CoOccurrence(m.rowCodes(), count(m.rowBitsets(), m.rows(), m.rowWords()));
    }

    private static int[] count(long[] bits, int n, int words) {
        int[] c = new int[n * n];
        IntStream.range(0, n).parallel().forEach(i -> {
            int bi = i * words;
            for (int j = i; j < n; j++) {
                int bj = j * words;
                int s = 0;
                for (int w = 0; w < words; w++) {
                    s += Long.bitCount(bits[bi + w] & bits[bj + w]);
                }
                c[i * n + j] = s;
            }
        });
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                c[i * n + j] = c[j * n + i];
            }
        }
        return c;
    }

    public int size() {
        return codes.length;
    }

    public String[] codes() {
        return codes.clone();
    }

    public int get(int i, int j) {
        return counts[i * codes.length + j];
    }

    /** The diagonal C_ii: ubiquity of an industry or diversity of a region. */
    public int total(int i) {
        return counts[i * codes.length + i];
    }

    int[] view() {
        return counts;
    }
}
