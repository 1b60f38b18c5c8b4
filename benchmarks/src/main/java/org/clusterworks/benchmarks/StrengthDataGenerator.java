package org.clusterworks.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic US-county-scale long CSV ({@code county,naics,year,emp,est}) and a cluster definition table
 * ({@code industry,cluster,type}) with a fixed seed: regions of log-normal size, industries of log-normal national
 * weight, traded industries concentrated through a persistent region x industry affinity, local industries spread
 * with their region; a cell is present with probability {@code 1 - exp(-expected / 15)}, so small expected cells are
 * mostly absent (realistic sparsity of County Business Patterns).
 *
 * <p>Usage: {@code StrengthDataGenerator OUT_DIR [regions industries years seed]}.
 */
public final class StrengthDataGenerator {

    private StrengthDataGenerator() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int regions = args.length > 1 ? Integer.parseInt(args[1]) : 3200;
        int industries = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int years = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20161123L;
        Files.createDirectories(out);
        SplittableRandom random = new SplittableRandom(seed);
        String[] regionCodes = new String[regions];
        double[] regionSize = new double[regions];
        for (int r = 0; r < regions; r++) {
            regionCodes[r] = String.format("%02d%03d", 1 + r / 64, 1 + 2 * (r % 64));
            regionSize[r] = Math.exp(9.2 + 1.4 * gaussian(random));
        }
        String[] industryCodes = new String[industries];
        double[] industryWeight = new double[industries];
        boolean[] traded = new boolean[industries];
        String[] cluster = new String[industries];
        double weightSum = 0;
        for (int i = 0; i < industries; i++) {
            industryCodes[i] = Integer.toString(111110 + i * 797);
            int c = (int) ((i * 2654435761L) % 67);
            traded[i] = c < 51;
            cluster[i] = traded[i] ? Integer.toString(c + 1) : Integer.toString(101 + c - 51);
            industryWeight[i] = Math.exp(1.2 * gaussian(random));
            weightSum += industryWeight[i];
        }
        float[] affinity = new float[regions * industries];
        for (int k = 0; k < affinity.length; k++) {
            affinity[k] = traded[k % industries] ? (float) Math.exp(1.6 * gaussian(random) - 1.28) : 1f;
        }
        try (OutputStream defs = new BufferedOutputStream(Files.newOutputStream(out.resolve("definitions.csv")))) {
            defs.write("industry,cluster,type\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < industries; i++) {
                defs.write((industryCodes[i] + "," + cluster[i] + "," + (traded[i] ? "traded" : "local") + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
        }
        long rows = 0;
        double[] growth = new double[regions];
        java.util.Arrays.fill(growth, 1);
        try (OutputStream csv = new BufferedOutputStream(Files.newOutputStream(out.resolve("panel.csv")), 1 << 20)) {
            csv.write("county,naics,year,emp,est\n".getBytes(StandardCharsets.US_ASCII));
            StringBuilder line = new StringBuilder(64);
            for (int y = 0; y < years; y++) {
                for (int r = 0; r < regions; r++) {
                    growth[r] *= Math.exp(0.01 + 0.03 * gaussian(random));
                    for (int i = 0; i < industries; i++) {
                        double expected = regionSize[r]
                                * growth[r]
                                * industryWeight[i]
                                / weightSum
                                * affinity[r * industries + i];
                        if (random.nextDouble() >= 1 - Math.exp(-expected / 15)) {
                            continue;
                        }
                        long emp = Math.max(1, Math.round(expected * Math.exp(0.3 * gaussian(random))));
                        long est = Math.max(1, Math.round(emp / (5 + 20 * random.nextDouble())));
                        line.setLength(0);
                        line.append(regionCodes[r])
                                .append(',')
                                .append(industryCodes[i])
                                .append(',')
                                .append(2000 + y)
                                .append(',')
                                .append(emp)
                                .append(',')
                                .append(est)
                                .append('\n');
                        for (int k = 0; k < line.length(); k++) {
                            csv.write(line.charAt(k));
                        }
                        rows++;
                    }
                }
            }
        }
        System.out.println("wrote " + rows + " rows (" + regions + " regions x " + industries + " industries x "
                + years + " years, fill " + String.format("%.1f%%", 100.0 * rows / regions / industries / years)
                + ") to " + out.resolve("panel.csv"));
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
