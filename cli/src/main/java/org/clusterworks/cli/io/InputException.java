package org.clusterworks.cli.io;

import java.nio.file.Path;

/**
 * Bad input, located by file, line (1-based, the header is line 1) and column; the CLI prints it and exits with
 * status 2. Any subcommand may throw it from its {@code call()}.
 */
public final class InputException extends Exception {

    private final Path file;
    private final long line;
    private final String column;
    private final String problem;

    /**
     * @param file the input file
     * @param line 1-based line in the file, or 0 when the problem concerns the whole file
     * @param column the column at fault, or null
     * @param problem what is wrong, in plain words
     */
    public InputException(Path file, long line, String column, String problem) {
        super(describe(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String describe(Path file, long line, String column, String problem) {
        StringBuilder s = new StringBuilder().append(file);
        if (line > 0) {
            s.append(": row ").append(line);
        }
        if (column != null) {
            s.append(line > 0 ? ", " : ": ").append("column '").append(column).append('\'');
        }
        return s.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
