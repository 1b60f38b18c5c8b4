package org.clusterworks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.reference.loading.ReferenceDataLoader;
import org.clusterworks.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reference migration, loader and queries on PostgreSQL 18 (embedded), not only on H2. */
@PostgresTest
class ReferencePostgresTest {

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    Classifications classifications;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_first_start_loads_everything_and_a_second_run_nothing() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(classifications.count("nace-rev2")).isEqualTo(996);
        assertThat(classifications.count("naics-2012")).isEqualTo(2211);
        assertThat(territories.count("us-fips")).isEqualTo(51 + 3145);
        assertThat(jdbc.sql("select count(*) from ref_industry_concordance")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1790 + 1663 + 1653 + 1069 + 918);

        assertThat(loader.loadAll().loaded()).isEmpty();
    }

    @Test
    void hierarchy_search_links_and_clusters_read_the_same_as_on_h2() {
        assertThat(classifications.find("nace-rev2", "62.01").orElseThrow().parentCode())
                .isEqualTo("62.0");
        assertThat(classifications.search("nace-rev2", "software", 50).hits())
                .extracting(IndustryCode::code)
                .containsExactly("46.51", "47.41", "58.2", "58.29", "18");
        assertThat(classifications.notes("nace-rev2", "18"))
                .hasValueSatisfying(n -> assertThat(n).contains("software on discs or tapes"));
        assertThat(classifications
                        .search("nace-rev2", "6201", 5)
                        .hits()
                        .getFirst()
                        .code())
                .isEqualTo("62.01");
        assertThat(territories.search("nuts-2021", "munchen", 10).hits())
                .extracting(Territory::code)
                .contains("DE212");
        assertThat(classifications.links("naics-2017", "541511"))
                .extracting(IndustryLink::toCode)
                .contains("62.01");
        assertThat(classifications.clusters("naics-2012", "336411")).hasSize(1);
        assertThat(classifications.withChildren("nace-rev2", java.util.List.of("62", "62.01")))
                .containsExactly("62");
        assertThat(territories.find("us-fips", "06037").orElseThrow().parentCode())
                .isEqualTo("06");
    }
}
