package org.clusterworks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebTest
class TerritoriesTest {

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"iso3166", "nuts-2016", "nuts-2021", "nuts-2024", "us-fips", "tz-regions"})
    void every_territory_with_a_parent_finds_it_one_level_up_in_the_same_scheme(String scheme) {
        int orphans = jdbc.sql("""
                        select count(*) from ref_territory t
                        left join ref_territory p on p.scheme = t.scheme and p.code = t.parent_code
                        where t.scheme = :scheme and t.parent_code is not null
                          and (p.code is null or p.level_no <> t.level_no - 1)""").param("scheme", scheme).query(Integer.class).single();

        assertThat(orphans).isZero();
        assertThat(territories.children(scheme, null)).isNotEmpty().allMatch(t -> t.parentCode() == null);
    }

    @Test
    void nuts_oberbayern_lies_in_bayern_in_germany() {
        Territory oberbayern = territories.find("nuts-2021", "DE21").orElseThrow();
        Territory bayern =
                territories.find("nuts-2021", oberbayern.parentCode()).orElseThrow();

        assertThat(oberbayern.level()).isEqualTo(2);
        assertThat(bayern.code()).isEqualTo("DE2");
        assertThat(bayern.parentCode()).isEqualTo("DE");
        assertThat(oberbayern.countryCode()).isEqualTo("DE");
    }

    @Test
    void nuts_2021_and_2024_countries_are_named_in_english_and_greece_uses_its_iso_code() {
        assertThat(territories.find("nuts-2021", "DE").orElseThrow().name()).isEqualTo("Germany");
        assertThat(territories.find("nuts-2024", "FR").orElseThrow().name()).isEqualTo("France");
        assertThat(territories.find("nuts-2024", "EL").orElseThrow().countryCode())
                .isEqualTo("GR");
        assertThat(jdbc.sql("select count(*) from ref_territory where scheme like 'nuts-%' and name = ''")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void us_county_06037_is_los_angeles_county_in_california() {
        Territory county = territories.find("us-fips", "06037").orElseThrow();

        assertThat(county.name()).isEqualTo("Los Angeles County");
        assertThat(county.parentCode()).isEqualTo("06");
        assertThat(territories.find("us-fips", "06").orElseThrow().name()).isEqualTo("California");
        assertThat(territories.find("us-fips", "11").orElseThrow().name()).isEqualTo("District of Columbia");
        assertThat(territories.find("us-fips", "35013").orElseThrow().name()).isEqualTo("Doña Ana County");
    }

    @Test
    void countries_carry_alpha3_and_numeric_codes() {
        Territory tanzania = territories.find("iso3166", "TZ").orElseThrow();

        assertThat(tanzania.name()).isEqualTo("Tanzania");
        assertThat(tanzania.alpha3()).isEqualTo("TZA");
        assertThat(tanzania.numericCode()).isEqualTo("834");
        assertThat(territories.find("tz-regions", "TZ-31").orElseThrow().name()).isEqualTo("Songwe");
    }

    @Test
    void search_ignores_accents_and_finds_by_code_prefix() {
        assertThat(territories.search("nuts-2021", "munchen", 10).hits())
                .extracting(Territory::code)
                .contains("DE212");
        assertThat(territories.search("us-fips", "06", 100).hits())
                .first()
                .extracting(Territory::code)
                .isEqualTo("06");
    }

    @Test
    void every_geometry_record_points_at_a_shipped_file_that_draws_the_territories_of_its_level() throws Exception {
        List<TerritoryGeometry> geometries = territories.geometries();
        assertThat(geometries).hasSize(16);
        JsonMapper json = JsonMapper.builder().build();
        for (TerritoryGeometry geometry : geometries) {
            JsonNode collection;
            try (InputStream in = new ClassPathResource("static" + geometry.path()).getInputStream()) {
                collection = json.readTree(in);
            }
            Set<String> keys = new HashSet<>();
            collection.get("features").forEach(f -> {
                JsonNode value = f.get("properties").get(geometry.featureProperty());
                if (value != null) {
                    keys.add(value.asString());
                }
            });
            String column = geometry.joinOn().equals("numeric") ? "numeric_code" : "code";
            List<String> codes = jdbc.sql(
                            "select " + column + " from ref_territory where scheme = :scheme and level_no = :level"
                                    + " and code not like '%Z' and code not like '%ZZ' and code not like '%ZZZ'")
                    .param("scheme", geometry.scheme())
                    .param("level", geometry.level())
                    .query(String.class)
                    .list();
            long drawn = codes.stream().filter(keys::contains).count();
            assertThat(drawn)
                    .as("%s level %d drawn by %s", geometry.scheme(), geometry.level(), geometry.path())
                    .isGreaterThan(codes.size() / 2);
        }
    }
}
