package org.clusterworks.analytics.panel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads a large long-format CSV (header row; one row per region x industry [x year]) straight into a {@link Panel},
 * parsing bytes in parallel chunks without a String per field.
 *
 * <p>Fields are comma separated, may be double-quoted (RFC 4180, but without line breaks inside quotes); codes stay
 * text; measures must be non-negative finite numbers, an empty field is missing ({@code NaN}). Errors are
 * {@link PanelInputException}s whose row is the 1-based line in the file (the header is line 1); for duplicates the
 * line assumes there are no blank lines. Use the commons-csv based reader of the CLI for small or unusual files; this
 * loader is for files of millions of rows.
 */
public final class LongCsvLoader {

    private static final int BUFFER = 1 << 22;

    private final String regionColumn;
    private final String industryColumn;
    private final String yearColumn;
    private final String[] measureColumns;
    private boolean sumDuplicates;
    private int threads = Runtime.getRuntime().availableProcessors();

    /**
     * @param regionColumn header of the region code column
     * @param industryColumn header of the industry code column
     * @param yearColumn header of the year column, or null (every row gets year 0)
     * @param measureColumns headers of the measure columns (the panel's measure names)
     */
    public LongCsvLoader(String regionColumn, String industryColumn, String yearColumn, String... measureColumns) {
        this.regionColumn = regionColumn;
        this.industryColumn = industryColumn;
        this.yearColumn = yearColumn;
        this.measureColumns = measureColumns.clone();
    }

    /** Add up rows repeating a region x industry x year instead of rejecting them. */
    public LongCsvLoader sumDuplicates(boolean sum) {
        this.sumDuplicates = sum;
        return this;
    }

    /** Number of parsing threads (default: available processors). */
    public LongCsvLoader threads(int n) {
        this.threads = Math.max(1, n);
        return this;
    }

