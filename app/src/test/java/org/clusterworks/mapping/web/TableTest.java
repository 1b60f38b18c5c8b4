package org.clusterworks.mapping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page prints at most 250 rows of a table and says how many it left out; exports keep every row. */
class TableTest {

    @Test
    void aLongTableIsCutForThePageButKeepsEveryRow() {
        Table t = Table.of("Regions", "", List.of("Region", "Employment"));
        for (int k = 0; k < 3_145; k++) {
            t.add(k == 0 ? "/w/demo/x" : null, "R" + k, (double) k);
        }
        assertThat(t.display()).hasSize(250);
        assertThat(t.hiddenRows()).isEqualTo(2_895);
        assertThat(t.rows()).hasSize(3_145);
        assertThat(t.display().get(0).get(0).link()).isEqualTo("/w/demo/x");
        assertThat(t.display().get(0).get(1).link()).isNull();
        assertThat(t.display().get(1).get(0).link()).isNull();
        assertThat(t.display().get(249).get(1).text()).isEqualTo("249");
    }

    @Test
    void aShortTableIsPrintedWhole() {
        Table t = Table.of("Regions", "", List.of("Region"));
        t.add(null, "A");
        assertThat(t.display()).hasSize(1);
        assertThat(t.hiddenRows()).isZero();
    }
}
