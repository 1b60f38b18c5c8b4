package org.clusterworks.analytics.complexity;

import java.util.Objects;

/**
 * An immutable binary region x industry matrix M_cp with diversity k_c = sum_p M_cp and ubiquity k_p = sum_c M_cp
 * (Hidalgo and Hausmann 2009, PNAS 106:10570), stored as row and column bitsets plus index lists for fast products.
 */
public final class PresenceMatrix {

    private final String[] rowCodes;
    private final String[] columnCodes;
    private final int rowWords;
    private final int columnWords;
    private final long[] rowBits;
    private final long[] columnBits;
    private final int[][] rowIndices;
    private final int[][] columnIndices;

    private PresenceMatrix(String[] rowCodes, String[] columnCodes, boolean[] present) {
        this.rowCodes = rowCodes.clone();
        this.columnCodes = columnCodes.clone();
        int rows = rowCodes.length;
        int cols = columnCodes.length;
        this.rowWords = (cols + 63) >>> 6;
        this.columnWords = (rows + 63) >>> 6;
        this.rowBits = new long[rows * rowWords];
        this.columnBits = new long[cols * columnWords];
        int[] diversity = new int[rows];
        int[] ubiquity = new int[cols];
        // Pass 1, row-major and sequential: row bitsets and the degrees.
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            int bitBase = r * rowWords;
            for (int c = 0; c < cols; c++) {
                if (present[base + c]) {
                    rowBits[bitBase + (c >>> 6)] |= 1L << c;
                    ubiquity[c]++;
                }
            }
            for (int w = 0; w < rowWords; w++) {
                diversity[r] += Long.bitCount(rowBits[bitBase + w]);
            }
        }
        this.rowIndices = new int[rows][];
        this.columnIndices = new int[cols][];
        for (int c = 0; c < cols; c++) {
            columnIndices[c] = new int[ubiquity[c]];
        }
        // Pass 2 walks the set bits only: index lists of rows and columns.
        int[] fill = new int[cols];
        for (int r = 0; r < rows; r++) {
            int[] idx = new int[diversity[r]];
            int k = 0;
            int bitBase = r * rowWords;
            for (int w = 0; w < rowWords; w++) {
                long word = rowBits[bitBase + w];
                while (word != 0) {
                    int c = (w << 6) + Long.numberOfTrailingZeros(word);
                    idx[k++] = c;
                    columnIndices[c][fill[c]++] = r;
                    word &= word - 1;
                }
            }
            rowIndices[r] = idx;
        }
        // Column bitsets from the column lists, one column at a time.
        for (int c = 0; c < cols; c++) {
            int bitBase = c * columnWords;
            for (int r : columnIndices[c]) {
                columnBits[bitBase + (r >>> 6)] |= 1L << r;
            }
        }
    }

    /** Builds a presence matrix from row-major flags. */
    public static PresenceMatrix of(String[] rowCodes, String[] columnCodes, boolean[] present) {
        Objects.requireNonNull(present, "present");
        if ((long) rowCodes.length * columnCodes.length != present.length) {
            throw new IllegalArgumentException("present has " + present.length + " cells, expected " + rowCodes.length
                    + " x " + columnCodes.length);
        }
        return new PresenceMatrix(rowCodes, columnCodes, present);
    }

    public int rows() {
        return rowCodes.length;
    }

    public int columns() {
        return columnCodes.length;
    }

    public String[] rowCodes() {
        return rowCodes.clone();
    }

    public String[] columnCodes() {
        return columnCodes.clone();
    }

    public String rowCode(int row) {
        return rowCodes[row];
    }

    public String columnCode(int column) {
        return columnCodes[column];
    }

    public boolean isPresent(int row, int column) {
        return (rowBits[row * rowWords + (column >>> 6)] & (1L << column)) != 0;
    }

    /** k_c: the number of industries present in the region. */
    public int diversity(int row) {
        return rowIndices[row].length;
    }

    /** k_p: the number of regions in which the industry is present. */
    public int ubiquity(int column) {
        return columnIndices[column].length;
    }

    public int[] diversity() {
        int[] d = new int[rows()];
        for (int r = 0; r < d.length; r++) {
            d[r] = rowIndices[r].length;
        }
        return d;
    }

    public int[] ubiquity() {
        int[] u = new int[columns()];
        for (int c = 0; c < u.length; c++) {
            u[c] = columnIndices[c].length;
        }
        return u;
    }

    /** Number of present cells. */
    public long count() {
        long n = 0;
        for (int[] r : rowIndices) {
            n += r.length;
        }
        return n;
    }

    // Package and module internals for the algorithms: shared arrays, never handed to callers.

    int[][] rowIndicesView() {
        return rowIndices;
    }

    int[][] columnIndicesView() {
        return columnIndices;
    }

    /** Words per row bitset (one bit per industry). */
    public int rowWords() {
        return rowWords;
    }

    /** Words per column bitset (one bit per region). */
    public int columnWords() {
        return columnWords;
    }

    /** All row bitsets, row-major, {@link #rowWords()} words per region, bit c set when industry c is present (a copy). */
    public long[] rowBitsets() {
        return rowBits.clone();
    }

    /** All column bitsets, {@link #columnWords()} words per industry, bit r set when region r has it (a copy). */
    public long[] columnBitsets() {
        return columnBits.clone();
    }

    /** Indices of the industries present in a region, ascending (a copy). */
    public int[] industriesOf(int row) {
        return rowIndices[row].clone();
    }

    /** Indices of the regions where an industry is present, ascending (a copy). */
    public int[] regionsOf(int column) {
        return columnIndices[column].clone();
    }

    @Override
    public String toString() {
        return "PresenceMatrix[" + rows() + " x " + columns() + ", " + count() + " present]";
    }
}
