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

class RelatednessCommandTest {

    @TempDir
    Path dir;

    @Test
    void densityAndOpportunitiesMatchTheReferenceOnWorldTrade() throws IOException {
        Path out = dir.resolve("rel");
        CliRun r = CliRun.run(
                "relatedness",
                "--input",
                CliRun.WORLD.resolve("input_world_trade_avg_1998_to_2000.csv").toString(),
                "--region",
                "country",
                "--industry",
                "product",
                "--value",
                "value",
                "--out",
                out.toString(),
                "--top",
                "5");
        assertThat(r.status()).as(r.err()).isZero();
        Map<String, Double> expected = new HashMap<>();
        for (Map<String, String> row : CliRun.csv(CliRun.WORLD.resolve("expected/density.csv.gz"))) {
            expected.put(row.get("country") + "|" + row.get("product"), Double.parseDouble(row.get("density")));
        }
        List<Map<String, String>> density = CliRun.csv(out.resolve("density.csv"));
        assertThat(density).hasSize(226 * 785);
        for (Map<String, String> row : density) {
            Double e = expected.get(row.get("region") + "|" + row.get("industry"));
            assertThat(row.get("present")).isEqualTo(e == null ? "1" : "0");
            if (e != null) {
                assertThat(Double.parseDouble(row.get("density"))).isCloseTo(e, within(1e-9));
            }
        }
        List<Map<String, String>> opportunities = CliRun.csv(out.resolve("opportunities.csv"));
        assertThat(opportunities).hasSize(226 * 5);
        Map<String, Double> lastDensity = new HashMap<>();
        for (Map<String, String> row : opportunities) {
            String region = row.get("region");
            double d = Double.parseDouble(row.get("density"));
            assertThat(expected).containsKey(region + "|" + row.get("industry"));
            if (lastDensity.containsKey(region)) {
                assertThat(d).isLessThanOrEqualTo(lastDensity.get(region));
            } else {
                // The first opportunity is the best missing industry of the region.
                double best = expected.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(region + "|"))
                        .mapToDouble(Map.Entry::getValue)
                        .max()
                        .orElseThrow();
                assertThat(d).isCloseTo(best, within(1e-9));
            }
            lastDensity.put(region, d);
        }
    }
}
