package org.clusterworks.mapping.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.function.IntConsumer;
import org.clusterworks.mapping.importing.ParsedData;

/**
 * Bulk insert of a version's observations on the transaction's connection, with the fastest path each database
 * offers: {@code CSVREAD} of a temporary file on H2, {@code COPY ... FROM STDIN} on PostgreSQL, and portable
 * multi-row {@code INSERT ... VALUES} otherwise. (Plain JDBC with positional parameters is used here only: these are
 * not queries but bulk loads.)
 */
abstract class ObservationWriter {

    abstract void write(Connection c, long versionId, ParsedData data, IntConsumer rowsWritten) throws SQLException;

    static ObservationWriter forConnection(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        if (product.contains("h2")) {
            return new H2CsvRead();
        }
        return new MultiRowInsert();
    }

    /** The writer for this connection and data: codes holding tabs or line breaks take the portable path. */
    static ObservationWriter forData(Connection c, ParsedData d) throws SQLException {
        boolean plain = d.regions().stream().noneMatch(ObservationWriter::special)
                && d.industries().stream().noneMatch(ObservationWriter::special)
                && (d.flags() == null || java.util.Arrays.stream(d.flags()).noneMatch(ObservationWriter::special));
        if (!plain) {
            return new MultiRowInsert();
        }
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        if (product.contains("h2")) {
            return new H2CsvRead();
        }
        if (product.contains("postgres")) {
            return new PostgresCopy();
        }
        return new MultiRowInsert();
    }

    private static boolean special(String s) {
        return s != null
                && (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\\') >= 0);
    }

    /** One row as tab-separated text: region, industry, period, m1..m6 (empty = null), flag. */
    static void line(StringBuilder b, ParsedData d, int i) {
        int measures = d.values().length;
        b.append(d.regions().get(d.region()[i]))
                .append('\t')
                .append(d.industries().get(d.industry()[i]))
                .append('\t')
                .append(d.period()[i]);
        for (int m = 0; m < 6; m++) {
            b.append('\t');
            if (m < measures) {
                double v = d.values()[m][i];
                if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                    b.append((long) v);
                } else {
                    b.append(v);
                }
            }
        }
        b.append('\t');
        if (d.flags() != null && d.flags()[i] != null) {
            b.append(d.flags()[i]);
        }
        b.append('\n');
    }

    /** H2: write a temporary tab-separated file and load it with one INSERT ... SELECT FROM CSVREAD. */
    static final class H2CsvRead extends ObservationWriter {
        @Override
        void write(Connection c, long versionId, ParsedData d, IntConsumer rowsWritten) throws SQLException {
            Path tmp = null;
            try {
                tmp = Files.createTempFile("cw-observations-", ".tsv");
                try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    StringBuilder b = new StringBuilder(128);
                    for (int i = 0; i < d.size(); i++) {
                        b.setLength(0);
                        line(b, d, i);
                        w.append(b);
                    }
                }
                rowsWritten.accept(d.size() / 4);
                try (PreparedStatement ps = c.prepareStatement(
                        """
                        insert into map_observation (version_id, region, industry, period, m1, m2, m3, m4, m5, m6, flag)
                        select ?, c1, c2, cast(c3 as integer), cast(nullif(c4, '') as double precision),
                            cast(nullif(c5, '') as double precision), cast(nullif(c6, '') as double precision),
                            cast(nullif(c7, '') as double precision), cast(nullif(c8, '') as double precision),
                            cast(nullif(c9, '') as double precision), nullif(c10, '')
                        from csvread('%s', 'c1' || char(9) || 'c2' || char(9) || 'c3' || char(9) || 'c4' || char(9)
                            || 'c5' || char(9) || 'c6' || char(9) || 'c7' || char(9) || 'c8' || char(9) || 'c9'
                            || char(9) || 'c10', 'charset=UTF-8 fieldDelimiter= fieldSeparator=' || char(9))""".formatted(tmp.toAbsolutePath().toString().replace("'", "''")))) {
                    ps.setLong(1, versionId);
                    ps.executeUpdate();
                }
                rowsWritten.accept(d.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // temporary file; the OS cleans up
                    }
                }
            }
        }
    }

    /** PostgreSQL: COPY FROM STDIN in chunks through the driver's CopyManager (found reflectively). */
    static final class PostgresCopy extends ObservationWriter {
        @Override
        void write(Connection c, long versionId, ParsedData d, IntConsumer rowsWritten) throws SQLException {
            try {
                Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
                Object copyApi = pgConnection.getMethod("getCopyAPI").invoke(c.unwrap(pgConnection));
                Method copyIn = copyApi.getClass().getMethod("copyIn", String.class, Reader.class);
                String sql = "copy map_observation (region, industry, period, m1, m2, m3, m4, m5, m6, flag, version_id)"
                        + " from stdin with (format text, null '')";
                int chunk = 100_000;
                StringBuilder b = new StringBuilder(chunk * 48);
                for (int start = 0; start < d.size(); start += chunk) {
                    b.setLength(0);
                    int end = Math.min(d.size(), start + chunk);
                    for (int i = start; i < end; i++) {
                        line(b, d, i);
                        b.setLength(b.length() - 1);
                        b.append('\t').append(versionId).append('\n');
                    }
                    copyIn.invoke(copyApi, sql, new StringReader(b.toString()));
                    rowsWritten.accept(end);
                }
            } catch (ReflectiveOperationException e) {
                new MultiRowInsert().write(c, versionId, d, rowsWritten);
            }
        }
    }

    /** Portable: INSERT ... VALUES with 500 rows per statement. */
    static final class MultiRowInsert extends ObservationWriter {
        static final int ROWS = 500;

        @Override
        void write(Connection c, long versionId, ParsedData d, IntConsumer rowsWritten) throws SQLException {
            int full = Math.min(ROWS, Math.max(1, d.size()));
            try (PreparedStatement big = c.prepareStatement(sql(full))) {
                int start = 0;
                while (d.size() - start >= full) {
                    bind(big, versionId, d, start, full);
                    big.executeUpdate();
                    start += full;
                    rowsWritten.accept(start);
                }
                if (start < d.size()) {
                    try (PreparedStatement small = c.prepareStatement(sql(d.size() - start))) {
                        bind(small, versionId, d, start, d.size() - start);
                        small.executeUpdate();
                    }
                    rowsWritten.accept(d.size());
                }
            }
        }

        private static String sql(int rows) {
            StringBuilder b = new StringBuilder(
                    "insert into map_observation (version_id, region, industry, period, m1, m2, m3, m4, m5, m6, flag)"
                            + " values ");
            for (int i = 0; i < rows; i++) {
                b.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?)");
            }
            return b.toString();
        }

        private static void bind(PreparedStatement ps, long versionId, ParsedData d, int start, int rows)
                throws SQLException {
            int p = 1;
            int measures = d.values().length;
            for (int i = start; i < start + rows; i++) {
                ps.setLong(p++, versionId);
                ps.setString(p++, d.regions().get(d.region()[i]));
                ps.setString(p++, d.industries().get(d.industry()[i]));
                ps.setInt(p++, d.period()[i]);
                for (int m = 0; m < 6; m++) {
                    if (m < measures) {
                        ps.setDouble(p++, d.values()[m][i]);
                    } else {
                        ps.setNull(p++, Types.DOUBLE);
                    }
                }
                String flag = d.flags() == null ? null : d.flags()[i];
                if (flag == null) {
                    ps.setNull(p++, Types.VARCHAR);
                } else {
                    ps.setString(p++, flag);
                }
            }
        }
    }
}
