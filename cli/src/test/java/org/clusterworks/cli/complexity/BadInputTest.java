package org.clusterworks.cli.complexity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.clusterworks.cli.ClusterWorksCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input ends with status 2, a message naming the file, line and column, and no output file. */
class BadInputTest {

    @TempDir
    Path dir;

    private CliRun run(String command, String csv, String... extra) throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, csv);
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

    private void assertNoOutput() throws IOException {
        Path out = dir.resolve("out");
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s.toList()).isEmpty();
            }
        }
    }

    private static final String GOOD = "reg,ind,val\na,01,4\na,02,2\na,03,2\nb,01,4\nb,02,4\nc,01,8\nd,02,2\nd,03,6\n";

    @ParameterizedTest
    @ValueSource(strings = {"complexity", "relatedness"})
    void missingColumnIsNamed(String command) throws IOException {
        CliRun r = run(command, "reg,industry,val\na,01,1\n");
        assertThat(r.status()).isEqualTo(ClusterWorksCli.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("in.csv").contains("missing column 'ind'");
        assertNoOutput();
    }

    @Test
    void nonNumericValueIsReportedWithLineAndColumn() throws IOException {
        CliRun r = run("complexity", "reg,ind,val\na,01,5\na,02,lots\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("in.csv")
                .contains("line 3")
                .contains("'val'")
                .contains("lots");
        assertNoOutput();
    }

    @Test
    void negativeValueIsRejected() throws IOException {
        CliRun r = run("complexity", "reg,ind,val\na,01,5\nb,02,-1\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("line 3").contains("-1");
        assertNoOutput();
    }

    @Test
    void duplicateRowsAreRejectedUnlessSummed() throws IOException {
        String dup = GOOD + "a,01,0\n";
        CliRun r = run("complexity", dup);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("line 10").contains("duplicate").contains("first at line 2");
        assertNoOutput();
        CliRun summed = run("complexity", dup, "--sum-duplicates");
        assertThat(summed.status()).as(summed.err()).isZero();
    }

    @Test
    void sumDuplicatesAddsTheRepeatedRows() throws IOException {
        assertThat(run("relatedness", GOOD).status()).isZero();
        String whole = Files.readString(dir.resolve("out/density.csv"));
        String split = GOOD.replace("a,01,4\n", "a,01,1\n") + "a,01,3\n";
        CliRun r = run("relatedness", split, "--sum-duplicates");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out/density.csv"))).isEqualTo(whole);
    }

    @Test
    void emptyInputIsRejected() throws IOException {
        CliRun r = run("relatedness", "reg,ind,val\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("in.csv").contains("no data rows");
        assertNoOutput();
    }

    @Test
    void emptyCodeIsRejected() throws IOException {
        CliRun r = run("complexity", "reg,ind,val\n,01,5\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("line 2").contains("'reg'").contains("empty");
    }

    @Test
    void helpDescribesTheOutputs() {
        CliRun r = CliRun.run("complexity", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out())
                .contains("--threshold")
                .contains("fitness_region.csv")
                .contains("proximity_region.csv");
        assertThat(CliRun.run("relatedness", "--help").out()).contains("opportunities.csv");
    }
}
