package org.clusterworks.analytics.panel;

/**
 * Bad input to a {@link PanelBuilder}: names the 1-based data row (in the order rows were added) and the column.
 */
public final class PanelInputException extends IllegalArgumentException {

    private final long row;
    private final String column;
    private final String problem;
    private final long otherRow;

    public PanelInputException(long row, String column, String problem) {
        this(row, column, problem, 0);
    }

    /** As above, for a problem that involves a second, earlier row (a duplicate). */
    public PanelInputException(long row, String column, String problem, long otherRow) {
        super("row " + row + ", column '" + column + "': " + problem
                + (otherRow > 0 ? " (also row " + otherRow + ")" : ""));
        this.row = row;
        this.column = column;
        this.problem = problem;
        this.otherRow = otherRow;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    /** The earlier row involved (for duplicates), or 0. */
    public long otherRow() {
        return otherRow;
    }

    /** The 1-based ordinal of the offending row among the rows added to the builder. */
    public long row() {
        return row;
    }

    /** The column (measure, or "region", "industry", "year") at fault. */
    public String column() {
        return column;
    }
}
