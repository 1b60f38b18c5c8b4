package org.clusterworks.cli.io;

import java.nio.file.Path;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.panel.PanelBuilder;
import org.clusterworks.analytics.panel.PanelInputException;

/**
 * Reads a long-format CSV (one row per region x industry [x year]) into a {@link Panel}; errors name the file, line
 * and column. Without a year column every row gets year 0. Reusable by any subcommand that needs a panel.
 */
public final class PanelReader {

    private final String regionColumn;
    private final String industryColumn;
    private final String yearColumn;
    private final String[] measureColumns;
    private boolean sumDuplicates;
    private RowListener listener = (row, industry) -> {};
    private String[] listenerColumns = new String[0];

    /**
     * @param regionColumn header of the region code column
     * @param industryColumn header of the industry (or cluster) code column
     * @param yearColumn header of the year column, or null for a single cross-section
     * @param measureColumns headers of the measures; they become the panel's measure names
     */
    public PanelReader(String regionColumn, String industryColumn, String yearColumn, String... measureColumns) {
        this.regionColumn = regionColumn;
        this.industryColumn = industryColumn;
        this.yearColumn = yearColumn;
        this.measureColumns = measureColumns.clone();
    }

    /** Sum rows that repeat a region x industry x year instead of rejecting them. */
    public PanelReader sumDuplicates(boolean sum) {
        this.sumDuplicates = sum;
        return this;
    }

    /**
     * Also passes every row (with its industry code) to {@code rowListener}, e.g. to read a per-industry attribute
     * such as traded/local; {@code columns} are the extra columns it reads, checked against the header first.
     */
    public PanelReader onRow(RowListener rowListener, String... columns) {
        this.listener = rowListener;
        this.listenerColumns = columns.clone();
        return this;
    }

    /** Reads the file. */
    public Panel read(Path file) throws InputException {
        try (CsvInput in = CsvInput.open(file)) {
            int region = in.column(regionColumn);
            int industry = in.column(industryColumn);
            int year = in.optionalColumn(yearColumn);
            for (String c : listenerColumns) {
                in.column(c);
            }
            int[] measures = new int[measureColumns.length];
            for (int m = 0; m < measures.length; m++) {
                measures[m] = in.column(measureColumns[m]);
            }
            PanelBuilder builder = Panel.builder(measureColumns).sumDuplicates(sumDuplicates);
            double[] values = new double[measures.length];
            in.forEachRow(row -> {
                String industryCode = row.code(industry);
                for (int m = 0; m < measures.length; m++) {
                    values[m] = row.measure(measures[m]);
                }
                builder.add(row.code(region), industryCode, year < 0 ? 0 : row.integer(year), values);
                listener.accept(row, industryCode);
            });
            try {
                return builder.build();
            } catch (PanelInputException e) {
                String also = e.otherRow() > 0 ? " (first seen on row " + (e.otherRow() + 1) + ")" : "";
                String column = "region,industry,year".equals(e.column())
                        ? regionColumn + "," + industryColumn + (yearColumn == null ? "" : "," + yearColumn)
                        : e.column();
                throw new InputException(file, e.row() + 1, column, e.problem() + also);
            }
        }
    }

    /** Sees each row after it was added to the panel. */
    @FunctionalInterface
    public interface RowListener {
        void accept(CsvInput.Row row, String industryCode) throws InputException;
    }
}
