package org.clusterworks.reference.territory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusterworks.reference.SearchResult;
import org.clusterworks.reference.Territories;
import org.clusterworks.reference.Territory;
import org.clusterworks.reference.TerritoryGeometry;
import org.clusterworks.reference.search.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads territories and their geometry records from the reference tables. */
@Service
final class JdbcTerritories implements Territories {

    private static final String COLUMNS =
            "scheme, code, name, level_no, parent_code, country_code, alpha3, numeric_code";
    private static final String GEOMETRY_COLUMNS = "scheme, level_no, path, feature_property, join_on, attribution";

    private final JdbcClient jdbc;

    JdbcTerritories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> schemes() {
        return TerritorySchemes.ALL.stream().map(TerritorySchemes.Scheme::id).toList();
    }

    @Override
    public boolean isKnownScheme(String scheme) {
        return TerritorySchemes.byId(scheme).isPresent();
    }

    @Override
    public Optional<Territory> find(String scheme, String code) {
        return jdbc.sql("select " + COLUMNS + " from ref_territory where scheme = :scheme and code = :code")
                .param("scheme", scheme)
                .param("code", code)
                .query(JdbcTerritories::territory)
                .optional();
    }

    @Override
    public List<Territory> children(String scheme, String code) {
        // SQL from constants: one of two fixed conditions.
        String parent = code == null ? "parent_code is null" : "parent_code = :code";
        return jdbc.sql("select " + COLUMNS + " from ref_territory where scheme = :scheme and " + parent
                        + " order by sort_no")
                .param("scheme", scheme)
                .param("code", code)
                .query(JdbcTerritories::territory)
                .list();
    }

    @Override
    public SearchResult<Territory> search(String scheme, String query, int limit) {
        SearchQuery q = SearchQuery.of(query, "code", "name_lower");
        if (q.isEmpty()) {
            return new SearchResult<>(List.of(), 0);
        }
        String where = " from ref_territory where scheme = :scheme and " + q.condition();
        // SQL from constants: SearchQuery builds conditions and ranking from fixed column names; terms are named
        // parameters.
        int total = q.bind(jdbc.sql("select count(*)" + where))
                .param("scheme", scheme)
                .query(Integer.class)
                .single();
        List<Territory> hits = q.bind(
                        // SQL from constants: as above.
                        jdbc.sql("select " + COLUMNS + where + " order by " + q.ranking() + ", sort_no limit :limit"))
                .param("scheme", scheme)
                .param("limit", Math.max(1, limit))
                .query(JdbcTerritories::territory)
                .list();
        return new SearchResult<>(hits, total);
    }

    @Override
    public Optional<TerritoryGeometry> geometry(String scheme, int level) {
        return jdbc.sql("select " + GEOMETRY_COLUMNS
                        + " from ref_territory_geometry where scheme = :scheme and level_no = :level")
                .param("scheme", scheme)
                .param("level", level)
                .query(JdbcTerritories::geometry)
                .optional();
    }

    @Override
    public List<TerritoryGeometry> geometries() {
        return jdbc.sql("select " + GEOMETRY_COLUMNS + " from ref_territory_geometry order by scheme, level_no")
                .query(JdbcTerritories::geometry)
                .list();
    }

    @Override
    public Set<String> withChildren(String scheme, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(
                        "select distinct parent_code from ref_territory where scheme = :scheme and parent_code in (:codes)")
                .param("scheme", scheme)
                .param("codes", List.copyOf(codes))
                .query(String.class)
                .list());
    }

    @Override
    public List<Territory> topLevelIn(String countryCode) {
        return jdbc.sql("select " + COLUMNS + " from ref_territory where country_code = :country"
                        + " and parent_code is null and scheme <> :iso order by scheme, sort_no")
                .param("country", countryCode)
                .param("iso", TerritorySchemes.ISO3166)
                .query(JdbcTerritories::territory)
                .list();
    }

    @Override
    public int count(String scheme) {
        return jdbc.sql("select count(*) from ref_territory where scheme = :scheme")
                .param("scheme", scheme)
                .query(Integer.class)
                .single();
    }

    private static Territory territory(ResultSet rs, int row) throws SQLException {
        return new Territory(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }

    private static TerritoryGeometry geometry(ResultSet rs, int row) throws SQLException {
        return new TerritoryGeometry(
                rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }
}
