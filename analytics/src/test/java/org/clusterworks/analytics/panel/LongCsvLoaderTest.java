package org.clusterworks.analytics.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.clusterworks.analytics.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongCsvLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheUsFixtureLikeTheBuilder() throws Exception {
        Path file = Fixtures.resource("fixtures/us-states-clusters-2016/us_states_clusters_2016.csv");
        PanelBuilder builder = Panel.builder("employment", "establishments");
        for (Map<String, String> row : Fixtures.read("fixtures/us-states-clusters-2016/us_states_clusters_2016.csv")) {
            builder.add(
                    row.get("state_fips"),
                    row.get("cluster_code"),
                    Integer.parseInt(row.get("year")),
                    Double.parseDouble(row.get("employment")),
                    Double.parseDouble(row.get("establishments")));
        }
        Panel expected = builder.build();

        Panel loaded =
                new LongCsvLoader("state_fips", "cluster_code", "year", "employment", "establishments").load(file);

        assertThat(loaded.regions()).isEqualTo(expected.regions()).contains("01");
        assertThat(loaded.industries()).isEqualTo(expected.industries());
        assertThat(loaded.crossSection(2016, "employment")).isEqualTo(expected.crossSection(2016, "employment"));
        assertThat(loaded.crossSection(2016, "establishments"))
                .isEqualTo(expected.crossSection(2016, "establishments"));
    }

    @Test
    void manyChunksInParallelGiveTheSamePanelAsOneThread() throws Exception {
        Path file = dir.resolve("big.csv");
        Random random = new Random(3);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("region,industry,year,emp\r\n");
            for (int y = 2000; y < 2008; y++) {
                for (int r = 0; r < 300; r++) {
                    for (int i = 0; i < 200; i++) {
                        if (random.nextInt(3) == 0) {
                            w.write(String.format(
                                    "%05d,\"%04d\",%d,%s\r\n",
                                    r, i, y, random.nextInt(1000) + "." + random.nextInt(10)));
                        }
                    }
                }
            }
        }
        assertThat(Files.size(file)).isGreaterThan(3 << 20);

        Panel parallel = new LongCsvLoader("region", "industry", "year", "emp")
                .threads(4)
                .load(file);
        Panel single = new LongCsvLoader("region", "industry", "year", "emp")
                .threads(1)
                .load(file);

        assertThat(parallel.cellCount()).isEqualTo(single.cellCount()).isGreaterThan(100_000);
        assertThat(parallel.industries()).contains("0007");
        for (int y : parallel.years()) {
            assertThat(parallel.crossSection(y, "emp")).isEqualTo(single.crossSection(y, "emp"));
        }
    }

    @Test
    void badValueIsReportedWithItsLineAndColumn() throws Exception {
        Path file = Files.write(dir.resolve("bad.csv"), List.of("r,i,y,v", "a,x,1,5", "", "a,y,1,-3"));

        assertThatThrownBy(() -> new LongCsvLoader("r", "i", "y", "v").load(file))
                .isInstanceOf(PanelInputException.class)
                .hasMessageContaining("row 4, column 'v': negative value '-3'");
    }

    @Test
    void missingColumnAndNonNumberAreReported() throws Exception {
        Path file = Files.write(dir.resolve("bad.csv"), List.of("r,i,y,v", "a,x,1,many"));

        assertThatThrownBy(() -> new LongCsvLoader("r", "i", "year", "v").load(file))
                .hasMessageContaining("column 'year': missing column");
        assertThatThrownBy(() -> new LongCsvLoader("r", "i", "y", "v").load(file))
                .hasMessageContaining("row 2, column 'v': not a number: 'many'");
    }

    @Test
    void emptyFieldIsMissingAndDuplicatesFollowTheBuilderRules() throws Exception {
        Path file = Files.write(dir.resolve("dup.csv"), List.of("r,i,v", "a,x,", "a,x,2"));

        assertThatThrownBy(() -> new LongCsvLoader("r", "i", null, "v").load(file))
                .isInstanceOf(PanelInputException.class)
                .hasMessageContaining("duplicate");
        Panel summed =
                new LongCsvLoader("r", "i", null, "v").sumDuplicates(true).load(file);
        assertThat(summed.value(0, 0)).isNaN();
    }
}
