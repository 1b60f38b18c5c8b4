package org.clusterworks.benchmarks.complexity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.clusterworks.analytics.complexity.BalassaRca;
import org.clusterworks.analytics.complexity.ComplexityScores;
import org.clusterworks.analytics.complexity.EigenvectorComplexity;
import org.clusterworks.analytics.complexity.FitnessComplexity;
import org.clusterworks.analytics.complexity.PresenceMatrix;
import org.clusterworks.analytics.complexity.PresenceRule;
import org.clusterworks.analytics.complexity.ReflectionsComplexity;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.relatedness.CoOccurrence;
import org.clusterworks.analytics.relatedness.MinimumConditionalProbability;

/**
 * Runs RCA, presence, proximity, fitness and ECI (eigenvector and reflections) on the world trade data through the
 * engine, prints the median time of each stage over repeated runs (after as many warm-up runs) as
 * {@code engine,stage,ms} and writes the results for {@code world_trade_compare.py} to check.
 *
 * <p>Usage: {@code WorldTradeHarness TRADE_CSV OUT_DIR [REPETITIONS]}
 */
public final class WorldTradeHarness {

    private WorldTradeHarness() {}

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Files.createDirectories(out);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        LabelledMatrix trade = null;
        PresenceMatrix mcp = null;
        LabelledMatrix proximity = null;
        ComplexityScores fitness = null;
        ComplexityScores eci = null;
        ComplexityScores reflections = null;
        for (int run = 0; run < 2 * reps; run++) {
            boolean measured = run >= reps;
            long total = System.nanoTime();
            LabelledMatrix t = time(times, "load", measured, () -> read(input));
            LabelledMatrix rca = time(times, "rca", measured, () -> new BalassaRca().compute(t));
            PresenceMatrix m =
                    time(times, "mcp", measured, () -> PresenceRule.atLeast(1).apply(rca));
            proximity = time(
                    times,
                    "proximity",
                    measured,
                    () -> new MinimumConditionalProbability().relatedness(CoOccurrence.ofIndustries(m)));
            fitness = time(times, "fitness", measured, () -> new FitnessComplexity().compute(m));
            eci = time(times, "eci_eigenvector", measured, () -> new EigenvectorComplexity().compute(m));
            reflections = time(times, "eci_reflections", measured, () -> new ReflectionsComplexity().compute(m));
            if (measured) {
                times.computeIfAbsent("total", k -> new ArrayList<>()).add((System.nanoTime() - total) / 1e6);
            }
            trade = t;
            mcp = m;
        }
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            double[] v = e.getValue().stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            System.out.printf("engine,%s,%.3f%n", e.getKey(), v[v.length / 2]);
        }
        write(out, mcp, proximity, fitness, eci, reflections);
        System.err.println("engine: " + trade + ", " + mcp);
    }

    private static <T> T time(Map<String, List<Double>> times, String stage, boolean measured, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        if (measured) {
            times.computeIfAbsent(stage, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
        }
        return result;
    }

    /** Reads country,product,value (no quoting in this file) into a sorted matrix, summing duplicates. */
    static LabelledMatrix read(Path input) {
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            reader.readLine();
            List<String[]> rows = new ArrayList<>(130_000);
            TreeSet<String> countries = new TreeSet<>();
            TreeSet<String> products = new TreeSet<>();
            for (String line; (line = reader.readLine()) != null; ) {
                String[] f = line.split(",", -1);
                rows.add(f);
                countries.add(f[0]);
                products.add(f[1]);
            }
            String[] rc = countries.toArray(String[]::new);
            String[] pc = products.toArray(String[]::new);
            Map<String, Integer> ri = new HashMap<>();
            Map<String, Integer> pi = new HashMap<>();
            for (int i = 0; i < rc.length; i++) {
                ri.put(rc[i], i);
            }
            for (int i = 0; i < pc.length; i++) {
                pi.put(pc[i], i);
            }
            double[] v = new double[rc.length * pc.length];
            for (String[] f : rows) {
                v[ri.get(f[0]) * pc.length + pi.get(f[1])] += Double.parseDouble(f[2]);
            }
            return new LabelledMatrix(rc, pc, v);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(
            Path out,
            PresenceMatrix mcp,
            LabelledMatrix proximity,
            ComplexityScores fitness,
            ComplexityScores eci,
            ComplexityScores reflections)
            throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("mcp.csv")))) {
            w.println("country,product");
            for (int r = 0; r < mcp.rows(); r++) {
                for (int c : mcp.industriesOf(r)) {
                    w.println(mcp.rowCode(r) + "," + mcp.columnCode(c));
                }
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("proximity.csv")))) {
            w.println("a,b,proximity");
            String[] codes = proximity.rowCodes();
            for (int i = 0; i < codes.length; i++) {
                for (int j = i + 1; j < codes.length; j++) {
                    double v = proximity.get(i, j);
                    if (v > 0) {
                        w.println(codes[i] + "," + codes[j] + "," + v);
                    }
                }
            }
        }
        vector(out.resolve("fitness.csv"), "country,fitness", fitness.regionCodes(), fitness.regionScores());
        vector(out.resolve("eci.csv"), "country,eci", eci.regionCodes(), eci.regionScores());
        vector(
                out.resolve("eci_reflections.csv"),
                "country,eci",
                reflections.regionCodes(),
                reflections.regionScores());
    }

    private static void vector(Path file, String header, String[] codes, double[] values) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            w.println(header);
            for (int i = 0; i < codes.length; i++) {
                w.println(codes[i] + "," + values[i]);
            }
        }
    }
}
