package org.clusterworks.mapping.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of an uploaded table: CSV (comma, semicolon or tab, detected from the header; optionally gzip) or the
 * first sheet of an XLSX workbook, streamed ({@link XlsxRows}). Row numbers are the file's: the header is row 1, the first data row is row 2.
 */
public abstract class RowSource implements AutoCloseable {

    /** Column names of the header row, trimmed, byte-order mark removed. */
    public abstract List<String> header();

    /** The next row's fields, or null at the end. */
    public abstract String[] next() throws IOException;

    /** Row number (1-based, header = 1) of the row last returned by {@link #next()}. */
    public abstract long rowNumber();

    /** How far through the file reading is, 0 to 1. */
    public abstract double progress();

    @Override
    public abstract void close() throws IOException;

    /** Opens a file by its name: {@code .xlsx} as a workbook, anything else as (possibly gzipped) CSV. */
    public static RowSource open(Path file, String fileName) throws IOException {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return new XlsxRows(file);
        }
        long size = Files.size(file);
        return new Csv(Files.newInputStream(file), size, lower.endsWith(".gz"));
    }

    /** Opens a stream of CSV text (for resources); progress is not known. */
    public static RowSource csv(InputStream in, boolean gzip) throws IOException {
        return new Csv(in, -1, gzip);
    }

    static final class Csv extends RowSource {
        private final CountingStream counting;
        private final long size;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> header;
        private long row = 1;

        Csv(InputStream raw, long size, boolean gzip) throws IOException {
            this.counting = new CountingStream(new BufferedInputStream(raw, 1 << 16));
            this.size = size;
            InputStream in = gzip ? new GZIPInputStream(counting, 1 << 16) : counting;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            reader.mark(1 << 16);
            String first = reader.readLine();
            if (first == null) {
                throw new IOException("the file is empty");
            }
            reader.reset();
            char delimiter = delimiter(first);
            Reader r = reader;
            this.parser = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreSurroundingSpaces(true)
                    .get()
                    .parse(r);
            this.records = parser.iterator();
            List<String> h = new ArrayList<>();
            CSVRecord headerRecord;
            try {
                headerRecord = records.next();
            } catch (java.io.UncheckedIOException e) {
                throw new IOException("row 1: " + e.getCause().getMessage(), e);
            }
            for (String s : headerRecord) {
                h.add(s.strip());
            }
            if (!h.isEmpty() && h.get(0).startsWith("\uFEFF")) {
                h.set(0, h.get(0).substring(1));
            }
            this.header = List.copyOf(h);
        }

        static char delimiter(String line) {
            int commas = count(line, ','), semis = count(line, ';'), tabs = count(line, '\t');
            if (tabs > commas && tabs > semis) {
                return '\t';
            }
            return semis > commas ? ';' : ',';
        }

        private static int count(String s, char c) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                n += s.charAt(i) == c ? 1 : 0;
            }
            return n;
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public String[] next() throws IOException {
            try {
                while (records.hasNext()) {
                    CSVRecord rec = records.next();
                    row = rec.getRecordNumber();
                    if (rec.size() == 1 && rec.get(0).isEmpty()) {
                        continue;
                    }
                    return rec.values();
                }
                return null;
            } catch (java.io.UncheckedIOException e) {
                // broken quoting: found by fuzzing the cluster-definition upload, where it was a server error
                throw new IOException("row " + (row + 1) + ": " + e.getCause().getMessage(), e);
            }
        }

        @Override
        public long rowNumber() {
            return row;
        }

        @Override
        public double progress() {
            return size <= 0 ? 0 : Math.min(1, counting.count / (double) size);
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
