package org.clusterworks.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.clusterworks.analytics.classification.ClusterDefinition;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.panel.CodeMapping;
import org.clusterworks.analytics.panel.LongCsvLoader;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.strength.StrengthResult;
import org.clusterworks.analytics.strength.StrengthRules;
import org.clusterworks.analytics.strength.UsClusterMappingStrength;

/**
 * The engine side of {@code benchmarks/scripts/strength_compare.sh}: long CSV of county x industry x year to
 * cluster LQs, strength flags and regional cluster strength for every year.
 *
 * <p>Usage: {@code EngineStrength PANEL_CSV DEFINITIONS_CSV OUT_DIR}; writes {@code strength.csv}
 * (year,region,cluster,employment,establishments,lq,qualifying,significant,strong,strong10) and
 * {@code cluster_strength.csv} (year,region,traded_employment,strong_employment,cluster_strength). With
 * {@code --read-only} it only loads the CSV (the floor).
 */
public final class EngineStrength {

    private EngineStrength() {}

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        Panel industries = new LongCsvLoader("county", "naics", "year", "emp", "est").load(Path.of(args[0]));
        long t1 = System.nanoTime();
        if (args.length > 1 && args[1].equals("--read-only")) {
            System.err.printf("read %d cells in %.2f s%n", industries.cellCount(), (t1 - t0) / 1e9);
            return;
        }
        ClusterDefinition definition = readDefinitions(Path.of(args[1]));
        CodeMapping.Applied applied = industries.mapIndustries(definition.toClusters());
        int industryCells = industries.cellCount();
        industries = null; // the industry-level panel is not needed any more: let the GC have it
        if (!applied.unknownCodes().isEmpty()) {
            System.err.println("industries without a cluster (cells): " + applied.unknownCodes());
        }
        Panel clusters = applied.panel();
        long t2 = System.nanoTime();
        List<String> codes = clusters.industries();
        boolean[] traded = new boolean[codes.size()];
        for (int c = 0; c < traded.length; c++) {
            traded[c] = definition.isTraded(codes.get(c));
        }
        UsClusterMappingStrength rules = new UsClusterMappingStrength(StrengthRules.usClusterMapping());
        int[] years = clusters.years();
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        try (OutputStream strength =
                        new BufferedOutputStream(Files.newOutputStream(out.resolve("strength.csv")), 1 << 20);
                OutputStream regional =
                        new BufferedOutputStream(Files.newOutputStream(out.resolve("cluster_strength.csv")), 1 << 16)) {
            strength.write(("year,region,cluster,employment,establishments,lq,qualifying,significant,strong,strong10\n")
                    .getBytes(StandardCharsets.US_ASCII));
            regional.write("year,region,traded_employment,strong_employment,cluster_strength\n"
                    .getBytes(StandardCharsets.US_ASCII));
            int batch = Runtime.getRuntime().availableProcessors();
            for (int from = 0; from < years.length; from += batch) {
                int start = from;
                List<byte[][]> texts = new ArrayList<>(IntStream.range(start, Math.min(years.length, start + batch))
                        .parallel()
                        .mapToObj(y -> year(clusters, years[y], rules, traded))
                        .toList());
                for (byte[][] t : texts) {
                    strength.write(t[0]);
                    regional.write(t[1]);
                }
            }
        }
        long t3 = System.nanoTime();
        System.err.printf(
                "engine: load %.2f s, aggregate %.2f s, strength+write %.2f s, total %.2f s (%d industry cells, %d"
                        + " cluster cells)%n",
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                (t3 - t2) / 1e9,
                (t3 - t0) / 1e9,
                industryCells,
                clusters.cellCount());
    }

    private static byte[][] year(Panel panel, int y, UsClusterMappingStrength rules, boolean[] traded) {
        LabelledMatrix emp = panel.crossSection(y, "emp");
        LabelledMatrix est = panel.crossSection(y, "est");
        StrengthResult r = rules.evaluate(emp, est, traded, null);
        int cols = emp.columns();
        double[] lq = r.lq().values();
        StringBuilder s = new StringBuilder(1 << 20);
        int yi = panel.yearIndex(y);
        for (int cell = panel.firstCell(yi); cell < panel.endCell(yi); cell++) {
            int region = panel.regionOf(cell);
            int c = panel.industryOf(cell);
            int k = region * cols + c;
            s.append(y).append(',').append(emp.rowCodes()[region]).append(',').append(emp.columnCodes()[c]);
            s.append(',').append((long) panel.value(0, cell)).append(',').append((long) panel.value(1, cell));
            s.append(',').append(lq[k]);
            if (traded[c]) {
                s.append(',').append(r.qualifying()[k]).append(',').append(r.significant()[k]);
                s.append(',')
                        .append(r.strong()[k])
                        .append(',')
                        .append(r.strong10()[k])
                        .append('\n');
            } else {
                s.append(",,,,\n");
            }
        }
        StringBuilder g = new StringBuilder(1 << 16);
        double[] e = emp.values();
        for (int region = 0; region < emp.rows(); region++) {
            double tradedEmployment = 0;
            for (int c = 0; c < cols; c++) {
                tradedEmployment += traded[c] ? e[region * cols + c] : 0;
            }
            g.append(y).append(',').append(emp.rowCodes()[region]).append(',').append((long) tradedEmployment);
            g.append(',').append((long) r.strongEmployment()[region]).append(',');
            double cs = r.clusterStrength()[region];
            if (cs == cs) {
                g.append(cs);
            }
            g.append('\n');
        }
        return new byte[][] {
            s.toString().getBytes(StandardCharsets.US_ASCII), g.toString().getBytes(StandardCharsets.US_ASCII)
        };
    }

    static ClusterDefinition readDefinitions(Path file) throws IOException {
        List<ClusterDefinition.Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            entries.add(new ClusterDefinition.Entry(f[0], f[1], "", f[2].equals("traded")));
        }
        return ClusterDefinition.of(entries);
    }
}
