package org.clusterworks.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lq, indices, shift-share and stars subcommands on real fixtures, compared with the pandas oracles. */
class OtherCommandsTest {

    @TempDir
    Path dir;

    @Test
    void everySubcommandHasCleanHelp() {
        for (String command : List.of("strength", "lq", "indices", "stars", "shift-share")) {
            CliRun run = CliRun.of(command, "--help");

            assertThat(run.status()).as(command).isZero();
            assertThat(run.err()).as(command).doesNotContain("WARN");
        }
    }

    @Test
    void lqWithTradedLocalGroupsMatchesPandas() {
        Path out = dir.resolve("lq.csv");

        CliRun run = CliRun.of(
                "lq",
                "--input",
                CliRun.resource("fixtures/us-states-clusters-2016/us_states_clusters_2016.csv")
                        .toString(),
                "--region",
                "state_fips",
                "--cluster",
                "cluster_code",
                "--employment",
                "employment",
                "--group",
                "cluster_type",
                "--out",
                out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        Map<String, Map<String, String>> expected =
                byKey("expected/us-states-2016-strength-sum.csv", "region", "cluster");
        List<Map<String, String>> got = rows(out);
        assertThat(got).hasSize(3350);
        for (Map<String, String> row : got) {
            Map<String, String> e = expected.get(row.get("region") + "/" + row.get("industry"));
            assertThat(Double.parseDouble(row.get("lq"))).isCloseTo(Double.parseDouble(e.get("lq")), within(1e-9));
            assertThat(row.get("value")).isEqualTo(e.get("employment"));
        }
    }

    @Test
    void indicesMatchPandas() throws Exception {
        Path input = withSectorColumn();
        Path regions = dir.resolve("regions.csv");
        Path industries = dir.resolve("industries.csv");

        CliRun run = CliRun.of(
                "indices",
                "--input",
                input.toString(),
                "--region",
                "region_code",
                "--industry",
                "ind_code",
                "--value",
                "emp_all",
                "--sector",
                "sector",
                "--out-regions",
                regions.toString(),
                "--out-industries",
                industries.toString());

        assertThat(run.status()).as(run.err()).isZero();
        compare(
                rows(regions),
                byKey("expected/germany-2015-region-indices.csv", "region"),
                "region",
                "krugman",
                "hoover",
                "herfindahl",
                "gini",
                "entropy",
                "unrelated_variety",
                "related_variety");
        compare(
                rows(industries),
                byKey("expected/germany-2015-industry-indices.csv", "industry"),
                "industry",
                "hoover",
                "herfindahl",
                "gini",
                "locational_gini");
    }

    @Test
    void shiftShareMatchesPandas() throws Exception {
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(CliRun.resource("fixtures/germany-laender/G_regions_emp.csv"))) {
            if (!line.contains("Insgesamt") && !line.contains("Verarbeitendes Gewerbe (C)")) {
                kept.add(line);
            }
        }
        Path input = Files.write(dir.resolve("emp.csv"), kept);
        Path out = dir.resolve("ss.csv");

        CliRun run = CliRun.of(
                "shift-share",
                "--input",
                input.toString(),
                "--region",
                "region",
                "--industry",
                "industry",
                "--value",
                "emp",
                "--year",
                "year",
                "--from",
                "2008",
                "--to",
                "2014",
                "--out",
                out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<Map<String, String>> got = rows(out);
        assertThat(got).hasSize(160);
        Map<String, Map<String, String>> expected =
                byKey("expected/germany-2008-2014-shift-share.csv", "region", "industry");
        for (Map<String, String> row : got) {
            Map<String, String> e = expected.get(row.get("region") + "/" + row.get("industry"));
            for (String c : List.of(
                    "national_share", "industry_mix", "competitive", "homothetic", "em_competitive", "allocation")) {
                assertThat(Double.parseDouble(row.get(c))).as(c).isCloseTo(Double.parseDouble(e.get(c)), within(1e-6));
            }
            double change = Double.parseDouble(row.get("change"));
            assertThat(Double.parseDouble(row.get("national_share"))
                            + Double.parseDouble(row.get("industry_mix"))
                            + Double.parseDouble(row.get("competitive")))
                    .isCloseTo(change, within(1e-6));
        }
    }

    @Test
    void shiftShareWithoutYearsIsBadInput() {
        CliRun run = CliRun.of(
                "shift-share",
                "--input",
                CliRun.resource("fixtures/germany-laender/G_regions_emp.csv").toString(),
                "--region",
                "region",
                "--industry",
                "industry",
                "--value",
                "emp",
                "--from",
                "2008",
                "--to",
                "2014",
                "--out",
                dir.resolve("x.csv").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("needs --year");
    }

    @Test
    void starsFromUserRulesAndEcoDefaults() {
        Path input = CliRun.write(
                dir,
                "in.csv",
                "region,cluster,emp",
                "r1,a,10",
                "r1,b,100",
                "r2,a,400",
                "r2,b,100",
                "r3,a,12",
                "r3,b,100");
        Path rulesFile = CliRun.write(
                dir,
                "rules.csv",
                "name,metric,scope,comparison,threshold",
                "big,employment,absolute,at_least,100",
                "lq2,lq,absolute,above,1.2");
        Path out = dir.resolve("stars.csv");

        CliRun run = CliRun.of(
                "stars",
                "--input",
                input.toString(),
                "--region",
                "region",
                "--cluster",
                "cluster",
                "--employment",
                "emp",
                "--rules",
                rulesFile.toString(),
                "--out",
                out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        // r2/a: 400 >= 100 and LQ (400/500)/(422/722) = 1.37 > 1.2
        assertThat(CliRun.lines(out))
                .contains(
                        "region,cluster,employment,big,lq2,stars", "r2,a,400,1,1,2", "r1,a,10,0,0,0", "r1,b,100,1,1,2");

        Path eco = dir.resolve("eco.csv");
        assertThat(CliRun.of(
                                "stars",
                                "--input",
                                input.toString(),
                                "--region",
                                "region",
                                "--cluster",
                                "cluster",
                                "--employment",
                                "emp",
                                "--out",
                                eco.toString())
                        .status())
                .isZero();
        assertThat(CliRun.lines(eco).get(0)).isEqualTo("region,cluster,employment,size,specialisation,focus,stars");
    }

    @Test
    void badStarRuleNamesRowAndColumn() {
        Path input = CliRun.write(dir, "in.csv", "region,cluster,emp", "r1,a,10");
        Path rulesFile =
                CliRun.write(dir, "rules.csv", "name,metric,scope,comparison,threshold", "x,wages,absolute,at_least,1");

        CliRun run = CliRun.of(
                "stars",
                "--input",
                input.toString(),
                "--region",
                "region",
                "--cluster",
                "cluster",
                "--employment",
                "emp",
                "--rules",
                rulesFile.toString(),
                "--out",
                dir.resolve("o.csv").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("rules.csv: row 2, column 'metric': unknown value 'wages'");
        assertThat(dir.resolve("o.csv")).doesNotExist();
    }

    private Path withSectorColumn() throws Exception {
        Map<String, String> sector = Map.ofEntries(
                Map.entry("B", "BE"),
                Map.entry("C", "BE"),
                Map.entry("D", "BE"),
                Map.entry("E", "BE"),
                Map.entry("F", "F"),
                Map.entry("G", "GI"),
                Map.entry("H", "GI"),
                Map.entry("I", "GI"),
                Map.entry("J", "J"),
                Map.entry("K", "K"),
                Map.entry("L", "L"),
                Map.entry("M", "MN"),
                Map.entry("N", "MN"),
                Map.entry("P", "OQ"),
                Map.entry("Q", "OQ"),
                Map.entry("R", "RS"),
                Map.entry("S", "RS"));
        List<String> lines = Files.readAllLines(CliRun.resource("fixtures/germany-laender/G_regions_industries.csv"));
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ",sector");
        for (String line : lines.subList(1, lines.size())) {
            String code = line.split(",")[3];
            out.add(line + "," + sector.get(code.substring(code.indexOf('-') + 1)));
        }
        return Files.write(dir.resolve("industries-with-sector.csv"), out);
    }

    private static void compare(
            List<Map<String, String>> got, Map<String, Map<String, String>> expected, String key, String... columns) {
        assertThat(got).hasSize(expected.size());
        for (Map<String, String> row : got) {
            Map<String, String> e = expected.get(row.get(key));
            for (String c : columns) {
                assertThat(Double.parseDouble(row.get(c)))
                        .as(c + " " + row.get(key))
                        .isCloseTo(Double.parseDouble(e.get(c)), within(1e-9));
            }
        }
    }

    private static List<Map<String, String>> rows(Path file) {
        List<String> lines = CliRun.lines(file);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = split(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], fields.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Map<String, String>> byKey(String resource, String... keys) {
        Map<String, Map<String, String>> map = new HashMap<>();
        for (Map<String, String> row : rows(CliRun.resource(resource))) {
            StringBuilder k = new StringBuilder();
            for (String key : keys) {
                k.append(k.isEmpty() ? "" : "/").append(row.get(key));
            }
            map.put(k.toString(), row);
        }
        return map;
    }

    /** Splits a CSV line with RFC 4180 quotes. */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
