package org.clusterworks.cli.complexity;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The input options shared by the complexity and relatedness commands. */
public final class ActivityOptions {

    @Option(
            names = "--input",
            required = true,
            paramLabel = "FILE",
            description = "Long CSV with a header row: one row per region x industry.")
    Path input;

    @Option(names = "--region", required = true, paramLabel = "COL", description = "Column holding the region code.")
    String region;

    @Option(
            names = "--industry",
            required = true,
            paramLabel = "COL",
            description = "Column holding the industry (product) code.")
    String industry;

    @Option(
            names = "--value",
            required = true,
            paramLabel = "COL",
            description = "Column holding the activity (exports, employment), a number >= 0.")
    String value;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Output directory (created if missing; files in it are replaced).")
    Path out;

    @Option(
            names = "--threshold",
            defaultValue = "1",
            paramLabel = "RCA",
            description = "Presence when RCA >= this (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--strict", description = "Presence when RCA > threshold instead of >=.")
    boolean strict;

    @Option(
            names = "--sum-duplicates",
            description = "Add up repeated region x industry rows instead of rejecting them.")
    boolean sumDuplicates;
}