    /** Reads the file into a panel. */
    public Panel load(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = new byte[(int) Math.min(size, 1 << 16)];
            channel.read(ByteBuffer.wrap(head), 0);
            int headerEnd = indexOf(head, (byte) '\n', 0, head.length);
            if (headerEnd < 0 && head.length == size) {
                headerEnd = head.length;
            }
            if (size == 0 || headerEnd < 0) {
                throw new PanelInputException(1, "header", "empty input or header line too long");
            }
            List<String> header = splitHeader(new String(head, 0, headerEnd, StandardCharsets.UTF_8));
            int[] columns = columnIndices(header);
            long dataStart = Math.min(size, headerEnd + 1L);
            long[] bounds = chunkBounds(channel, dataStart, size);
            double bytesPerLine = bytesPerLine(head, headerEnd);
            int chunks = bounds.length - 1;
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, chunks));
            try {
                List<Future<Chunk>> futures = new ArrayList<>();
                for (int c = 0; c < chunks; c++) {
                    long from = bounds[c];
                    long to = bounds[c + 1];
                    int expected = (int) Math.min(Integer.MAX_VALUE - 8, (to - from) / bytesPerLine + 1024);
                    futures.add(pool.submit(
                            () -> new Chunk(measureColumns.length, expected).parse(channel, from, to, columns)));
                }
                List<Chunk> parsed = new ArrayList<>();
                for (int c = 0; c < chunks; c++) {
                    parsed.add(get(futures.get(c), channel, bounds[c]));
                }
                return merge(parsed);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private Chunk get(Future<Chunk> future, FileChannel channel, long chunkStart) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof ChunkError err) {
                long line = countLines(channel, chunkStart) + err.lineInChunk;
                throw new PanelInputException(line, err.column, err.problem);
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Average data line length in the first 64 KiB, a little low so that chunk arrays rarely need to grow. */
    private static double bytesPerLine(byte[] head, int headerEnd) {
        int lines = 0;
        int last = headerEnd;
        for (int i = headerEnd + 1; i < head.length; i++) {
            if (head[i] == '\n') {
                lines++;
                last = i;
            }
        }
        return lines == 0 ? 16 : Math.max(4, 0.95 * (last - headerEnd) / lines);
    }

    private int[] columnIndices(List<String> header) {
        List<String> wanted = new ArrayList<>(List.of(regionColumn, industryColumn));
        wanted.add(yearColumn);
        wanted.addAll(List.of(measureColumns));
        int[] columns = new int[wanted.size()];
        for (int i = 0; i < columns.length; i++) {
            String name = wanted.get(i);
            columns[i] = name == null ? -1 : header.indexOf(name);
            if (name != null && columns[i] < 0) {
                throw new PanelInputException(1, name, "missing column; the header has " + header);
            }
        }
        return columns;
    }

    private Panel merge(List<Chunk> parsed) {
        CodeDictionary regions = new CodeDictionary();
        CodeDictionary industries = new CodeDictionary();
        List<PanelAssembly.Rows> parts = new ArrayList<>();
        int total = 0;
        for (Chunk c : parsed) {
            parts.add(new PanelAssembly.Rows(
                    c.region,
                    c.industry,
                    c.year,
                    c.values,
                    c.size,
                    remap(c.regions, regions),
                    remap(c.industries, industries)));
            total += c.size;
        }
        parsed.clear();
        if (total == 0) {
            throw new PanelInputException(2, "", "empty input: a header but no data rows");
        }
        return PanelAssembly.assemble(measureColumns, regions, industries, parts, sumDuplicates);
    }

    private static int[] remap(ByteCodeTable local, CodeDictionary global) {
        int[] map = new int[local.size()];
        for (int id = 0; id < map.length; id++) {
            map[id] = global.intern(local.code(id));
        }
        return map;
    }

    private long[] chunkBounds(FileChannel channel, long start, long size) throws IOException {
        int n = (int) Math.max(1, Math.min(threads * 4L, (size - start) / (1 << 20)));
        long[] bounds = new long[n + 1];
        bounds[0] = start;
        bounds[n] = size;
        byte[] probe = new byte[1 << 16];
        for (int c = 1; c < n; c++) {
            long guess = Math.max(bounds[c - 1], start + (size - start) * c / n);
            int read = channel.read(ByteBuffer.wrap(probe), guess);
            int nl = read > 0 ? indexOf(probe, (byte) '\n', 0, read) : -1;
            bounds[c] = nl < 0 ? size : Math.min(size, guess + nl + 1);
        }
        return bounds;
    }

    private static long countLines(FileChannel channel, long upTo) throws IOException {
        long lines = 0;
        byte[] buf = new byte[BUFFER];
        for (long pos = 0; pos < upTo; ) {
            int read = channel.read(ByteBuffer.wrap(buf, 0, (int) Math.min(buf.length, upTo - pos)), pos);
            for (int i = 0; i < read; i++) {
                lines += buf[i] == '\n' ? 1 : 0;
            }
            pos += read;
        }
        return lines;
    }

    private static int indexOf(byte[] b, byte v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitHeader(String line) {
        List<String> names = new ArrayList<>();
        for (String s : line.replace("\r", "").split(",", -1)) {
            String t = s.trim();
            names.add(t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t);
        }
        return names;
    }

    /** A parse error inside a chunk, located relative to the chunk's first line. */
    private static final class ChunkError extends RuntimeException {
        final long lineInChunk;
        final String column;
        final String problem;

        ChunkError(long lineInChunk, String column, String problem) {
            super(problem, null, false, false);
            this.lineInChunk = lineInChunk;
            this.column = column;
            this.problem = problem;
        }
    }

    /** The rows of one byte range of the file. */
    private final class Chunk {
        final ByteCodeTable regions = new ByteCodeTable();
        final ByteCodeTable industries = new ByteCodeTable();
        int size;
        int[] region;
        int[] industry;
        int[] year;
        final double[][] values;
        private final int[] fieldStart = new int[64];
        private final int[] fieldEnd = new int[64];

        Chunk(int measures, int expectedRows) {
            region = new int[expectedRows];
            industry = new int[expectedRows];
            year = new int[expectedRows];
            values = new double[measures][expectedRows];
        }

        Chunk parse(FileChannel channel, long from, long to, int[] columns) throws IOException {
            byte[] buf = new byte[BUFFER];
            int filled = 0;
            long pos = from;
            long line = 1;
            while (pos < to || filled > 0) {
                int read = pos < to
                        ? channel.read(ByteBuffer.wrap(buf, filled, (int) Math.min(buf.length - filled, to - pos)), pos)
                        : 0;
                if (read > 0) {
                    pos += read;
                    filled += read;
                }
                boolean last = pos >= to;
                int start = 0;
                while (true) {
                    int nl = indexOf(buf, (byte) '\n', start, filled);
                    if (nl < 0) {
                        if (last && start < filled) {
                            nl = filled;
                        } else {
                            break;
                        }
                    }
                    parseLine(buf, start, nl, columns, line++);
                    start = nl + 1;
                    if (start >= filled) {
                        break;
                    }
                }
                if (start == 0 && filled == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int rest = Math.max(0, filled - start);
                System.arraycopy(buf, Math.min(start, filled), buf, 0, rest);
                filled = rest;
                if (last) {
                    break;
                }
            }
            return this;
        }

        private void parseLine(byte[] b, int from, int to, int[] columns, long line) {
            if (to > from && b[to - 1] == '\r') {
                to--;
            }
            if (to == from) {
                return;
            }
            int fields = 0;
            int i = from;
            while (fields < fieldStart.length) {
                if (i < to && b[i] == '"') {
                    int q = i + 1;
                    while (q < to && !(b[q] == '"' && (q + 1 >= to || b[q + 1] != '"'))) {
                        q += b[q] == '"' ? 2 : 1;
                    }
                    fieldStart[fields] = i + 1;
                    fieldEnd[fields] = Math.min(q, to);
                    i = q + 1;
                } else {
                    fieldStart[fields] = i;
                    while (i < to && b[i] != ',') {
                        i++;
                    }
                    fieldEnd[fields] = i;
                }
                fields++;
                if (i >= to) {
                    break;
                }
                i++; // the comma
                if (i == to) {
                    fieldStart[fields] = to;
                    fieldEnd[fields] = to;
                    fields++;
                    break;
                }
            }
            if (size == region.length) {
                grow();
            }
            region[size] = code(b, columns[0], fields, line, regionColumn, regions);
            industry[size] = code(b, columns[1], fields, line, industryColumn, industries);
            year[size] = columns[2] < 0 ? 0 : year(b, columns[2], fields, line);
            for (int m = 0; m < values.length; m++) {
                values[m][size] = measure(b, columns[3 + m], fields, line, measureColumns[m]);
            }
            size++;
        }

        private int code(byte[] b, int column, int fields, long line, String name, ByteCodeTable table) {
            if (column >= fields || fieldEnd[column] == fieldStart[column]) {
                throw new ChunkError(line, name, "empty code");
            }
            return table.intern(b, fieldStart[column], fieldEnd[column]);
        }

        private int year(byte[] b, int column, int fields, long line) {
            double v = number(b, column, fields, line, yearColumn);
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE || v != v) {
                throw new ChunkError(line, yearColumn, "not a year: '" + text(b, column, fields) + "'");
            }
            return (int) v;
        }

        private double measure(byte[] b, int column, int fields, long line, String name) {
            if (column >= fields || fieldEnd[column] == fieldStart[column]) {
                return Double.NaN;
            }
            double v = number(b, column, fields, line, name);
            if (v < 0) {
                throw new ChunkError(line, name, "negative value '" + text(b, column, fields) + "'");
            }
            return v;
        }

        private double number(byte[] b, int column, int fields, long line, String name) {
            if (column >= fields || fieldEnd[column] == fieldStart[column]) {
                throw new ChunkError(line, name, "missing number");
            }
            int s = fieldStart[column];
            int e = fieldEnd[column];
            if (e - s <= 15) {
                long v = 0;
                int i = s;
                while (i < e && b[i] >= '0' && b[i] <= '9') {
                    v = v * 10 + (b[i] - '0');
                    i++;
                }
                if (i == e) {
                    return v;
                }
            }
            String t = text(b, column, fields);
            try {
                double v = Double.parseDouble(t);
                if (!Double.isFinite(v) || Character.isLetter(t.charAt(t.length() - 1))) {
                    throw new ChunkError(line, name, "not a finite number: '" + t + "'");
                }
                return v;
            } catch (NumberFormatException ex) {
                throw new ChunkError(line, name, "not a number: '" + t + "'");
            }
        }

        private String text(byte[] b, int column, int fields) {
            return column >= fields
                    ? ""
                    : new String(b, fieldStart[column], fieldEnd[column] - fieldStart[column], StandardCharsets.UTF_8)
                            .trim();
        }

        private void grow() {
            int capacity = region.length + (region.length >> 2) + 1024;
            region = Arrays.copyOf(region, capacity);
            industry = Arrays.copyOf(industry, capacity);
            year = Arrays.copyOf(year, capacity);
            for (int m = 0; m < values.length; m++) {
                values[m] = Arrays.copyOf(values[m], capacity);
            }
        }
    }
}
