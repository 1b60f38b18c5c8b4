package org.clusterworks.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.specialisation.LocationQuotient;
import org.clusterworks.analytics.specialisation.NationalShare;
import org.clusterworks.analytics.specialisation.RegionShare;
import org.clusterworks.cli.io.CsvOutput;
import org.clusterworks.cli.io.IndustryAttribute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code lq} subcommand: location quotients, region shares and national shares of every input cell. */
@Command(
        name = "lq",
        mixinStandardHelpOptions = true,
        description = {
            "Location quotient LQ = (x_ri / x_r) / (X_i / X) with X the sum over the input regions; with --group the",
            "denominators are the region's and the reference area's totals of the industry's group (e.g. traded or",
            "local). Writes [year,]region,industry,value,lq,region_share,national_share, one row per input cell."
        })
final class LqCommand implements Callable<Integer> {

    @Mixin
    LongInputOptions in;

    @Option(names = "--group", description = "Column giving each industry's denominator group (e.g. traded|local).")
    String group;

    @Option(names = "--out", required = true, description = "Output CSV.")
    java.nio.file.Path out;

    @Override
    public Integer call() throws Exception {
        IndustryAttribute groups = group == null ? null : new IndustryAttribute(group, Set.of());
        Panel panel = groups == null
                ? in.read()
                : in.reader().onRow(groups.listener(), group).read(in.input);
        List<String> regions = panel.regions();
        List<String> industries = panel.industries();
        LocationQuotient lqMeasure = LocationQuotient.onTotal();
        if (groups != null) {
            lqMeasure = lqMeasure.withGroups(groups.groupsFor(industries));
        }
        try (CsvOutput csv = CsvOutput.create(
                out, in.withYear("region", "industry", "value", "lq", "region_share", "national_share"))) {
            for (int y : panel.years()) {
                LabelledMatrix x = panel.crossSection(y, in.value);
                double[] lq = lqMeasure.compute(x).values();
                double[] regional = new RegionShare().compute(x).values();
                double[] national = new NationalShare().compute(x).values();
                int yi = panel.yearIndex(y);
                for (int cell = panel.firstCell(yi); cell < panel.endCell(yi); cell++) {
                    int r = panel.regionOf(cell);
                    int c = panel.industryOf(cell);
                    int k = r * industries.size() + c;
                    csv.row(Fields.concat(
                            in.yearField(y),
                            regions.get(r),
                            industries.get(c),
                            CsvOutput.number(panel.value(0, cell)),
                            CsvOutput.number(lq[k]),
                            CsvOutput.number(regional[k]),
                            CsvOutput.number(national[k])));
                }
            }
            csv.commit();
        }
        return 0;
    }
}
