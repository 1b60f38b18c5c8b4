package org.clusterworks.cli.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with a header row (commons-csv, RFC 4180) and hands each data row to a callback, with errors
 * that name the file, the line and the column. Codes are kept as text (leading zeros survive).
 *
 * <p>Usage by any subcommand:
 *
 * <pre>{@code
 * try (CsvInput in = CsvInput.open(file)) {
 *     int region = in.column("state_fips");
 *     int employment = in.column("employment");
 *     in.forEachRow(row -> builder.add(row.code(region), ..., row.measure(employment)));
 * }
 * }</pre>
 */
public final class CsvInput implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final Path file;
    private final Reader reader;
    private final CSVParser parser;
    private final List<String> header;

    private CsvInput(Path file, Reader reader, CSVParser parser) {
        this.file = file;
        this.reader = reader;
        this.parser = parser;
        this.header = parser.getHeaderNames();
    }

    /** Opens {@code file} and reads its header; an unreadable, missing or empty file is an {@link InputException}. */
    public static CsvInput open(Path file) throws InputException {
        Reader reader = null;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            CSVParser parser =
                    CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            CsvInput in = new CsvInput(file, reader, parser);
            if (in.header.isEmpty()) {
                in.close();
                throw new InputException(file, 0, null, "empty input: no header row");
            }
            return in;
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, null, "file not found");
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
            throw new InputException(file, 0, null, "cannot read CSV header: " + e.getMessage());
        }
    }

    private static void closeQuietly(Reader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // the read error is the one to report
            }
        }
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    /** Index of a required column, or an {@link InputException} listing the columns present. */
    public int column(String name) throws InputException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new InputException(file, 1, name, "missing column; the header has " + header);
        }
        return i;
    }

    /** Index of an optional column: -1 when {@code name} is null, else as {@link #column(String)}. */
    public int optionalColumn(String name) throws InputException {
        return name == null ? -1 : column(name);
    }

    /** Calls {@code handler} for every data row; at least one data row is required. Returns the row count. */
    public long forEachRow(RowHandler handler) throws InputException {
        long rows = 0;
        try {
            for (CSVRecord record : parser) {
                rows++;
                handler.accept(new Row(this, record, rows + 1));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new InputException(file, rows + 2, null, "malformed CSV: " + e.getMessage());
        }
        if (rows == 0) {
            throw new InputException(file, 0, null, "empty input: a header but no data rows");
        }
        return rows;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing was written, nothing to lose
        }
        closeQuietly(reader);
    }

    /** Receives one data row. */
    @FunctionalInterface
    public interface RowHandler {
        void accept(Row row) throws InputException;
    }

    /** One data row, with typed accessors that fail with the file, line and column. */
    public static final class Row {

        private final CsvInput input;
        private final CSVRecord record;
        private final long line;

        Row(CsvInput input, CSVRecord record, long line) {
            this.input = input;
            this.record = record;
            this.line = line;
        }

        /** 1-based line number in the file (the header is line 1; assumes no line breaks inside fields). */
        public long line() {
            return line;
        }

        /** Index of a header name (checked beforehand with {@link CsvInput#column}), -1 when absent. */
        public int columnIndex(String name) {
            return input.header.indexOf(name);
        }

        /** The raw text of a column (empty string when the row is short). */
        public String text(int column) {
            return column < record.size() ? record.get(column) : "";
        }

        /** A non-empty code, kept as text. */
        public String code(int column) throws InputException {
            String s = text(column);
            if (s.isEmpty()) {
                throw error(column, "empty code");
            }
            return s;
        }

        /** A non-negative finite number; an empty field is a missing value ({@code NaN}). */
        public double measure(int column) throws InputException {
            String s = text(column);
            if (s.isEmpty()) {
                return Double.NaN;
            }
            double v = number(column, s);
            if (v < 0) {
                throw error(column, "negative value '" + s + "'");
            }
            return v;
        }

        /** Any finite number, required. */
        public double number(int column) throws InputException {
            String s = text(column);
            if (s.isEmpty()) {
                throw error(column, "missing number");
            }
            return number(column, s);
        }

        private double number(int column, String s) throws InputException {
            double v;
            try {
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw error(column, "not a number: '" + s + "'");
            }
            if (!Double.isFinite(v) || Character.isLetter(s.charAt(s.length() - 1))) {
                throw error(column, "not a finite number: '" + s + "'");
            }
            return v;
        }

        /** An integer such as a year ("2016" or "2016.0"). */
        public int integer(int column) throws InputException {
            double v = number(column);
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw error(column, "not an integer: '" + text(column) + "'");
            }
            return (int) v;
        }

        /** An {@link InputException} at this row and the named column. */
        public InputException error(int column, String problem) {
            return new InputException(input.file, line, input.header.get(column), problem);
        }
    }
}
