package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WebTest
class MappingDatasetsApiTest {

    @Autowired
    MappingDatasets datasets;

    @Autowired
    JdbcClient jdbc;

    long workspace(String slug) {
        return jdbc.sql("select id from workspace where slug = :s")
                .param("s", slug)
                .query(Long.class)
                .single();
    }

    @Test
    void aCellsLocationQuotientEqualsOneComputedFromTheStoredRows() {
        long ws = workspace("demo");
        DatasetSummary germany = datasets.list(ws).stream()
                .filter(d -> d.name().startsWith("German Länder x NACE sections"))
                .findFirst()
                .orElseThrow();
        int year = germany.years().getFirst();
        String column = "m" + (germany.measures().indexOf("employment") + 1);
        assertThat(column).isNotEqualTo("m0");
        long version = jdbc.sql("select v.id from map_dataset_version v join map_dataset d on d.id = v.dataset_id"
                        + " where d.id = :d and v.version_no = :n")
                .param("d", germany.id())
                .param("n", germany.version())
                .query(Long.class)
                .single();
        var rows = jdbc.sql("select region, industry, " + column + " as x from map_observation where version_id = :v"
                        + " and period = :y")
                .param("v", version)
                .param("y", year)
                .query()
                .listOfRows();
        double total = rows.stream()
                .mapToDouble(r -> ((Number) r.get("x")).doubleValue())
                .sum();
        var first = rows.stream()
                .filter(r -> ((Number) r.get("x")).doubleValue() > 0)
                .findFirst()
                .orElseThrow();
        String region = (String) first.get("region");
        String industry = (String) first.get("industry");
        double regionTotal = sum(rows, "region", region);
        double industryTotal = sum(rows, "industry", industry);
        double x = ((Number) first.get("x")).doubleValue();

        CellFigures cell =
                datasets.cell(ws, germany.id(), year, region, industry).orElseThrow();
        assertThat(cell.employment()).isEqualTo(x);
        assertThat(cell.lq()).isCloseTo((x / regionTotal) / (industryTotal / total), within(1e-9));
        assertThat(cell.regionShare()).isCloseTo(x / regionTotal, within(1e-12));
    }

    @Test
    void cellsOfAnotherWorkspaceOrOutsideTheDatasetAreEmpty() {
        long demo = workspace("demo");
        DatasetSummary any = datasets.list(demo).getFirst();
        assertThat(datasets.find(workspace("other-agency"), any.id())).isEmpty();
        assertThat(datasets.cell(
                        workspace("other-agency"), any.id(), any.years().getFirst(), "x", "y"))
                .isEmpty();
        assertThat(datasets.cell(demo, any.id(), 1800, "x", "y")).isEmpty();
        assertThat(datasets.cell(demo, any.id(), any.years().getFirst(), "no-such-region", "no-such-industry"))
                .isEmpty();
    }

    private static double sum(java.util.List<java.util.Map<String, Object>> rows, String key, String value) {
        return rows.stream()
                .filter(r -> value.equals(r.get(key)))
                .mapToDouble(r -> ((Number) r.get("x")).doubleValue())
                .sum();
    }
}
