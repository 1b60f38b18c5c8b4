package org.clusterworks.cli;

import org.clusterworks.cli.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code clusterworks} command line: one subcommand per family of cluster-mapping measures.
 *
 * <p>To add a subcommand, add its class to the {@code subcommands} list below (one line). A subcommand is a picocli
 * {@code Callable<Integer>}; it reads input with {@link org.clusterworks.cli.io.CsvInput} or
 * {@link org.clusterworks.cli.io.PanelReader}, writes with {@link org.clusterworks.cli.io.CsvOutput}, and throws
 * {@link InputException} for bad input, which this class turns into a message on stderr and exit status 2.
 */
@Command(
        name = "clusterworks",
        mixinStandardHelpOptions = true,
        version = "ClusterWorks 0.1.0",
        description =
                "Cluster mapping from the command line: specialisation, cluster strength, relatedness, complexity.",
        subcommands = {
            CommandLine.HelpCommand.class,
            StrengthCommand.class,
            LqCommand.class,
            IndicesCommand.class,
            StarsCommand.class,
            ShiftShareCommand.class,
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
        CommandLine cli = new CommandLine(new ClusterWorksCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException bad) {
                commandLine.getErr().println("error: " + bad.getMessage());
                return EXIT_BAD_INPUT;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
