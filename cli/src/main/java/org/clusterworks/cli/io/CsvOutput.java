package org.clusterworks.cli.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a CSV file atomically: rows go to a temporary file next to the target, which replaces the target only on
 * {@link #commit()}; closing without commit deletes it, so an error never leaves a partial output behind.
 *
 * <pre>{@code
 * try (CsvOutput out = CsvOutput.create(target, "region", "lq")) {
 *     out.row("01", CsvOutput.number(1.25));
 *     out.commit();
 * }
 * }</pre>
 */
public final class CsvOutput implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    private CsvOutput(Path target, Path temp, Writer writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    /** Creates the temporary file and writes the header. */
    public static CsvOutput create(Path target, String... header) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: that makes the file owner-only, and the output should get the usual permissions
        Path temp = dir.resolve("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        CsvOutput out = new CsvOutput(
                target,
                temp,
                new BufferedWriter(
                        Files.newBufferedWriter(
                                temp,
                                StandardCharsets.UTF_8,
                                java.nio.file.StandardOpenOption.CREATE_NEW,
                                java.nio.file.StandardOpenOption.WRITE),
                        1 << 16));
        out.row(header);
        return out;
    }

    /** Writes one row, quoting fields that contain commas, quotes or line breaks. */
    public void row(String... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writeField(fields[i]);
            }
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeField(String s) throws IOException {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            writer.write(s);
            return;
        }
        writer.write('"');
        writer.write(s.replace("\"", "\"\""));
        writer.write('"');
    }

    /** Formats a number: empty for NaN, no decimals for whole numbers, else the shortest exact decimal. */
    public static String number(double v) {
        if (v != v) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Formats a flag as true/false. */
    public static String flag(boolean b) {
        return b ? "true" : "false";
    }

    /** Flushes and moves the temporary file onto the target. */
    public void commit() throws IOException {
        writer.close();
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temp);
        }
    }
}
