package org.clusterworks.reference.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Row counts come from the shipped files' documentation (reference/PROVENANCE.md, after the classifications README). */
@WebTest
class ReferenceDataLoaderTest {

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void first_start_loads_every_classification_row_for_row() {
        assertThat(levels("nace-rev2")).isEqualTo(Map.of(1, 21, 2, 88, 3, 272, 4, 615));
        assertThat(count("ref_industry_code", "nace-rev2")).isEqualTo(996);
        assertThat(levels("isic-rev4")).isEqualTo(Map.of(1, 21, 2, 88, 3, 238, 4, 419));
        assertThat(count("ref_industry_code", "naics-2012")).isEqualTo(2211);
        assertThat(count("ref_industry_code", "naics-2017")).isEqualTo(2196);
        assertThat(count("ref_industry_code", "naics-2022")).isEqualTo(2129);
        assertThat(sixDigit("naics-2012")).isEqualTo(1065);
        assertThat(sixDigit("naics-2017")).isEqualTo(1057);
        assertThat(sixDigit("naics-2022")).isEqualTo(1012);
    }

    @Test
    void first_start_loads_every_concordance_row_except_the_census_catch_all_code_0() {
        assertThat(concordance("concordance:naics-2017:nace-rev2")).isEqualTo(1790);
        assertThat(concordance("concordance:naics-2012:isic-rev4")).isEqualTo(1665 - 2);
        assertThat(concordance("concordance:naics-2017:isic-rev4")).isEqualTo(1655 - 2);
        assertThat(concordance("concordance:naics-2017:naics-2012")).isEqualTo(1069);
        assertThat(concordance("concordance:naics-2017:naics-2022")).isEqualTo(918);
    }

