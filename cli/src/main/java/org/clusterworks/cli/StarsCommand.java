package org.clusterworks.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.strength.StarRating;
import org.clusterworks.analytics.strength.StarRule;
import org.clusterworks.cli.io.CsvInput;
import org.clusterworks.cli.io.CsvOutput;
import org.clusterworks.cli.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code stars} subcommand: European Cluster Observatory stars or user-defined star rules. */
@Command(
        name = "stars",
        mixinStandardHelpOptions = true,
        description = {
            "European Cluster Observatory stars (Ketels & Soelvell 2006): size = employment in the top 10%% of regions",
            "of the same cluster, specialisation = LQ >= 2, focus = share of the region's employment in the top 10%%",
            "of regions of the same cluster (quantiles type 7 over regions with employment > 0). --rules replaces them",
            "with a CSV name,metric,scope,comparison,threshold (metric: employment|lq|region_share|national_share;",
            "scope: absolute|quantile_within_cluster|quantile_all; comparison: at_least|above).",
            "Writes [year,]region,cluster,employment,<one 0/1 column per rule>,stars."
        })
final class StarsCommand implements Callable<Integer> {

    @Mixin
    LongInputOptions in;

    @Option(names = "--rules", description = "CSV of star rules (see above); default: the ECO three stars.")
    Path rules;

    @Option(names = "--out", required = true, description = "Output CSV.")
    Path out;

    @Override
    public Integer call() throws Exception {
        StarRating rating = rules == null ? StarRating.europeanClusterObservatory() : new StarRating(readRules(rules));
        Panel panel = in.read();
        List<String> header = new ArrayList<>(List.of("region", "cluster", "employment"));
        rating.rules().forEach(r -> header.add(r.name()));
        header.add("stars");
        try (CsvOutput csv = CsvOutput.create(out, in.withYear(header.toArray(String[]::new)))) {
            int cols = panel.industries().size();
            for (int y : panel.years()) {
                LabelledMatrix x = panel.crossSection(y, in.value);
                StarRating.Result result = rating.rate(x, null);
                int yi = panel.yearIndex(y);
                for (int cell = panel.firstCell(yi); cell < panel.endCell(yi); cell++) {
                    int k = panel.regionOf(cell) * cols + panel.industryOf(cell);
                    String[] row = Fields.concat(
                            in.yearField(y),
                            x.rowCodes()[panel.regionOf(cell)],
                            x.columnCodes()[panel.industryOf(cell)],
                            CsvOutput.number(panel.value(0, cell)));
                    for (boolean[] awarded : result.awarded()) {
                        row = Fields.concat(row, awarded[k] ? "1" : "0");
                    }
                    csv.row(Fields.concat(row, Integer.toString(result.stars()[k])));
                }
            }
            csv.commit();
        }
        return 0;
    }

    static List<StarRule> readRules(Path file) throws InputException {
        List<StarRule> list = new ArrayList<>();
        try (CsvInput csv = CsvInput.open(file)) {
            int name = csv.column("name");
            int metric = csv.column("metric");
            int scope = csv.column("scope");
            int comparison = csv.column("comparison");
            int threshold = csv.column("threshold");
            csv.forEachRow(row -> {
                try {
                    list.add(new StarRule(
                            row.code(name),
                            enumOf(StarRule.Metric.class, row, metric),
                            enumOf(StarRule.Scope.class, row, scope),
                            enumOf(StarRule.Comparison.class, row, comparison),
                            row.number(threshold)));
                } catch (IllegalArgumentException e) {
                    throw row.error(threshold, e.getMessage());
                }
            });
        }
        return list;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, CsvInput.Row row, int column) throws InputException {
        String text = row.text(column).trim().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw row.error(
                column,
                "unknown value '" + row.text(column) + "'; expected one of "
                        + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }
}
