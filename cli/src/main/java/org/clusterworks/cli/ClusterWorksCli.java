package org.clusterworks.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code clusterworks} command line: one subcommand per family of cluster-mapping measures. */
@Command(
        name = "clusterworks",
        mixinStandardHelpOptions = true,
        version = "ClusterWorks 0.1.0",
        description =
                "Cluster mapping from the command line: specialisation, cluster strength, relatedness, complexity.",
        subcommands = {
            CommandLine.HelpCommand.class,
            org.clusterworks.cli.complexity.ComplexityCommand.class,
            org.clusterworks.cli.complexity.RelatednessCommand.class,
            org.clusterworks.cli.selection.SelectCommand.class
        })
public final class ClusterWorksCli {

    /** Exit status for bad input (missing columns, non-numbers, duplicates, unknown codes, empty input). */
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, without exiting (for tests). */
    public static int run(String... args) {
        return new CommandLine(new ClusterWorksCli()).execute(args);
    }
}
