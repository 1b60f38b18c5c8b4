package org.clusterworks.reference.classification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusterworks.reference.Classifications;
import org.clusterworks.reference.ClusterMembership;
import org.clusterworks.reference.IndustryCode;
import org.clusterworks.reference.IndustryLink;
import org.clusterworks.reference.SearchResult;
import org.clusterworks.reference.search.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads classifications, concordances and cluster memberships from the reference tables. */
@Service
final class JdbcClassifications implements Classifications {

    private static final String COLUMNS = "scheme, code, title, level_no, parent_code";

    private final JdbcClient jdbc;

    JdbcClassifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> schemes() {
        return ClassificationSchemes.ALL.stream()
                .map(ClassificationSchemes.Scheme::id)
                .toList();
    }

    @Override
    public boolean isKnownScheme(String scheme) {
        return ClassificationSchemes.byId(scheme).isPresent();
    }

    @Override
    public Optional<IndustryCode> find(String scheme, String code) {
        return jdbc.sql("select " + COLUMNS + " from ref_industry_code where scheme = :scheme and code = :code")
                .param("scheme", scheme)
                .param("code", code)
                .query(JdbcClassifications::code)
                .optional();
    }

    @Override
    public Optional<String> notes(String scheme, String code) {
        return jdbc.sql("select notes from ref_industry_code where scheme = :scheme and code = :code")
                .param("scheme", scheme)
                .param("code", code)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(notes -> notes);
    }

    @Override
    public List<IndustryCode> children(String scheme, String code) {
        // SQL from constants: one of two fixed conditions.
        String parent = code == null ? "parent_code is null" : "parent_code = :code";
        return jdbc.sql("select " + COLUMNS + " from ref_industry_code where scheme = :scheme and " + parent
                        + " order by sort_no")
                .param("scheme", scheme)
                .param("code", code)
                .query(JdbcClassifications::code)
                .list();
    }

    @Override
    public SearchResult<IndustryCode> search(String scheme, String query, int limit) {
        SearchQuery q = SearchQuery.of(query, "code", "title_lower", "notes_lower");
        if (q.isEmpty()) {
            return new SearchResult<>(List.of(), 0);
        }
        String where = " from ref_industry_code where scheme = :scheme and " + q.condition();
        // SQL from constants: SearchQuery builds conditions and ranking from fixed column names; terms are named
        // parameters.
        int total = q.bind(jdbc.sql("select count(*)" + where))
                .param("scheme", scheme)
                .query(Integer.class)
                .single();
        List<IndustryCode> hits = q.bind(
                        // SQL from constants: as above.
                        jdbc.sql("select " + COLUMNS + where + " order by " + q.ranking() + ", sort_no limit :limit"))
                .param("scheme", scheme)
                .param("limit", Math.max(1, limit))
                .query(JdbcClassifications::code)
                .list();
        return new SearchResult<>(hits, total);
    }

    @Override
    public List<IndustryLink> links(String scheme, String code) {
        return jdbc.sql("""
                        select from_scheme, from_code, to_scheme, to_code, from_part, to_part, note
                        from ref_industry_concordance
                        where (from_scheme = :scheme and from_code = :code) or (to_scheme = :scheme and to_code = :code)
                        order by id""")
                .param("scheme", scheme)
                .param("code", code)
                .query((rs, n) -> new IndustryLink(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        nullableBoolean(rs, 5),
                        nullableBoolean(rs, 6),
                        rs.getString(7)))
                .list();
    }

    @Override
    public List<ClusterMembership> clusters(String scheme, String code) {
        return jdbc.sql("""
                        select d.code, d.name, coalesce(p.code, c.code), coalesce(p.name, c.name), c.cluster_type,
                               case when p.code is null then null else c.name end, d.provisional
                        from ref_cluster_industry m
                        join ref_cluster_definition d on d.id = m.definition_id
                        join ref_cluster c on c.definition_id = m.definition_id and c.code = m.cluster_code
                        left join ref_cluster p on p.definition_id = c.definition_id and p.code = c.parent_code
                        where d.scheme = :scheme and m.industry_code = :code and d.owner_workspace_id is null
                        order by d.code, c.code""")
                .param("scheme", scheme)
                .param("code", code)
                .query((rs, n) -> new ClusterMembership(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .list();
    }

    @Override
    public Set<String> withChildren(String scheme, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(
                        "select distinct parent_code from ref_industry_code where scheme = :scheme and parent_code in (:codes)")
                .param("scheme", scheme)
                .param("codes", List.copyOf(codes))
                .query(String.class)
                .list());
    }

    @Override
    public Map<String, String> parentLinks(String scheme) {
        Map<String, String> links = new LinkedHashMap<>();
        jdbc.sql("select code, parent_code from ref_industry_code where scheme = :scheme and parent_code is not null"
                        + " order by sort_no")
                .param("scheme", scheme)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> links.put(e.getKey(), e.getValue()));
        return links;
    }

    @Override
    public int count(String scheme) {
        return jdbc.sql("select count(*) from ref_industry_code where scheme = :scheme")
                .param("scheme", scheme)
                .query(Integer.class)
                .single();
    }

    private static IndustryCode code(ResultSet rs, int row) throws SQLException {
        return new IndustryCode(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5));
    }

    private static Boolean nullableBoolean(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
