package org.clusterworks.cli;

import java.nio.file.Path;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.cli.io.InputException;
import org.clusterworks.cli.io.PanelReader;
import picocli.CommandLine.Option;

/** The options shared by subcommands that read one measure from a long CSV (a picocli mixin). */
final class LongInputOptions {

    @Option(names = "--input", required = true, description = "Long CSV, one row per region x industry [x year].")
    Path input;

    @Option(names = "--region", required = true, description = "Region code column.")
    String region;

    @Option(
            names = {"--industry", "--cluster"},
            required = true,
            description = "Industry (or cluster) code column.")
    String industry;

    @Option(
            names = {"--value", "--employment"},
            required = true,
            description = "Column of the measure (e.g. employment).")
    String value;

    @Option(names = "--year", description = "Year column (optional).")
    String year;

    @Option(names = "--sum-duplicates", description = "Add up rows repeating a region x industry x year.")
    boolean sumDuplicates;

    PanelReader reader() {
        return new PanelReader(region, industry, year, value).sumDuplicates(sumDuplicates);
    }

    Panel read() throws InputException {
        return reader().read(input);
    }

    /** The year prefix of an output row: empty without a year column. */
    String[] yearField(int y) {
        return year == null ? new String[0] : new String[] {Integer.toString(y)};
    }

    String[] withYear(String... header) {
        return year == null ? header : Fields.concat(new String[] {"year"}, header);
    }
}
