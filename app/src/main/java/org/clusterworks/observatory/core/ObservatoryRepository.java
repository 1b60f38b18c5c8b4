package org.clusterworks.observatory.core;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the observatory's tables (named parameters only; SQL for H2 and PostgreSQL). */
@Repository
public class ObservatoryRepository {

    private static final String PROGRAMME_SELECT = """
            select p.id, p.programme_key, p.level, p.country, c.name as country_name, p.region_id,
                   r.name as region_name, r.nuts_code, p.name, p.responsible_body, p.url, p.source
            from observatory_programme p
            join observatory_country c on c.iso = p.country
            left join observatory_region r on r.id = p.region_id
            """;

    private final JdbcClient jdbc;

    public ObservatoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ taxonomy

    public void upsertItem(Item i) {
        int n = jdbc.sql("""
                        update observatory_item set position = :position, label_national = :national,
                          label_regional = :regional, label_fr = :fr, label_sw = :sw, certainty = :certainty
                        where dimension = :dimension and code = :code""").params(itemParams(i)).update();
        if (n == 0) {
            jdbc.sql("""
                            insert into observatory_item
                              (dimension, code, position, label_national, label_regional, label_fr, label_sw, certainty)
                            values (:dimension, :code, :position, :national, :regional, :fr, :sw, :certainty)""").params(itemParams(i)).update();
        }
    }

    private static Map<String, Object> itemParams(Item i) {
        return Map.of(
                "dimension", i.dimension(),
                "code", i.code(),
                "position", i.position(),
                "national", i.labelNational(),
                "regional", i.labelRegional(),
                "fr", i.labelFr(),
                "sw", i.labelSw(),
                "certainty", i.certainty());
    }

    public List<Item> items() {
        return jdbc.sql("select * from observatory_item order by dimension, position")
                .query((rs, n) -> new Item(
                        rs.getString("dimension"),
                        rs.getString("code"),
                        rs.getInt("position"),
                        rs.getString("label_national"),
                        rs.getString("label_regional"),
                        rs.getString("label_fr"),
                        rs.getString("label_sw"),
                        rs.getString("certainty")))
                .list();
    }

    // ------------------------------------------------------------------ waves

    public Optional<Wave> wave(String code) {
        return jdbc.sql("select * from observatory_wave where code = :code")
                .param("code", code)
                .query(ObservatoryRepository::wave)
                .optional();
    }

    public List<Wave> waves() {
        return jdbc.sql("select * from observatory_wave order by wave_year, code")
                .query(ObservatoryRepository::wave)
                .list();
    }

    public long createWave(String code, int year, Level level, String title, String source) {
        jdbc.sql("""
                        insert into observatory_wave (code, wave_year, level, title, source, created_at)
                        values (:code, :year, :level, :title, :source, :now)""")
                .param("code", code)
                .param("year", year)
                .param("level", level == null ? null : level.name())
                .param("title", title)
                .param("source", source)
                .param("now", now())
                .update();
        return wave(code).orElseThrow().id();
    }

    private static Wave wave(ResultSet rs, int n) throws SQLException {
        long round = rs.getLong("survey_round_id");
        return new Wave(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getInt("wave_year"),
                rs.getString("level"),
                rs.getString("title"),
                rs.getString("source"),
                rs.wasNull() ? null : round);
    }

    // ------------------------------------------------------------------ countries and regions

    public void upsertCountry(Country c) {
        Map<String, Object> p = new HashMap<>();
        p.put("iso", c.iso());
        p.put("name", c.name());
        p.put("grp", c.group());
        p.put("status", c.status());
        p.put("text", c.statusText());
        p.put("source", c.source());
        int n = jdbc.sql("""
                        update observatory_country set name = :name, country_group = :grp, status = :status,
                          status_text = :text, source = :source where iso = :iso""").params(p).update();
        if (n == 0) {
            jdbc.sql("""
                            insert into observatory_country (iso, name, country_group, status, status_text, source)
                            values (:iso, :name, :grp, :status, :text, :source)""").params(p).update();
        }
    }

    public List<Country> countries() {
        return jdbc.sql("select * from observatory_country order by name")
                .query(ObservatoryRepository::country)
                .list();
    }

    public Optional<Country> country(String iso) {
        return jdbc.sql("select * from observatory_country where iso = :iso")
                .param("iso", iso)
                .query(ObservatoryRepository::country)
                .optional();
    }

    private static Country country(ResultSet rs, int n) throws SQLException {
        return new Country(
                rs.getString("iso"),
                rs.getString("name"),
                rs.getString("country_group"),
                rs.getString("status"),
                rs.getString("status_text"),
                rs.getString("source"));
    }

