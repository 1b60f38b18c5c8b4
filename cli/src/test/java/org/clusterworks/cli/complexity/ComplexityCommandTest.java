package org.clusterworks.cli.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code complexity} command on the world trade data against the numpy reference of the analytics tests. */
class ComplexityCommandTest {

    @TempDir
    static Path dir;

    static Path out;
    static CliRun result;

    @BeforeAll
    static void runOnWorldTrade() {
        out = dir.resolve("out");
        result = CliRun.run(
                "complexity",
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
                "--threshold",
                "1");
    }

    @Test
    void writesTheDocumentedFilesWithHeadersAndNothingElse() throws IOException {
        assertThat(result.status()).as(result.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "mcp.csv",
                            "proximity_industry.csv",
                            "proximity_region.csv",
                            "fitness_region.csv",
                            "complexity_industry.csv",
                            "eci.csv",
                            "pci.csv");
        }
        assertThat(CliRun.header(out.resolve("mcp.csv"))).containsExactly("region", "industry");
        assertThat(CliRun.header(out.resolve("proximity_industry.csv"))).containsExactly("a", "b", "proximity");
        assertThat(CliRun.header(out.resolve("fitness_region.csv"))).containsExactly("region", "fitness");
        assertThat(CliRun.header(out.resolve("complexity_industry.csv"))).containsExactly("industry", "complexity");
        assertThat(CliRun.header(out.resolve("eci.csv"))).containsExactly("region", "eci");
        assertThat(CliRun.header(out.resolve("pci.csv"))).containsExactly("industry", "pci");
    }

    @Test
    void keepsLeadingZerosOfIndustryCodes() throws IOException {
        assertThat(CliRun.vector(out.resolve("complexity_industry.csv"), "industry", "complexity"))
                .containsKey("0011");
    }

    @Test
    void mcpHasTheReferenceCells() throws IOException {
        Set<String> expected = new HashSet<>();
        for (Map<String, String> r : CliRun.csv(CliRun.WORLD.resolve("expected/mcp.csv"))) {
            expected.add(r.get("country") + "|" + r.get("product"));
        }
        Set<String> actual = new HashSet<>();
        for (Map<String, String> r : CliRun.csv(out.resolve("mcp.csv"))) {
            actual.add(r.get("region") + "|" + r.get("industry"));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void fitnessComplexityMatchesTheEconomiccomplexityConvention() throws IOException {
        assertVector(out.resolve("fitness_region.csv"), "region", "fitness", "expected/fitness.csv", "country", 1e-10);
        assertVector(
                out.resolve("complexity_industry.csv"),
                "industry",
                "complexity",
                "expected/complexity.csv",
                "product",
                1e-10);
    }

    @Test
    void eciAndPciMatchTheEigenvectorReference() throws IOException {
        assertVector(out.resolve("eci.csv"), "region", "eci", "expected/eci_eigenvector.csv", "country", 1e-8);
        assertVector(out.resolve("pci.csv"), "industry", "pci", "expected/pci_eigenvector.csv", "product", 1e-8);
    }

    @Test
    void proximityFilesListEachNonZeroUnorderedPairOnceWithTheReferenceValue() throws IOException {
        assertPairs(out.resolve("proximity_industry.csv"), "expected/proximity_product.csv.gz");
        assertPairs(out.resolve("proximity_region.csv"), "expected/proximity_country.csv.gz");
    }

    @Test
    void reflectionsMethodMatchesTheReflectionsReference() throws IOException {
        Path reflections = dir.resolve("reflections");
        CliRun r = CliRun.run(
                "complexity",
                "--input",
                CliRun.WORLD.resolve("input_world_trade_avg_1998_to_2000.csv").toString(),
                "--region",
                "country",
                "--industry",
                "product",
                "--value",
                "value",
                "--out",
                reflections.toString(),
                "--eci-method",
                "reflections");
        assertThat(r.status()).as(r.err()).isZero();
        assertVector(reflections.resolve("eci.csv"), "region", "eci", "expected/eci_reflections.csv", "country", 1e-9);
        assertVector(
                reflections.resolve("pci.csv"), "industry", "pci", "expected/pci_reflections.csv", "product", 1e-9);
    }

    private static void assertPairs(Path actual, String expected) throws IOException {
        Map<String, Double> want = new java.util.HashMap<>();
        for (Map<String, String> r : CliRun.csv(CliRun.WORLD.resolve(expected))) {
            want.put(r.get("a") + "|" + r.get("b"), Double.parseDouble(r.get("proximity")));
        }
        List<Map<String, String>> rows = CliRun.csv(actual);
        assertThat(rows).hasSameSizeAs(want.keySet());
        for (Map<String, String> r : rows) {
            assertThat(r.get("a").compareTo(r.get("b"))).isNegative();
            Double w = want.get(r.get("a") + "|" + r.get("b"));
            assertThat(w).as(r.toString()).isNotNull();
            assertThat(Double.parseDouble(r.get("proximity"))).isCloseTo(w, within(1e-12 * w));
        }
    }

    private static void assertVector(
            Path actual, String key, String value, String expected, String expectedKey, double tol) throws IOException {
        Map<String, Double> a = CliRun.vector(actual, key, value);
        Map<String, Double> e = CliRun.vector(CliRun.WORLD.resolve(expected), expectedKey, value);
        assertThat(a.keySet()).isEqualTo(e.keySet());
        e.forEach((k, v) -> assertThat(a.get(k)).as(k).isCloseTo(v, within(tol * Math.max(1, Math.abs(v)))));
    }
}
