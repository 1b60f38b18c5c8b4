package org.clusterworks.analytics.missing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an imputation filled in: every imputed cell with its value and rule, counts per rule, and problems found
 * (e.g. a parent total smaller than its known children).
 *
 * @param cells the imputed cells
 * @param countByRule number of cells per rule (e.g. CBP flag "B", or "top-down")
 * @param problems messages about cells that could not be imputed consistently
 */
public record ImputationReport(List<Cell> cells, Map<String, Integer> countByRule, List<String> problems) {

    public ImputationReport {
        cells = List.copyOf(cells);
        countByRule = new TreeMap<>(countByRule);
        problems = List.copyOf(problems);
    }

    /** One imputed cell: its position (region, industry), value and the rule that gave it. */
    public record Cell(String region, String industry, double value, String rule) {}

    /** Sum of the imputed values. */
    public double total() {
        return cells.stream().mapToDouble(Cell::value).sum();
    }
}
