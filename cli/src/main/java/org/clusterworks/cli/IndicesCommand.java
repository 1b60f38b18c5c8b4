package org.clusterworks.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.specialisation.EntropyDecomposition;
import org.clusterworks.analytics.specialisation.GiniConcentration;
import org.clusterworks.analytics.specialisation.GiniSpecialisation;
import org.clusterworks.analytics.specialisation.HerfindahlConcentration;
import org.clusterworks.analytics.specialisation.HerfindahlSpecialisation;
import org.clusterworks.analytics.specialisation.HooverConcentration;
import org.clusterworks.analytics.specialisation.HooverSpecialisation;
import org.clusterworks.analytics.specialisation.KrugmanSpecialisation;
import org.clusterworks.analytics.specialisation.LocationalGini;
import org.clusterworks.analytics.specialisation.Margins;
import org.clusterworks.cli.io.CsvOutput;
import org.clusterworks.cli.io.IndustryAttribute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code indices} subcommand: per-region specialisation and per-industry concentration indices. */
@Command(
        name = "indices",
        mixinStandardHelpOptions = true,
        description = {
            "Per region: Krugman (0..2), Hoover, Herfindahl, Gini of the industry structure and entropy (log2); with",
            "--sector also unrelated and related variety (Frenken et al. 2007). Per industry: Hoover, Herfindahl,",
            "Gini over regions and locational Gini (Krugman 1991). Reference area = sum over the input regions."
        })
final class IndicesCommand implements Callable<Integer> {

    @Mixin
    LongInputOptions in;

    @Option(names = "--sector", description = "Column giving each industry's broad sector (for related variety).")
    String sector;

    @Option(names = "--out-regions", required = true, description = "Output CSV of region indices.")
    Path outRegions;

    @Option(names = "--out-industries", required = true, description = "Output CSV of industry indices.")
    Path outIndustries;

    @Override
    public Integer call() throws Exception {
        IndustryAttribute sectors = sector == null ? null : new IndustryAttribute(sector, Set.of());
        Panel panel = sectors == null
                ? in.read()
                : in.reader().onRow(sectors.listener(), sector).read(in.input);
        List<String> regionHeader =
                new ArrayList<>(List.of("region", "total", "krugman", "hoover", "herfindahl", "gini", "entropy"));
        if (sectors != null) {
            regionHeader.addAll(List.of("unrelated_variety", "related_variety"));
        }
        EntropyDecomposition entropy = new EntropyDecomposition(
                sectors == null ? new int[panel.industries().size()] : sectors.groupsFor(panel.industries()));
        try (CsvOutput regions = CsvOutput.create(outRegions, in.withYear(regionHeader.toArray(String[]::new)));
                CsvOutput industries = CsvOutput.create(
                        outIndustries,
                        in.withYear("industry", "total", "hoover", "herfindahl", "gini", "locational_gini"))) {
            for (int y : panel.years()) {
                LabelledMatrix x = panel.crossSection(y, in.value);
                writeRegions(regions, x, entropy, y, sectors != null);
                writeIndustries(industries, x, y);
            }
            regions.commit();
            industries.commit();
        }
        return 0;
    }

    private void writeRegions(
            CsvOutput csv, LabelledMatrix x, EntropyDecomposition entropy, int y, boolean withVariety) {
        double[] totals = Margins.of(x).rowTotals();
        double[] krugman = new KrugmanSpecialisation().compute(x);
        double[] hoover = new HooverSpecialisation().compute(x);
        double[] herfindahl = new HerfindahlSpecialisation().compute(x);
        double[] gini = new GiniSpecialisation().compute(x);
        EntropyDecomposition.Variety[] variety = entropy.compute(x);
        for (int r = 0; r < x.rows(); r++) {
            String[] row = Fields.concat(
                    in.yearField(y),
                    x.rowCodes()[r],
                    CsvOutput.number(totals[r]),
                    CsvOutput.number(krugman[r]),
                    CsvOutput.number(hoover[r]),
                    CsvOutput.number(herfindahl[r]),
                    CsvOutput.number(gini[r]),
                    CsvOutput.number(variety[r].entropy()));
            if (withVariety) {
                row = Fields.concat(
                        row,
                        CsvOutput.number(variety[r].unrelatedVariety()),
                        CsvOutput.number(variety[r].relatedVariety()));
            }
            csv.row(row);
        }
    }

    private void writeIndustries(CsvOutput csv, LabelledMatrix x, int y) {
        double[] totals = Margins.of(x).columnTotals();
        double[] hoover = new HooverConcentration().compute(x);
        double[] herfindahl = new HerfindahlConcentration().compute(x);
        double[] gini = new GiniConcentration().compute(x);
        double[] locational = new LocationalGini().compute(x);
        for (int c = 0; c < x.columns(); c++) {
            csv.row(Fields.concat(
                    in.yearField(y),
                    x.columnCodes()[c],
                    CsvOutput.number(totals[c]),
                    CsvOutput.number(hoover[c]),
                    CsvOutput.number(herfindahl[c]),
                    CsvOutput.number(gini[c]),
                    CsvOutput.number(locational[c])));
        }
    }
}