    public long upsertRegion(String key, String country, String name, String nuts, String source) {
        Map<String, Object> p = new HashMap<>();
        p.put("key", key);
        p.put("country", country);
        p.put("name", name);
        p.put("nuts", nuts);
        p.put("source", source);
        int n = jdbc.sql("""
                        update observatory_region set country = :country, name = :name, nuts_code = :nuts,
                          source = :source where region_key = :key""").params(p).update();
        if (n == 0) {
            jdbc.sql("""
                            insert into observatory_region (region_key, country, name, nuts_code, source)
                            values (:key, :country, :name, :nuts, :source)""").params(p).update();
        }
        return jdbc.sql("select id from observatory_region where region_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    public List<Region> regions(String country) {
        return jdbc.sql(
                        "select * from observatory_region where (country = :country or :all = 1) order by country, name")
                .param("country", country == null ? "" : country)
                .param("all", country == null ? 1 : 0)
                .query(ObservatoryRepository::region)
                .list();
    }

    public Optional<Region> region(long id) {
        return jdbc.sql("select * from observatory_region where id = :id")
                .param("id", id)
                .query(ObservatoryRepository::region)
                .optional();
    }

    private static Region region(ResultSet rs, int n) throws SQLException {
        return new Region(
                rs.getLong("id"),
                rs.getString("region_key"),
                rs.getString("country"),
                rs.getString("name"),
                rs.getString("nuts_code"),
                rs.getString("source"),
                bool(rs, "policy"),
                bool(rs, "policy_past"),
                bool(rs, "policy_plans"),
                rs.getString("programmes_stated"),
                rs.getString("status_text"),
                rs.getString("status_source"));
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }

    /** Records a region's cluster-policy status (Table 5). */
    public void saveRegionStatus(
            long id, Boolean policy, Boolean past, Boolean plans, String programmes, String text, String source) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("policy", policy);
        p.put("past", past);
        p.put("plans", plans);
        p.put("programmes", blankToNull(programmes));
        p.put("text", blankToNull(text));
        p.put("source", blankToNull(source));
        jdbc.sql("""
                        update observatory_region set policy = :policy, policy_past = :past, policy_plans = :plans,
                          programmes_stated = :programmes, status_text = :text, status_source = :source where id = :id""").params(p).update();
    }

    // ------------------------------------------------------------------ programmes

