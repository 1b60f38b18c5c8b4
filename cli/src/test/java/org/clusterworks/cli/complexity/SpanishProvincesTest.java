package org.clusterworks.cli.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end properties of the {@code complexity} output on real subnational data (53 Spanish provinces x 22 HS
 * sections, 2022; py-economic-complexity's test fixture), whose column names contain spaces.
 */
class SpanishProvincesTest {

    private static final Path INPUT =
            Path.of("../analytics/src/test/resources/fixtures/rca-fixture/subnat_exports_esp_2022.csv");

    @TempDir
    Path dir;

    @Test
    void eciIsTheMeanPciOfEachProvincesSectionsAndBothScalesAreAsDocumented() throws IOException {
        CliRun r = CliRun.run(
                "complexity",
                "--input",
                INPUT.toString(),
                "--region",
                "Subnat Geography ID",
                "--industry",
                "Section ID",
                "--value",
                "Trade Value",
                "--out",
                dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        Map<String, Double> eci = CliRun.vector(dir.resolve("eci.csv"), "region", "eci");
        Map<String, Double> pci = CliRun.vector(dir.resolve("pci.csv"), "industry", "pci");
        assertThat(eci).hasSize(53);
        assertThat(pci).hasSize(22);
        Map<String, double[]> sums = new HashMap<>();
        for (Map<String, String> cell : CliRun.csv(dir.resolve("mcp.csv"))) {
            double[] s = sums.computeIfAbsent(cell.get("region"), k -> new double[2]);
            s[0] += pci.get(cell.get("industry"));
            s[1]++;
        }
        assertThat(sums).hasSize(53);
        sums.forEach((region, s) -> assertThat(eci.get(region)).as(region).isCloseTo(s[0] / s[1], within(1e-9)));
        double mean =
                eci.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double var =
                eci.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / eci.size();
        assertThat(mean).isCloseTo(0, within(1e-12));
        assertThat(var).isCloseTo(1, within(1e-12));
        List<Double> fitness = List.copyOf(CliRun.vector(dir.resolve("fitness_region.csv"), "region", "fitness")
                .values());
        assertThat(fitness.stream().mapToDouble(Double::doubleValue).average().orElseThrow())
                .isCloseTo(1, within(1e-12));
        for (Map<String, String> pair : CliRun.csv(dir.resolve("proximity_region.csv"))) {
            assertThat(Double.parseDouble(pair.get("proximity")))
                    .isGreaterThan(0)
                    .isLessThanOrEqualTo(1);
        }
    }
}
