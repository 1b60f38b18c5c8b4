package org.clusterworks.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.clusterworks.analytics.strength.ReferenceTotals;
import org.clusterworks.cli.io.CsvInput;
import org.clusterworks.cli.io.InputException;

/** Reference-area cluster employment (columns cluster,type,employment[,year]) for the LQ denominator. */
final class ReferenceFile {

    private static final int ANY_YEAR = Integer.MIN_VALUE;

    private final Path file;
    private final Map<Integer, Map<String, Double>> employmentByYear = new HashMap<>();
    private final Map<String, Boolean> tradedByCluster = new HashMap<>();

    private ReferenceFile(Path file) {
        this.file = file;
    }

    /** Reads the file; its year column is used only when the input has years. */
    static ReferenceFile read(Path file, boolean inputHasYears) throws InputException {
        ReferenceFile ref = new ReferenceFile(file);
        try (CsvInput in = CsvInput.open(file)) {
            int cluster = in.column("cluster");
            int type = in.column("type");
            int employment = in.column("employment");
            int year = inputHasYears && in.header().contains("year") ? in.column("year") : -1;
            in.forEachRow(row -> {
                String code = row.code(cluster);
                boolean traded = StrengthCommand.parseType(row, type);
                double e = row.measure(employment);
                if (e != e) {
                    throw row.error(employment, "missing reference employment");
                }
                int y = year < 0 ? ANY_YEAR : row.integer(year);
                if (ref.employmentByYear
                                .computeIfAbsent(y, k -> new HashMap<>())
                                .put(code, e)
                        != null) {
                    throw row.error(cluster, "duplicate reference row for cluster " + code);
                }
                ref.tradedByCluster.put(code, traded);
            });
        }
        return ref;
    }

    /** Totals for one year in the given cluster order; every input cluster must be in the reference. */
    ReferenceTotals totals(int year, List<String> clusters, boolean[] traded) throws InputException {
        Map<String, Double> byCluster = employmentByYear.get(employmentByYear.containsKey(year) ? year : ANY_YEAR);
        if (byCluster == null) {
            throw new InputException(file, 0, "year", "no reference totals for year " + year);
        }
        double[] perCluster = new double[clusters.size()];
        List<String> unknown = new ArrayList<>();
        for (int c = 0; c < perCluster.length; c++) {
            Double e = byCluster.get(clusters.get(c));
            if (e == null) {
                unknown.add(clusters.get(c));
            } else {
                perCluster[c] = e;
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputException(
                    file,
                    0,
                    "cluster",
                    unknown.size() + " input cluster(s) missing from the reference"
                            + (year == 0 ? "" : " for year " + year) + ": " + new TreeSet<>(unknown));
        }
        double tradedTotal = 0;
        double localTotal = 0;
        for (Map.Entry<String, Double> e : byCluster.entrySet()) {
            if (tradedByCluster.get(e.getKey())) {
                tradedTotal += e.getValue();
            } else {
                localTotal += e.getValue();
            }
        }
        return new ReferenceTotals(perCluster, tradedTotal, localTotal);
    }
}
