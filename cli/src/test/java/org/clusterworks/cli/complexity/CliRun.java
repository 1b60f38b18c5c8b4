package org.clusterworks.cli.complexity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clusterworks.cli.ClusterWorksCli;

/** Runs the command line in-process, capturing its output, and reads CSV results (test helper). */
public record CliRun(int status, String out, String err) {

    /** The world trade fixture and its numpy reference live with the analytics tests. */
    public static final Path WORLD = Path.of("../analytics/src/test/resources/fixtures/world-trade-1998-2000");

    public static synchronized CliRun run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = ClusterWorksCli.run(args);
            return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    public static List<String> header(Path csv) throws IOException {
        return List.of(Files.readAllLines(csv).get(0).split(","));
    }

    public static List<Map<String, String>> csv(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(r)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord rec : p) {
                rows.add(new LinkedHashMap<>(rec.toMap()));
            }
            return rows;
        }
    }

    public static Map<String, Double> vector(Path file, String key, String value) throws IOException {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Map<String, String> r : csv(file)) {
            m.put(r.get(key), Double.parseDouble(r.get(value)));
        }
        return m;
    }
}