    /** Inserts or updates a programme by its key; returns its id. */
    public long upsertProgramme(
            String key, Level level, String country, Long regionId, String name, String url, String source) {
        Map<String, Object> p = new HashMap<>();
        p.put("key", key);
        p.put("level", level.name());
        p.put("country", country);
        p.put("region", regionId);
        p.put("name", name);
        p.put("url", url == null || url.isBlank() ? null : url);
        p.put("source", source);
        int n = jdbc.sql("""
                        update observatory_programme set level = :level, country = :country, region_id = :region,
                          name = :name, url = :url, source = :source where programme_key = :key""").params(p).update();
        if (n == 0) {
            jdbc.sql("""
                            insert into observatory_programme (programme_key, level, country, region_id, name, url, source)
                            values (:key, :level, :country, :region, :name, :url, :source)""").params(p).update();
        }
        return jdbc.sql("select id from observatory_programme where programme_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    public void updateProgrammeIdentity(long id, String name, String responsibleBody, String url) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("name", name);
        p.put("body", blankToNull(responsibleBody));
        p.put("url", blankToNull(url));
        jdbc.sql("update observatory_programme set name = :name, responsible_body = :body, url = :url where id = :id")
                .params(p)
                .update();
    }

    public Optional<Programme> programme(long id) {
        return jdbc.sql(PROGRAMME_SELECT + " where p.id = :id")
                .param("id", id)
                .query(ObservatoryRepository::programme)
                .optional();
    }

    public Optional<Programme> programmeByKey(String key) {
        return jdbc.sql(PROGRAMME_SELECT + " where p.programme_key = :key")
                .param("key", key)
                .query(ObservatoryRepository::programme)
                .optional();
    }

    /** Programmes matching every filter of {@code q}, ordered by level, country and name. */
    public List<Programme> search(ProgrammeQuery q) {
        StringBuilder sql = new StringBuilder(PROGRAMME_SELECT).append(" where 1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (q.level() != null) {
            sql.append(" and p.level = :level");
            p.put("level", q.level().name());
        }
        if (q.country() != null) {
            sql.append(" and p.country = :country");
            p.put("country", q.country());
        }
        if (q.regionId() != null) {
            sql.append(" and p.region_id = :region");
            p.put("region", q.regionId());
        }
        answerFilter(sql, p, "objective", q.objective());
        answerFilter(sql, p, "cluster_type", q.clusterType());
        answerFilter(sql, p, "measure", q.measure());
        answerFilter(sql, p, "target_group", q.targetGroup());
        if (q.budgetMin() != null || q.budgetMax() != null) {
            sql.append(" and exists (select 1 from observatory_programme_wave pw where pw.programme_id = p.id"
                    + " and pw.budget_basis = 'ANNUAL' and pw.budget_eur is not null");
            if (q.budgetMin() != null) {
                sql.append(" and pw.budget_eur >= :budgetMin");
                p.put("budgetMin", q.budgetMin());
            }
            if (q.budgetMax() != null) {
                sql.append(" and pw.budget_eur <= :budgetMax");
                p.put("budgetMax", q.budgetMax());
            }
            sql.append(")");
        }
        if (q.activeIn() != null) {
            sql.append(" and exists (select 1 from observatory_programme_wave pw where pw.programme_id = p.id"
                    + " and pw.start_year <= :year and (pw.end_year is null or pw.end_year >= :year))");
            p.put("year", q.activeIn());
        }
        if (q.text() != null && !q.text().isBlank()) {
            sql.append(" and (lower(p.name) like :text or lower(coalesce(r.name, '')) like :text)");
            p.put("text", "%" + q.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        sql.append(" order by case p.level when 'NATIONAL' then 0 when 'REGIONAL' then 1 else 2 end,"
                + " c.name, r.name, p.programme_key");
        // SQL from constants: fixed filter fragments per filter (parameter names from fixed dimension names); values
        // are named parameters.
        return jdbc.sql(sql.toString())
                .params(p)
                .query(ObservatoryRepository::programme)
                .list();
    }

    private static void answerFilter(StringBuilder sql, Map<String, Object> p, String dimension, String item) {
        if (item == null || item.isBlank()) {
            return;
        }
        String name = "item_" + dimension;
        sql.append(" and exists (select 1 from observatory_answer a where a.dimension = :")
                .append(name)
                .append("_dimension and a.item_code = :")
                .append(name)
                .append(" and a.rating in ('TOP', 'TICK') and (a.programme_id = p.id or a.region_id = p.region_id))");
        p.put(name + "_dimension", dimension);
        p.put(name, item);
    }

    private static Programme programme(ResultSet rs, int n) throws SQLException {
        long region = rs.getLong("region_id");
        boolean noRegion = rs.wasNull();
        return new Programme(
                rs.getLong("id"),
                rs.getString("programme_key"),
                Level.valueOf(rs.getString("level")),
                rs.getString("country"),
                rs.getString("country_name"),
                noRegion ? null : region,
                rs.getString("region_name"),
                rs.getString("nuts_code"),
                rs.getString("name"),
                rs.getString("responsible_body"),
                rs.getString("url"),
                rs.getString("source"));
    }

    // ------------------------------------------------------------------ programme waves

    public void saveProgrammeWave(
            long programmeId,
            long waveId,
            String duration,
            Budget budget,
            String sectoralFocus,
            String otherText,
            String source,
            String updatedBy) {
        Years years = Years.parse(duration);
        Map<String, Object> p = new HashMap<>();
        p.put("programme", programmeId);
        p.put("wave", waveId);
        p.put("duration", blankToNull(duration));
        p.put("start", years.start());
        p.put("end", years.end());
        p.put("text", blankToNull(budget.text()));
        p.put("eur", budget.eur());
        p.put("basis", budget.eur() == null ? null : budget.basis().name());
        p.put("focus", blankToNull(sectoralFocus));
        p.put("other", blankToNull(otherText));
        p.put("source", source);
        p.put("by", updatedBy);
        p.put("now", now());
        jdbc.sql("delete from observatory_programme_wave where programme_id = :programme and wave_id = :wave")
                .params(p)
                .update();
        jdbc.sql("""
                        insert into observatory_programme_wave (programme_id, wave_id, duration, start_year, end_year,
                          budget_text, budget_eur, budget_basis, sectoral_focus, other_text, source, updated_by, updated_at)
                        values (:programme, :wave, :duration, :start, :end, :text, :eur, :basis, :focus, :other,
                          :source, :by, :now)""").params(p).update();
    }

    /** The programme's values per wave, oldest wave first. */
    public List<ProgrammeWave> programmeWaves(long programmeId) {
        return programmeWaves(List.of(programmeId)).getOrDefault(programmeId, List.of());
    }

    /** Values per wave of several programmes, oldest wave first. */
    public Map<Long, List<ProgrammeWave>> programmeWaves(Collection<Long> programmeIds) {
        Map<Long, List<ProgrammeWave>> out = new HashMap<>();
        if (programmeIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select pw.*, w.code as wave_code, w.wave_year as wave_year from observatory_programme_wave pw
                        join observatory_wave w on w.id = pw.wave_id where pw.programme_id in (:ids)
                        order by w.wave_year, w.id""")
                .param("ids", List.copyOf(programmeIds))
                .query((rs, n) -> new ProgrammeWave(
                        rs.getLong("programme_id"),
                        rs.getLong("wave_id"),
                        rs.getString("wave_code"),
                        rs.getInt("wave_year"),
                        rs.getString("duration"),
                        integer(rs, "start_year"),
                        integer(rs, "end_year"),
                        rs.getString("budget_text"),
                        rs.getBigDecimal("budget_eur"),
                        rs.getString("budget_basis"),
                        rs.getString("sectoral_focus"),
                        rs.getString("other_text"),
                        rs.getString("source"),
                        rs.getString("updated_by"),
                        instant(rs.getTimestamp("updated_at"))))
                .list()
                .forEach(w -> out.computeIfAbsent(w.programmeId(), k -> new ArrayList<>())
                        .add(w));
        return out;
    }

    // ------------------------------------------------------------------ answers

    public void insertAnswer(
            long waveId,
            Level level,
            Long programmeId,
            Long regionId,
            String country,
            int responseNo,
            String dimension,
            String itemCode,
            String rating,
            String otherText,
            String source) {
        Map<String, Object> p = new HashMap<>();
        p.put("wave", waveId);
        p.put("level", level.name());
        p.put("programme", programmeId);
        p.put("region", regionId);
        p.put("country", country);
        p.put("response", responseNo);
        p.put("dimension", dimension);
        p.put("item", blankToNull(itemCode));
        p.put("rating", rating);
        p.put("other", blankToNull(otherText));
        p.put("source", source);
        jdbc.sql("""
                        insert into observatory_answer (wave_id, level, programme_id, region_id, country, response_no,
                          dimension, item_code, rating, other_text, source)
                        values (:wave, :level, :programme, :region, :country, :response, :dimension, :item, :rating,
                          :other, :source)""").params(p).update();
    }

    public void deleteProgrammeAnswers(long programmeId, long waveId) {
        jdbc.sql("delete from observatory_answer where programme_id = :p and wave_id = :w")
                .param("p", programmeId)
                .param("w", waveId)
                .update();
    }

    /** Removes everything a wave holds (answers and programme values), to re-import it. */
    public void clearWave(long waveId) {
        jdbc.sql("delete from observatory_answer where wave_id = :w")
                .param("w", waveId)
                .update();
        jdbc.sql("delete from observatory_programme_wave where wave_id = :w")
                .param("w", waveId)
                .update();
    }

    private static final String ANSWER_SELECT = """
            select a.*, w.code as wave_code from observatory_answer a join observatory_wave w on w.id = a.wave_id
            """;

    /** Answers given for the programme itself and, for a regional programme, for its region. */
    public List<Answer> answersOf(Programme p) {
        return jdbc.sql(ANSWER_SELECT + " where a.programme_id = :id or (a.region_id = :region)"
                        + " order by w.wave_year, a.dimension, a.item_code, a.id")
                .param("id", p.id())
                .param("region", p.regionId() == null ? -1L : p.regionId())
                .query(ObservatoryRepository::answer)
                .list();
    }

    public List<Answer> answersOfCountry(String iso) {
        return jdbc.sql(ANSWER_SELECT
                        + " where a.country = :iso order by w.wave_year, a.dimension, a.response_no, a.id")
                .param("iso", iso)
                .query(ObservatoryRepository::answer)
                .list();
    }

    /** Every answer of a dimension at a level in a wave (for statistics). */
    public List<Answer> answers(String dimension, Level level, long waveId) {
        return jdbc.sql(ANSWER_SELECT + " where a.dimension = :dimension and a.level = :level and a.wave_id = :wave")
                .param("dimension", dimension)
                .param("level", level.name())
                .param("wave", waveId)
                .query(ObservatoryRepository::answer)
                .list();
    }

    /** The waves that hold answers of a dimension at a level, oldest first. */
    public List<Wave> wavesWith(String dimension, Level level) {
        return jdbc.sql("""
                        select * from observatory_wave w where exists (select 1 from observatory_answer a
                          where a.wave_id = w.id and a.dimension = :dimension and a.level = :level)
                        order by w.wave_year, w.id""")
                .param("dimension", dimension)
                .param("level", level.name())
                .query(ObservatoryRepository::wave)
                .list();
    }

    /** The region of each regional programme, to count regional answers per region. */
    public Map<Long, Long> regionOfProgramme() {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("select id, region_id from observatory_programme where region_id is not null")
                .query((rs, n) -> out.put(rs.getLong("id"), rs.getLong("region_id")))
                .list();
        return out;
    }

    private static Answer answer(ResultSet rs, int n) throws SQLException {
        long programme = rs.getLong("programme_id");
        boolean noProgramme = rs.wasNull();
        long region = rs.getLong("region_id");
        boolean noRegion = rs.wasNull();
        return new Answer(
                rs.getLong("id"),
                rs.getString("wave_code"),
                Level.valueOf(rs.getString("level")),
                noProgramme ? null : programme,
                noRegion ? null : region,
                rs.getString("country"),
                rs.getInt("response_no"),
                rs.getString("dimension"),
                rs.getString("item_code"),
                rs.getString("rating"),
                rs.getString("other_text"),
                rs.getString("source"));
    }

    // ------------------------------------------------------------------ published counts

    /** A count a source publishes for an item, with the number of answers it is out of (or null) and its source. */
    public record Published(String itemCode, int count, Integer answers, String source, String note) {}

    public void clearPublished(long waveId) {
        jdbc.sql("delete from observatory_published_count where wave_id = :w")
                .param("w", waveId)
                .update();
    }

    public void insertPublished(long waveId, Level level, String dimension, Published p) {
        Map<String, Object> m = new HashMap<>();
        m.put("wave", waveId);
        m.put("level", level.name());
        m.put("dimension", dimension);
        m.put("item", p.itemCode());
        m.put("count", p.count());
        m.put("answers", p.answers());
        m.put("source", p.source());
        m.put("note", blankToNull(p.note()));
        jdbc.sql("""
                        insert into observatory_published_count (wave_id, level, dimension, item_code, count_value,
                          answers, source, note) values (:wave, :level, :dimension, :item, :count, :answers, :source, :note)""").params(m).update();
    }

    public List<Published> published(String dimension, Level level, long waveId) {
        return jdbc.sql("""
                        select * from observatory_published_count where dimension = :dimension and level = :level
                          and wave_id = :wave order by id""")
                .param("dimension", dimension)
                .param("level", level.name())
                .param("wave", waveId)
                .query((rs, n) -> new Published(
                        rs.getString("item_code"),
                        rs.getInt("count_value"),
                        integer(rs, "answers"),
                        rs.getString("source"),
                        rs.getString("note")))
                .list();
    }

    // ------------------------------------------------------------------ fiches and imports

    public void replaceFiche(String country, List<FicheSection> sections) {
        jdbc.sql("delete from observatory_fiche_section where country = :c")
                .param("c", country)
                .update();
        for (FicheSection s : sections) {
            jdbc.sql("""
                            insert into observatory_fiche_section (country, section, position, heading, body, source)
                            values (:country, :section, :position, :heading, :body, :source)""")
                    .param("country", s.country())
                    .param("section", s.section())
                    .param("position", s.position())
                    .param("heading", s.heading())
                    .param("body", s.body())
                    .param("source", s.source())
                    .update();
        }
    }

    public List<FicheSection> fiche(String country) {
        return jdbc.sql("select * from observatory_fiche_section where country = :c order by position")
                .param("c", country)
                .query((rs, n) -> new FicheSection(
                        rs.getString("country"),
                        rs.getString("section"),
                        rs.getInt("position"),
                        rs.getString("heading"),
                        rs.getString("body"),
                        rs.getString("source")))
                .list();
    }

    public void logImport(String source, int programmes, int answers, String report) {
        jdbc.sql("""
                        insert into observatory_import (source, imported_at, programmes, answers, report)
                        values (:source, :now, :programmes, :answers, :report)""")
                .param("source", source)
                .param("now", now())
                .param("programmes", programmes)
                .param("answers", answers)
                .param("report", report)
                .update();
    }

    public Optional<String> lastImportReport() {
        return jdbc.sql("select report from observatory_import order by id desc limit 1")
                .query(String.class)
                .optional();
    }

    // ------------------------------------------------------------------ helpers

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** For callers that need a BigDecimal from user input. */
    public static BigDecimal decimal(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
    }
}
