package org.clusterworks.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the CLI in-process and captures its exit status and stderr. */
record CliRun(int status, String err) {

    static CliRun of(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int status = ClusterWorksCli.run(args);
            return new CliRun(status, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    static Path resource(String relative) {
        return Path.of("src/test/resources").resolve(relative);
    }

    static Path write(Path dir, String name, String... lines) {
        try {
            return Files.write(dir.resolve(name), List.of(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
