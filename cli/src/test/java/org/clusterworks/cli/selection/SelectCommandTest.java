package org.clusterworks.cli.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clusterworks.cli.complexity.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectCommandTest {

    @TempDir
    Path dir;

    Path criteria;

    @BeforeEach
    void writeCriteria() throws IOException {
        criteria = dir.resolve("criteria.csv");
        // employment (benefit), growth (benefit), cost (cost)
        Files.writeString(
                criteria,
                "cluster,employment,growth,cost\n"
                        + "0101,100,0.05,10\n"
                        + "0202,300,0.01,30\n"
                        + "0303,200,0.03,20\n"
                        + "0404,50,-0.02,40\n");
    }

    private CliRun select(String... extra) {
        String[] base = {
            "select",
            "--input",
            criteria.toString(),
            "--candidate",
            "cluster",
            "--criteria",
            "employment,growth,cost",
            "--cost",
            "cost",
            "--out",
            dir.resolve("out").toString()
        };
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.run(args);
    }

    @Test
    void scoresAreTheWeightedSumOfMinMaxScaledCriteria() throws IOException {
        CliRun r = select("--weights", "2,1,1", "--top-k", "2", "--draws", "500", "--seed", "9");
        assertThat(r.status()).as(r.err()).isZero();
        List<Map<String, String>> rows = CliRun.csv(dir.resolve("out/scores.csv"));
        assertThat(rows).extracting(m -> m.get("candidate")).containsExactly("0101", "0202", "0303", "0404");
        // min-max: employment (100-50)/250 = 0.2, growth 0.07/0.07 = 1, cost (40-10)/30 = 1 -> 0.5*0.2 + 0.25 + 0.25
        assertThat(Double.parseDouble(rows.get(0).get("score"))).isCloseTo(0.6, within(1e-12));
        // 0202: 1, 0.03/0.07, 1/3
        assertThat(Double.parseDouble(rows.get(1).get("score")))
                .isCloseTo(0.5 + 0.25 * 3 / 7.0 + 0.25 / 3, within(1e-12));
        assertThat(rows.get(3).get("rank")).isEqualTo("4");
        double sum = rows.stream()
                .mapToDouble(m -> Double.parseDouble(m.get("p_top_k")))
                .sum();
        assertThat(sum).isCloseTo(2, within(1e-12));
        assertThat(CliRun.csv(dir.resolve("out/weights.csv")))
                .extracting(m -> m.get("criterion") + ":" + m.get("direction") + ":" + m.get("weight"))
                .containsExactly("employment:benefit:0.5", "growth:benefit:0.25", "cost:cost:0.25");
    }

    @Test
    void ahpMatrixGivesTheWeightsAndItsConsistency() throws IOException {
        Path ahp = dir.resolve("ahp.csv");
        // Consistent: employment twice as important as growth and four times as cost.
        Files.writeString(ahp, "criterion,employment,growth,cost\nemployment,1,2,4\ngrowth,1/2,1,2\ncost,1/4,1/2,1\n");
        CliRun r = select("--ahp", ahp.toString(), "--normalisation", "rank");
        assertThat(r.status()).as(r.err()).isZero();
        List<Map<String, String>> w = CliRun.csv(dir.resolve("out/weights.csv"));
        assertThat(Double.parseDouble(w.get(0).get("weight"))).isCloseTo(4 / 7.0, within(1e-12));
        Map<String, String> consistency = CliRun.csv(dir.resolve("out/ahp.csv")).get(0);
        assertThat(Double.parseDouble(consistency.get("cr"))).isCloseTo(0, within(1e-12));
        assertThat(consistency.get("consistent")).isEqualTo("true");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void inconsistentAhpIsFlaggedButStillScored() throws IOException {
        Path ahp = dir.resolve("ahp.csv");
        Files.writeString(ahp, "criterion,employment,growth,cost\nemployment,1,9,1/9\ngrowth,1/9,1,9\ncost,9,1/9,1\n");
        CliRun r = select("--ahp", ahp.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("consistency ratio").contains("> 0.1");
        assertThat(CliRun.csv(dir.resolve("out/ahp.csv")).get(0).get("consistent"))
                .isEqualTo("false");
    }

    @Test
    void badInputEndsWithStatusTwoAndNoOutput() throws IOException {
        Files.writeString(criteria, "cluster,employment,growth,cost\n0101,100,high,10\n");
        CliRun r = select("--weights", "1,1,1");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("criteria.csv")
                .contains("line 2")
                .contains("'growth'")
                .contains("high");
        assertThat(Files.exists(dir.resolve("out/scores.csv"))).isFalse();
    }

    @Test
    void wrongNumberOfWeightsOrNonReciprocalAhpIsBadInput() throws IOException {
        assertThat(select("--weights", "1,1").status()).isEqualTo(2);
        Path ahp = dir.resolve("ahp.csv");
        Files.writeString(ahp, "criterion,employment,growth,cost\nemployment,1,3,1\ngrowth,3,1,1\ncost,1,1,1\n");
        CliRun r = select("--ahp", ahp.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("ahp.csv").contains("1 / a[");
    }

    @Test
    void helpListsTheOptions() {
        CliRun r = CliRun.run("select", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out())
                .contains("--top-k")
                .contains("--draws")
                .contains("--seed")
                .contains("--ahp");
    }
}
