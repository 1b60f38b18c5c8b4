package org.clusterworks.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clusterworks.analytics.classification.ClusterDefinition;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.panel.CodeMapping;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.strength.ReferenceTotals;
import org.clusterworks.analytics.strength.StrengthResult;
import org.clusterworks.analytics.strength.StrengthRules;
import org.clusterworks.analytics.strength.UsClusterMappingStrength;
import org.clusterworks.cli.io.CsvInput;
import org.clusterworks.cli.io.CsvOutput;
import org.clusterworks.cli.io.IndustryAttribute;
import org.clusterworks.cli.io.InputException;
import org.clusterworks.cli.io.PanelReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code strength} subcommand: U.S. Cluster Mapping LQ, strength flags and cluster strength per region. */
@Command(
        name = "strength",
        mixinStandardHelpOptions = true,
        description = {
            "U.S. Cluster Mapping rules: LQ on the traded (or local) denominator, and for traded clusters the flags",
            "qualifying, significant, strong and strong10 from per-cluster type-7 quantiles over regions with",
            "employment > 0. Writes one row per input region x cluster (x year):",
            "[year,]region,cluster,employment,establishments,lq,qualifying,significant,strong,strong10,type,"
                    + "region_cluster_strength",
            "(flags empty for local clusters; region_cluster_strength = share of the region's traded employment",
            "in its strong clusters). Input is either region x cluster rows (--cluster and --type), or region x",
            "industry rows (--industry) aggregated to clusters with --definitions, a CSV industry,cluster,type;",
            "industries missing from the definitions are an error listing them with their row counts."
        })
final class StrengthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, description = "Long CSV, one row per region x cluster [x year].")
    Path input;

    @Option(names = "--region", required = true, description = "Region code column.")
    String region;

    @Option(names = "--cluster", description = "Cluster code column (with --type).")
    String cluster;

    @Option(names = "--type", description = "Column holding traded|local (with --cluster).")
    String type;

    @Option(names = "--industry", description = "Industry code column (with --definitions).")
    String industry;

    @Option(names = "--definitions", description = "CSV industry,cluster,type mapping industries to clusters.")
    Path definitions;

    @Option(names = "--employment", required = true, description = "Employment column.")
    String employment;

    @Option(names = "--establishments", required = true, description = "Establishments column.")
    String establishments;

    @Option(names = "--year", description = "Year column (optional).")
    String year;

    @Option(
            names = "--reference",
            description = "CSV cluster,type,employment[,year] of reference-area totals for the LQ denominator.")
    Path reference;

    @Option(names = "--sum-duplicates", description = "Add up rows repeating a region x cluster x year.")
    boolean sumDuplicates;

    @Option(names = "--out", required = true, description = "Output CSV.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Panel panel;
        boolean[] traded;
        if (definitions != null && industry != null && cluster == null && type == null) {
            ClusterDefinition definition = DefinitionsFile.read(definitions);
            Panel industries = new PanelReader(region, industry, year, employment, establishments)
                    .sumDuplicates(sumDuplicates)
                    .read(input);
            CodeMapping.Applied applied = industries.mapIndustries(definition.toClusters());
            if (!applied.unknownCodes().isEmpty()) {
                throw new InputException(
                        input,
                        0,
                        industry,
                        applied.unknownCodes().size() + " industry code(s) not in " + definitions + " (code=rows): "
                                + applied.unknownCodes());
            }
            panel = applied.panel();
            traded = new boolean[panel.industries().size()];
            for (int c = 0; c < traded.length; c++) {
                traded[c] = definition.isTraded(panel.industries().get(c));
            }
        } else if (definitions == null && industry == null && cluster != null && type != null) {
            IndustryAttribute types = new IndustryAttribute(type, Set.of("traded", "local"));
            panel = new PanelReader(region, cluster, year, employment, establishments)
                    .sumDuplicates(sumDuplicates)
                    .onRow(types.listener(), type)
                    .read(input);
            String[] typeOf = types.valuesFor(panel.industries());
            traded = new boolean[typeOf.length];
            for (int c = 0; c < traded.length; c++) {
                traded[c] = typeOf[c].equals("traded");
            }
        } else {
            throw new ParameterException(
                    spec.commandLine(), "give either --cluster and --type, or --industry and --definitions");
        }
        List<String> clusters = panel.industries();
        ReferenceFile referenceFile = reference == null ? null : ReferenceFile.read(reference, year != null);
        UsClusterMappingStrength rules = new UsClusterMappingStrength(StrengthRules.usClusterMapping());
        String[] header = year == null ? new String[0] : new String[] {"year"};
        try (CsvOutput csv = CsvOutput.create(out, Fields.concat(header, HEADER))) {
            for (int y : panel.years()) {
                LabelledMatrix emp = panel.crossSection(y, employment);
                LabelledMatrix est = panel.crossSection(y, establishments);
                ReferenceTotals totals = referenceFile == null ? null : referenceFile.totals(y, clusters, traded);
                StrengthResult result = rules.evaluate(emp, est, traded, totals);
                write(csv, panel, y, result, traded);
            }
            csv.commit();
        }
        return 0;
    }

    private static final String[] HEADER = {
        "region",
        "cluster",
        "employment",
        "establishments",
        "lq",
        "qualifying",
        "significant",
        "strong",
        "strong10",
        "type",
        "region_cluster_strength"
    };

    private void write(CsvOutput csv, Panel panel, int y, StrengthResult result, boolean[] traded) {
        List<String> regions = panel.regions();
        List<String> clusters = panel.industries();
        int cols = clusters.size();
        int yi = panel.yearIndex(y);
        int empIndex = panel.measureIndex(employment);
        int estIndex = panel.measureIndex(establishments);
        double[] lq = result.lq().values();
        String yearText = Integer.toString(y);
        for (int cell = panel.firstCell(yi); cell < panel.endCell(yi); cell++) {
            int r = panel.regionOf(cell);
            int c = panel.industryOf(cell);
            int k = r * cols + c;
            boolean t = traded[c];
            String[] fields = {
                regions.get(r),
                clusters.get(c),
                CsvOutput.number(panel.value(empIndex, cell)),
                CsvOutput.number(panel.value(estIndex, cell)),
                CsvOutput.number(lq[k]),
                t ? CsvOutput.flag(result.qualifying()[k]) : "",
                t ? CsvOutput.flag(result.significant()[k]) : "",
                t ? CsvOutput.flag(result.strong()[k]) : "",
                t ? CsvOutput.flag(result.strong10()[k]) : "",
                t ? "traded" : "local",
                CsvOutput.number(result.clusterStrength()[r])
            };
            csv.row(year == null ? fields : Fields.concat(new String[] {yearText}, fields));
        }
    }

    static boolean parseType(CsvInput.Row row, int column) throws InputException {
        String t = row.text(column).trim().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "traded" -> true;
            case "local" -> false;
            default -> throw row.error(column, "type must be traded or local, got '" + row.text(column) + "'");
        };
    }
}
