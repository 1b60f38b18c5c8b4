package org.clusterworks.cli.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The presence convention and ECI method options on small tables worked by hand. */
class ComplexityOptionsTest {

    @TempDir
    Path dir;

    /**
     * Region totals 8 each, industry totals 16, 8, 8, x = 32, so RCA = x_cp * 32 / (8 x_p): a = (1, 1, 1), b = (1, 2,
     * 0), c = (2, 0, 0), d = (0, 1, 3), exactly representable.
     */
    private static final String NESTED =
            "reg,ind,val\n" + "a,01,4\na,02,2\na,03,2\n" + "b,01,4\nb,02,4\n" + "c,01,8\n" + "d,02,2\nd,03,6\n";

    /** A 6-cycle: every region and industry has diversity / ubiquity 2, so ECI is not unique. */
    private static final String CYCLE = "reg,ind,val\na,01,5\na,02,5\nb,01,5\nb,03,5\nc,02,5\nc,03,5\n";

    private CliRun run(String command, String table, String... extra) throws IOException {
        Path input = dir.resolve("t.csv");
        Files.writeString(input, table);
        String[] base = {
            command,
            "--input",
            input.toString(),
            "--region",
            "reg",
            "--industry",
            "ind",
            "--value",
            "val",
            "--out",
            dir.resolve("out").toString()
        };
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.run(args);
    }

    @Test
    void defaultThresholdCountsRcaEqualToOne() throws IOException {
        CliRun r = run("complexity", NESTED);
        assertThat(r.status()).as(r.err()).isZero();
        List<String> mcp = CliRun.csv(dir.resolve("out/mcp.csv")).stream()
                .map(m -> m.get("region") + "/" + m.get("industry"))
                .toList();
        assertThat(mcp).containsExactly("a/01", "a/02", "a/03", "b/01", "b/02", "c/01", "d/02", "d/03");
    }

    @Test
    void strictDropsCellsExactlyAtTheThreshold() throws IOException {
        CliRun r = run("relatedness", NESTED, "--strict");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> present = CliRun.csv(dir.resolve("out/density.csv")).stream()
                .filter(m -> m.get("present").equals("1"))
                .map(m -> m.get("region") + "/" + m.get("industry"))
                .toList();
        assertThat(present).containsExactly("b/02", "c/01", "d/03");
    }

    @Test
    void reflectionsMethodWritesGrowthLabNormalisedEci() throws IOException {
        CliRun r = run("complexity", NESTED, "--eci-method", "reflections");
        assertThat(r.status()).as(r.err()).isZero();
        Map<String, Double> eci = CliRun.vector(dir.resolve("out/eci.csv"), "region", "eci");
        double mean =
                eci.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double var =
                eci.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / eci.size();
        assertThat(mean).isCloseTo(0, within(1e-12));
        assertThat(var).isCloseTo(1, within(1e-12));
        // a has all three industries, c only the most ubiquitous one.
        assertThat(eci.get("a")).isGreaterThan(eci.get("c"));
    }

    @Test
    void networkWithoutUniqueEciIsBadInputAndWritesNothing() throws IOException {
        for (String method : new String[] {"eigenvector", "reflections"}) {
            CliRun r = run("complexity", CYCLE, "--eci-method", method);
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).contains("t.csv");
            assertThat(Files.exists(dir.resolve("out/mcp.csv"))).isFalse();
        }
    }
}