    @Test
    void first_start_loads_the_benchmark_clusters_as_a_provisional_platform_wide_definition() {
        var definition = jdbc.sql(
                        "select id, provisional from ref_cluster_definition where code = 'us-benchmark-2016' and owner_workspace_id is null")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBoolean(2)))
                .single();
        assertThat(definition.getValue()).isTrue();
        Map<String, Integer> clusters = jdbc
                .sql(
                        "select cluster_type, count(*) from ref_cluster where definition_id = :id and parent_code is null group by cluster_type")
                .param("id", definition.getKey())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(clusters).isEqualTo(Map.of("traded", 51, "local", 16));
        // 660 traded + 295 local benchmark codes, less the one local code filed under cluster "NA".
        assertThat(jdbc.sql("select count(*) from ref_cluster_industry where definition_id = :id")
                        .param("id", definition.getKey())
                        .query(Integer.class)
                        .single())
                .isEqualTo(660 + 295 - 1);
    }

    @Test
    void first_start_loads_every_territory() {
        assertThat(count("ref_territory", "iso3166")).isEqualTo(249);
        assertThat(count("ref_territory", "nuts-2016")).isEqualTo(1845);
        assertThat(count("ref_territory", "nuts-2021")).isEqualTo(1608);
        assertThat(territoryLevels("nuts-2024"))
                .containsEntry(1, 119)
                .containsEntry(2, 271)
                .containsEntry(3, 1192);
        assertThat(territoryLevels("us-fips")).isEqualTo(Map.of(1, 51, 2, 3145));
        assertThat(count("ref_territory", "tz-regions")).isEqualTo(31);
        assertThat(jdbc.sql("select count(*) from ref_territory_geometry")
                        .query(Integer.class)
                        .single())
                .isEqualTo(16);
    }

    @Test
    void a_second_run_loads_nothing() {
        ReferenceDataLoader.Report report = loader.loadAll();

        assertThat(report.loaded()).isEmpty();
        assertThat(report.rowsWritten()).isZero();
        assertThat(count("ref_industry_code", "nace-rev2")).isEqualTo(996);
    }

    @Test
    void a_changed_file_reloads_only_the_data_sets_built_from_it() {
        jdbc.sql("update ref_loaded_file set sha256 = 'changed' where file_name = :file")
                .param("file", ClassificationDatasets.NACE_FILE)
                .update();
        jdbc.sql("delete from ref_industry_code where scheme = 'nace-rev2' and code = '62.01'")
                .update();

        ReferenceDataLoader.Report report = loader.loadAll();

        assertThat(report.loaded()).containsExactly("classification:nace-rev2");
        assertThat(report.rowsWritten()).isEqualTo(996);
        assertThat(count("ref_industry_code", "nace-rev2")).isEqualTo(996);
        assertThat(loader.loadAll().loaded()).isEmpty();
    }

    @Test
    void a_data_set_failing_half_way_leaves_the_previous_rows_and_checksums_as_they_were() {
        jdbc.sql("update ref_loaded_file set sha256 = 'changed' where file_name = :file")
                .param("file", ClassificationDatasets.NACE_FILE)
                .update();
        ReferenceDataset failing = new SimpleDataset(
                "classification:nace-rev2", List.of(ClassificationDatasets.NACE_FILE), (files, writer) -> {
                    writer.update("delete from ref_industry_code where scheme = 'nace-rev2'", Map.of());
                    throw new IllegalArgumentException("row 7: no parent");
                });

        assertThatThrownBy(() -> loader.refresh(failing, new HashMap<>()))
                .hasMessageContaining("classification:nace-rev2")
                .hasMessageContaining(ClassificationDatasets.NACE_FILE)
                .hasMessageContaining("row 7: no parent");
        assertThat(count("ref_industry_code", "nace-rev2")).isEqualTo(996);
        assertThat(jdbc.sql("select sha256 from ref_loaded_file where file_name = :file")
                        .param("file", ClassificationDatasets.NACE_FILE)
                        .query(String.class)
                        .single())
                .isEqualTo("changed");

        assertThat(loader.loadAll().loaded()).containsExactly("classification:nace-rev2");
    }

    @Test
    void every_loaded_file_is_recorded_with_its_checksum_beside_the_loader_version() {
        assertThat(jdbc.sql("select count(*) from ref_loaded_file where file_name <> :loader and length(sha256) = 64")
                        .param("loader", ReferenceDataLoader.LOADER_ENTRY)
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(21);
        assertThat(jdbc.sql("select count(*) from ref_loaded_file where file_name = :loader and sha256 = :version")
                        .param("loader", ReferenceDataLoader.LOADER_ENTRY)
                        .param("version", ReferenceDataLoader.LOADER_VERSION)
                        .query(Integer.class)
                        .single())
                .isEqualTo(18);
    }

    @Test
    void a_new_loader_version_reloads_every_data_set_once() {
        jdbc.sql("update ref_loaded_file set sha256 = 'old' where file_name = :loader")
                .param("loader", ReferenceDataLoader.LOADER_ENTRY)
                .update();

        assertThat(loader.loadAll().loaded()).hasSize(18);
        assertThat(loader.loadAll().loaded()).isEmpty();
        assertThat(jdbc.sql("select count(*) from ref_industry_code")
                        .query(Integer.class)
                        .single())
                .isEqualTo(996 + 766 + 2211 + 2196 + 2129);
    }

    private int count(String table, String scheme) {
        String sql = switch (table) {
            case "ref_industry_code" -> "select count(*) from ref_industry_code where scheme = :scheme";
            case "ref_territory" -> "select count(*) from ref_territory where scheme = :scheme";
            default -> throw new IllegalArgumentException(table);
        };
        return jdbc.sql(sql).param("scheme", scheme).query(Integer.class).single();
    }

    private int sixDigit(String scheme) {
        return jdbc.sql("select count(*) from ref_industry_code where scheme = :scheme and level_no = 5")
                .param("scheme", scheme)
                .query(Integer.class)
                .single();
    }

    private int concordance(String dataset) {
        return jdbc.sql("select count(*) from ref_industry_concordance where dataset = :dataset")
                .param("dataset", dataset)
                .query(Integer.class)
                .single();
    }

    private Map<Integer, Integer> levels(String scheme) {
        return byLevel(
                "select level_no, count(*) from ref_industry_code where scheme = :scheme group by level_no", scheme);
    }

    private Map<Integer, Integer> territoryLevels(String scheme) {
        return byLevel("select level_no, count(*) from ref_territory where scheme = :scheme group by level_no", scheme);
    }

    private Map<Integer, Integer> byLevel(String sql, String scheme) {
        return jdbc
                .sql(sql)
                .param("scheme", scheme)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
