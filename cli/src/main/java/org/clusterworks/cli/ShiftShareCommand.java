package org.clusterworks.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.specialisation.Growth;
import org.clusterworks.analytics.specialisation.ShiftShare;
import org.clusterworks.cli.io.CsvOutput;
import org.clusterworks.cli.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code shift-share} subcommand: classic (Dunn) and Esteban-Marquillas decomposition between two years. */
@Command(
        name = "shift-share",
        mixinStandardHelpOptions = true,
        description = {
            "Decomposes the change of every region x industry between --from and --to: national share, industry mix",
            "and competitive effect (Dunn 1960), and the Esteban-Marquillas (1972) homothetic employment, homothetic",
            "competitive effect and allocation effect; also growth and CAGR. The reference area is the sum over the",
            "input regions. Needs --year."
        })
final class ShiftShareCommand implements Callable<Integer> {

    @Mixin
    LongInputOptions in;

    @Option(names = "--from", required = true, description = "Base year.")
    int from;

    @Option(names = "--to", required = true, description = "Final year.")
    int to;

    @Option(names = "--out", required = true, description = "Output CSV.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (in.year == null) {
            throw new InputException(in.input, 0, null, "shift-share needs --year");
        }
        if (to <= from) {
            throw new InputException(in.input, 0, in.year, "--to (" + to + ") must be after --from (" + from + ")");
        }
        Panel panel = in.read();
        for (int y : new int[] {from, to}) {
            if (java.util.Arrays.binarySearch(panel.years(), y) < 0) {
                throw new InputException(in.input, 0, in.year, "no rows for year " + y);
            }
        }
        LabelledMatrix base = panel.crossSection(from, in.value);
        LabelledMatrix last = panel.crossSection(to, in.value);
        ShiftShare.Result s = ShiftShare.decompose(base, last);
        try (CsvOutput csv = CsvOutput.create(
                out,
                "region",
                "industry",
                "base",
                "final",
                "change",
                "growth",
                "cagr",
                "national_share",
                "industry_mix",
                "competitive",
                "homothetic",
                "em_competitive",
                "allocation")) {
            for (int r = 0; r < base.rows(); r++) {
                for (int c = 0; c < base.columns(); c++) {
                    double x0 = base.get(r, c);
                    double x1 = last.get(r, c);
                    if (x0 == 0 && x1 == 0) {
                        continue;
                    }
                    csv.row(
                            base.rowCodes()[r],
                            base.columnCodes()[c],
                            CsvOutput.number(x0),
                            CsvOutput.number(x1),
                            CsvOutput.number(s.change().get(r, c)),
                            CsvOutput.number(Growth.rate(x0, x1)),
                            CsvOutput.number(Growth.cagr(x0, x1, to - from)),
                            CsvOutput.number(s.nationalShare().get(r, c)),
                            CsvOutput.number(s.industryMix().get(r, c)),
                            CsvOutput.number(s.competitive().get(r, c)),
                            CsvOutput.number(s.homothetic().get(r, c)),
                            CsvOutput.number(s.homotheticCompetitive().get(r, c)),
                            CsvOutput.number(s.allocation().get(r, c)));
                }
            }
            csv.commit();
        }
        return 0;
    }
}
