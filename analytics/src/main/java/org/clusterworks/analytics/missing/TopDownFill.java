package org.clusterworks.analytics.missing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Top-down filling of missing cells as done by the European Cluster Observatory for suppressed regional data: where
 * a parent total is known (e.g. a region's employment in a NACE division) but some of its children (classes) are
 * missing, the remainder {@code parent - sum(known children)} is distributed over the missing children in proportion
 * to a reference structure (e.g. the children's national or European employment); equally when the reference gives
 * the missing children no weight. A negative remainder is reported and the missing children set to 0.
 */
public final class TopDownFill {

    private final Map<String, String> parentOf;
    private final Map<String, Double> referenceWeight;

    /**
     * @param parentOf parent code of each child code (columns of the matrix to fill)
     * @param referenceWeight reference weight of each child code (e.g. national employment)
     */
    public TopDownFill(Map<String, String> parentOf, Map<String, Double> referenceWeight) {
        this.parentOf = Map.copyOf(parentOf);
        this.referenceWeight = Map.copyOf(referenceWeight);
    }

    /** Filled matrix and report. */
    public record Result(LabelledMatrix filled, ImputationReport report) {}

    /**
     * Fills the NaN cells of {@code children} (regions x child codes) from {@code parents} (regions x parent codes,
     * same regions in the same order); a missing child whose parent total is itself missing stays NaN.
     */
    public Result fill(LabelledMatrix children, LabelledMatrix parents) {
        if (!java.util.Arrays.equals(children.rowCodes(), parents.rowCodes())) {
            throw new IllegalArgumentException("children and parents must have the same regions in the same order");
        }
        Map<String, Integer> parentColumn = new HashMap<>();
        for (int p = 0; p < parents.columns(); p++) {
            parentColumn.put(parents.columnCodes()[p], p);
        }
        double[] out = children.values().clone();
        List<ImputationReport.Cell> cells = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int cols = children.columns();
        for (int r = 0; r < children.rows(); r++) {
            Map<Integer, List<Integer>> missingByParent = new HashMap<>();
            Map<Integer, Double> knownByParent = new HashMap<>();
            for (int c = 0; c < cols; c++) {
                String parent = parentOf.get(children.columnCodes()[c]);
                Integer p = parent == null ? null : parentColumn.get(parent);
                if (p == null) {
                    continue;
                }
                double v = out[r * cols + c];
                if (v != v) {
                    missingByParent.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
                } else {
                    knownByParent.merge(p, v, Double::sum);
                }
            }
            for (Map.Entry<Integer, List<Integer>> e : missingByParent.entrySet()) {
                double total = parents.get(r, e.getKey());
                if (total != total) {
                    continue;
                }
                double remainder = total - knownByParent.getOrDefault(e.getKey(), 0.0);
                String region = children.rowCodes()[r];
                if (remainder < 0) {
                    problems.add("region " + region + ", parent " + parents.columnCodes()[e.getKey()]
                            + ": known children exceed the parent total by " + (-remainder) + "; missing set to 0");
                    remainder = 0;
                }
                double weightSum = 0;
                for (int c : e.getValue()) {
                    weightSum += referenceWeight.getOrDefault(children.columnCodes()[c], 0.0);
                }
                for (int c : e.getValue()) {
                    double w = referenceWeight.getOrDefault(children.columnCodes()[c], 0.0);
                    double value = weightSum > 0
                            ? remainder * w / weightSum
                            : remainder / e.getValue().size();
                    out[r * cols + c] = value;
                    cells.add(new ImputationReport.Cell(region, children.columnCodes()[c], value, "top-down"));
                }
            }
        }
        Map<String, Integer> counts = cells.isEmpty() ? Map.of() : Map.of("top-down", cells.size());
        return new Result(
                new LabelledMatrix(children.rowCodes(), children.columnCodes(), out),
                new ImputationReport(cells, counts, problems));
    }
}
