package org.clusterworks.cli.complexity;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a set of CSV files into an output directory all or nothing: every file goes to a hidden staging directory
 * inside the target first and is moved into place only when all were written.
 */
public final class CsvOutput implements AutoCloseable {

    /** Writes the rows of one file. */
    @FunctionalInterface
    public interface Rows {
        void write(CSVPrinter printer) throws IOException;
    }

    private final Path directory;
    private final Path staging;
    private final List<String> names = new ArrayList<>();
    private boolean committed;

    public CsvOutput(Path directory) throws IOException {
        this.directory = directory;
        Files.createDirectories(directory);
        this.staging = Files.createTempDirectory(directory, ".staging-");
    }

    public void file(String name, String[] header, Rows rows) throws IOException {
        Path target = staging.resolve(name);
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header)
                        .setRecordSeparator('\n')
                        .get()
                        .print(w)) {
            rows.write(printer);
        }
        names.add(name);
    }

    /** Moves every staged file into the directory. */
    public void commit() throws IOException {
        for (String name : names) {
            try {
                Files.move(
                        staging.resolve(name),
                        directory.resolve(name),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging.resolve(name), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /** Deletes the staging directory and anything left in it (all of it when not committed). */
    @Override
    public void close() throws IOException {
        try (Stream<Path> s = Files.walk(staging)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public boolean committed() {
        return committed;
    }

    /** Shortest text that reads back as the same double. */
    public static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
