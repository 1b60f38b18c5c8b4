package org.clusterworks.analytics.specialisation;

import java.util.Arrays;
import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Location quotient {@code LQ_ri = (x_ri / x_r,g(i)) / (X_i / X_g(i))} (Florence 1939; Isard 1960).
 *
 * <p>{@code x_r,g} is region r's activity in the denominator group g of industry i (one group = the region's total;
 * the U.S. Cluster Mapping convention uses two groups, traded and local, Delgado, Porter &amp; Stern 2016). {@code X_i}
 * is the reference-area activity of industry i: the sum over the regions of the matrix, or reference totals given
 * separately (e.g. national figures); {@code X_g} is the sum of {@code X_i} over the group. A region with no activity
 * in the group gets {@code NaN}.
 */
public final class LocationQuotient implements CellMeasure {

    private final int[] groupOfColumn;
    private final double[] referenceTotals;
    private final double[] referenceGroupTotals;

    private LocationQuotient(int[] groupOfColumn, double[] referenceTotals, double[] referenceGroupTotals) {
        this.groupOfColumn = groupOfColumn;
        this.referenceTotals = referenceTotals;
        this.referenceGroupTotals = referenceGroupTotals;
    }

    /** The classic LQ on each region's total, with the sum over regions as reference. */
    public static LocationQuotient onTotal() {
        return new LocationQuotient(null, null, null);
    }

    /** Uses {@code groupOfColumn[i]} (0, 1, ...) as the denominator group of column i, e.g. 0 traded, 1 local. */
    public LocationQuotient withGroups(int[] groupOfColumn) {
        return new LocationQuotient(groupOfColumn.clone(), referenceTotals, referenceGroupTotals);
    }

    /** Uses these reference-area totals per column instead of the column sums of the input. */
    public LocationQuotient withReferenceTotals(double[] totals) {
        return new LocationQuotient(groupOfColumn, totals.clone(), null);
    }

    /**
     * Uses reference totals per column and per denominator group; the group totals may include industries that are
     * not columns of the matrix (e.g. the national traded total over all traded clusters).
     */
    public LocationQuotient withReferenceTotals(double[] totals, double[] groupTotals) {
        return new LocationQuotient(groupOfColumn, totals.clone(), groupTotals.clone());
    }

    @Override
    public LabelledMatrix compute(LabelledMatrix x) {
        int rows = x.rows();
        int cols = x.columns();
        int[] group = groupOfColumn == null ? new int[cols] : groupOfColumn;
        if (group.length != cols) {
            throw new IllegalArgumentException("groups given for " + group.length + " columns, matrix has " + cols);
        }
        int groups = Arrays.stream(group).max().orElse(0) + 1;
        double[] reference = referenceTotals == null ? Margins.of(x).columnTotals() : referenceTotals;
        if (reference.length != cols) {
            throw new IllegalArgumentException(
                    "reference totals given for " + reference.length + " columns, matrix has " + cols);
        }
        double[] referenceGroup = new double[groups];
        for (int c = 0; c < cols; c++) {
            referenceGroup[group[c]] += reference[c];
        }
        if (referenceGroupTotals != null) {
            for (int g = 0; g < Math.min(groups, referenceGroupTotals.length); g++) {
                referenceGroup[g] = referenceGroupTotals[g];
            }
        }
        double[] referenceShare = new double[cols];
        for (int c = 0; c < cols; c++) {
            referenceShare[c] = reference[c] / referenceGroup[group[c]];
        }
        double[] v = x.values();
        double[] out = new double[v.length];
        double[] regionGroup = new double[groups];
        for (int r = 0; r < rows; r++) {
            Arrays.fill(regionGroup, 0);
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                double e = v[base + c];
                if (e == e) {
                    regionGroup[group[c]] += e;
                }
            }
            for (int c = 0; c < cols; c++) {
                double denominator = regionGroup[group[c]];
                out[base + c] = denominator > 0 ? v[base + c] / denominator / referenceShare[c] : Double.NaN;
            }
        }
        return new LabelledMatrix(x.rowCodes(), x.columnCodes(), out);
    }
}
