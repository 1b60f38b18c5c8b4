package org.clusterworks.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrengthCommandTest {

    private static final String HEADER = "year,state_fips,cluster_code,cluster_type,employment,establishments";

    @TempDir
    Path dir;

    private String[] args(Path input, Path out, String... extra) {
        String[] base = {
            "strength",
            "--input",
            input.toString(),
            "--region",
            "state_fips",
            "--cluster",
            "cluster_code",
            "--type",
            "cluster_type",
            "--employment",
            "employment",
            "--establishments",
            "establishments",
            "--out",
            out.toString()
        };
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void usStatesWithNationalReferenceMatchThePandasComputation() {
        Path out = dir.resolve("strength.csv");

        CliRun run = CliRun.of(args(
                CliRun.resource("fixtures/us-states-clusters-2016/us_states_clusters_2016.csv"),
                out,
                "--year",
                "year",
                "--reference",
                CliRun.resource("fixtures/us-states-clusters-2016/us_national_clusters_2016.csv")
                        .toString()));

        assertThat(run.status()).as(run.err()).isZero();
        List<String> got = CliRun.lines(out);
        assertThat(got.get(0))
                .isEqualTo("year,region,cluster,employment,establishments,lq,qualifying,significant,strong,strong10,"
                        + "type,region_cluster_strength");
        Map<String, String[]> expected = new HashMap<>();
        for (String line : CliRun.lines(CliRun.resource("expected/us-states-2016-strength-national.csv"))
                .subList(1, 3351)) {
            String[] f = line.split(",", -1);
            expected.put(f[0] + "/" + f[1], f);
        }
        assertThat(got).hasSize(3351);
        for (String line : got.subList(1, got.size())) {
            String[] f = line.split(",", -1);
            String[] e = expected.get(f[1] + "/" + f[2]);
            assertThat(f[0]).isEqualTo("2016");
            assertThat(Double.parseDouble(f[5])).isCloseTo(Double.parseDouble(e[4]), within(1e-9));
            assertThat(List.of(f[6], f[7], f[8], f[9])).as(line).containsExactly(e[5], e[6], e[7], e[8]);
            assertThat(Double.parseDouble(f[11])).isCloseTo(Double.parseDouble(e[9]), within(1e-9));
        }
    }

    @Test
    void helpExitsZero() {
        assertThat(CliRun.of("strength", "--help").status()).isZero();
    }

    @Test
    void missingColumnNamesFileAndColumnAndLeavesNoOutput() {
        Path input = CliRun.write(dir, "in.csv", "state_fips,cluster_code,employment", "01,1,5");
        Path out = dir.resolve("out.csv");

        CliRun run = CliRun.of(args(input, out));

        assertThat(run.status()).isEqualTo(ClusterWorksCli.EXIT_BAD_INPUT);
        assertThat(run.err())
                .contains("in.csv")
                .contains("column 'cluster_type'")
                .contains("missing column");
        assertThat(out).doesNotExist();
        assertThat(dir.toFile().list()).containsExactly("in.csv");
    }

    @Test
    void nonNumericEmploymentNamesRowAndColumn() {
        assertBadInput("row 3, column 'employment'", HEADER, "2016,01,1,traded,5,1", "2016,02,1,traded,many,1");
    }

    @Test
    void negativeEstablishmentsAreRejected() {
        assertBadInput("row 2, column 'establishments': negative value '-1'", HEADER, "2016,01,1,traded,5,-1");
    }

    @Test
    void duplicateRowIsAnErrorUnlessSummed() throws Exception {
        String[] lines = {HEADER, "2016,01,1,traded,5,1", "2016,02,1,traded,6,2", "2016,01,1,traded,7,1"};
        assertBadInput(
                "row 4, column 'state_fips,cluster_code': duplicate region x industry x year (01, 1, 0); "
                        + "choose sum-duplicates to add them (first seen on row 2)",
                lines);

        Path input = CliRun.write(dir, "dup.csv", lines);
        Path out = dir.resolve("summed.csv");
        assertThat(CliRun.of(args(input, out, "--sum-duplicates")).status()).isZero();
        assertThat(Files.readAllLines(out)).anyMatch(l -> l.startsWith("01,1,12,2,"));
    }

    @Test
    void unknownTypeAndContradictingTypesAreRejected() {
        assertBadInput("row 2, column 'cluster_type': value must be one of", HEADER, "2016,01,1,export,5,1");
        assertBadInput(
                "row 3, column 'cluster_type': 1 is 'local' here but 'traded' on row 2",
                HEADER,
                "2016,01,1,traded,5,1",
                "2016,02,1,local,5,1");
    }

    @Test
    void emptyInputIsRejected() {
        assertBadInput("empty input", HEADER);
        assertBadInput("empty input");
    }

    @Test
    void clusterMissingFromReferenceIsReportedByCode() {
        Path input = CliRun.write(dir, "in.csv", HEADER, "2016,01,1,traded,5,1", "2016,01,7,traded,5,1");
        Path reference = CliRun.write(dir, "ref.csv", "cluster,type,employment", "1,traded,100");
        Path out = dir.resolve("out.csv");

        CliRun run = CliRun.of(args(input, out, "--reference", reference.toString()));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("ref.csv").contains("1 input cluster(s) missing from the reference: [7]");
        assertThat(out).doesNotExist();
    }

    @Test
    void industryRowsAreAggregatedThroughDefinitions() {
        Path input = CliRun.write(
                dir,
                "ind.csv",
                "county,naics,emp,est",
                "01001,336411,100,2",
                "01001,336412,50,1",
                "01003,336411,10,1",
                "01003,445110,40,9",
                "01001,445110,60,9");
        Path defs = CliRun.write(
                dir,
                "defs.csv",
                "industry,cluster,type",
                "336411,aero,traded",
                "336412,aero,traded",
                "445110,retail,local");
        Path out = dir.resolve("out.csv");

        CliRun run = CliRun.of(
                "strength",
                "--input",
                input.toString(),
                "--region",
                "county",
                "--industry",
                "naics",
                "--definitions",
                defs.toString(),
                "--employment",
                "emp",
                "--establishments",
                "est",
                "--out",
                out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        // 01001: aero 150 (3 est), retail 60; 01003: aero 10 (1 est), retail 40. One traded and one local
        // cluster, so every LQ is 1: not above the LQ quartiles (not qualifying) but at the 75th/90th percentile
        // and >= 1, so strong and strong10 where the size test passes (150 > Q25 = 45, 3 > 1.5): only 01001
        assertThat(CliRun.lines(out))
                .containsExactly(
                        "region,cluster,employment,establishments,lq,qualifying,significant,strong,strong10,type,"
                                + "region_cluster_strength",
                        "01001,aero,150,3,1,false,false,true,true,traded,1",
                        "01001,retail,60,9,1,,,,,local,1",
                        "01003,aero,10,1,1,false,false,false,false,traded,0",
                        "01003,retail,40,9,1,,,,,local,0");
    }

    @Test
    void industriesMissingFromTheDefinitionsAreListedWithRowCounts() {
        Path input = CliRun.write(
                dir,
                "ind.csv",
                "county,naics,emp,est",
                "01001,336411,100,2",
                "01001,999999,5,1",
                "01003,999999,5,1",
                "01003,111111,1,1");
        Path defs = CliRun.write(dir, "defs.csv", "industry,cluster,type", "336411,aero,traded");
        Path out = dir.resolve("out.csv");

        CliRun run = CliRun.of(
                "strength",
                "--input",
                input.toString(),
                "--region",
                "county",
                "--industry",
                "naics",
                "--definitions",
                defs.toString(),
                "--employment",
                "emp",
                "--establishments",
                "est",
                "--out",
                out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("ind.csv: column 'naics': 2 industry code(s) not in")
                .contains("{111111=1, 999999=2}");
        assertThat(out).doesNotExist();
    }

    @Test
    void clusterAndIndustryOptionsMustNotBeMixed() {
        Path input = CliRun.write(dir, "in.csv", HEADER, "2016,01,1,traded,5,1");

        CliRun run = CliRun.of(
                "strength",
                "--input",
                input.toString(),
                "--region",
                "state_fips",
                "--cluster",
                "cluster_code",
                "--employment",
                "employment",
                "--establishments",
                "establishments",
                "--out",
                dir.resolve("o.csv").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("give either --cluster and --type, or --industry and --definitions");
    }

    private void assertBadInput(String message, String... lines) {
        Path input = CliRun.write(dir, "bad.csv", lines);
        Path out = dir.resolve("bad-out.csv");

        CliRun run = CliRun.of(args(input, out));

        assertThat(run.status()).as(run.err()).isEqualTo(ClusterWorksCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("bad.csv").contains(message);
        assertThat(out).doesNotExist();
    }
}
