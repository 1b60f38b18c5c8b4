package org.clusterworks.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.clusterworks.analytics.panel.LongCsvLoader;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.panel.PanelBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Panel construction: the builder from rows in file order or shuffled, and the parallel CSV loader. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class PanelBuildBenchmark {

    @Param({"1000000"})
    int rows;

    private String[] region;
    private String[] industry;
    private int[] year;
    private double[] emp;
    private int[] shuffled;
    private Path csv;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        region = new String[rows];
        industry = new String[rows];
        year = new int[rows];
        emp = new double[rows];
        int perYear = 3200 * 1000;
        // distinct cells in key order: spread rows over 5 years of 3,200 x 1,000
        long step = 5L * perYear / rows;
        for (int i = 0; i < rows; i++) {
            long cell = i * step;
            year[i] = 2000 + (int) (cell / perYear);
            region[i] = String.format("%05d", (cell % perYear) / 1000);
            industry[i] = Integer.toString(111110 + (int) (cell % 1000) * 797);
            emp[i] = 1 + random.nextInt(500);
        }
        shuffled = java.util.stream.IntStream.range(0, rows).toArray();
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        csv = Files.createTempFile("panel-bench", ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("county,naics,year,emp\n");
            for (int i = 0; i < rows; i++) {
                w.write(region[i] + "," + industry[i] + "," + year[i] + "," + (long) emp[i] + "\n");
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
    }

    @Benchmark
    public Panel builderSortedRows() {
        PanelBuilder b = Panel.builder("emp");
        for (int i = 0; i < rows; i++) {
            b.add(region[i], industry[i], year[i], emp[i]);
        }
        return b.build();
    }

    @Benchmark
    public Panel builderShuffledRows() {
        PanelBuilder b = Panel.builder("emp");
        for (int i : shuffled) {
            b.add(region[i], industry[i], year[i], emp[i]);
        }
        return b.build();
    }

    @Benchmark
    public Panel loaderFromCsv() throws IOException {
        return new LongCsvLoader("county", "naics", "year", "emp").load(csv);
    }
}
