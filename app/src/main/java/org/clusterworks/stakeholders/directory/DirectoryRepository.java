package org.clusterworks.stakeholders.directory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes organisations, people and relationships; every query is scoped to one workspace. */
@Repository
class DirectoryRepository {

    static final String ORG_COLUMNS =
            "id, workspace_id, name, helix, legal_form, tax_id, employees_band, turnover_band,"
                    + " industry_codes, territory_code, address, city, country_code, latitude, longitude, founded_in, website,"
                    + " email, phone, description, owner_gender, created_at, updated_at";
    static final String PERSON_COLUMNS =
            "id, workspace_id, organisation_id, full_name, job_title, email, phone, gender,"
                    + " consent_to_contact, consent_recorded_at, user_id, created_at";

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Directory filters; null or blank means "any". */
    record Filter(String q, String helix, String size, String sector, String territory) {
        static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    List<Organisation> search(long workspaceId, Filter f, int limit) {
        StringBuilder sql = new StringBuilder("select " + ORG_COLUMNS + " from organisation where workspace_id = :ws");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("ws", workspaceId);
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and (lower(name) like :q or lower(coalesce(city, '')) like :q"
                    + " or lower(coalesce(description, '')) like :q)");
            params.put("q", "%" + f.q().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (f.helix() != null && !f.helix().isBlank()) {
            sql.append(" and helix = :helix");
            params.put("helix", f.helix().strip().toUpperCase(Locale.ROOT));
        }
        if (f.size() != null && !f.size().isBlank()) {
            if ("sme".equals(f.size())) {
                sql.append(" and helix = 'BUSINESS' and employees_band in ('FROM_1_TO_9', 'FROM_10_TO_49',"
                        + " 'FROM_50_TO_249') and coalesce(turnover_band, '') <> 'OVER_50M'");
            } else {
                sql.append(" and employees_band = :band");
                EmployeesBand band = EmployeesBand.parse(f.size());
                params.put("band", band == null ? "?" : band.name());
            }
        }
        if (f.sector() != null && !f.sector().isBlank()) {
            // a code or any code below it in the hierarchy: prefix match on each listed code
            sql.append(" and (lower(coalesce(industry_codes, '')) like :sector"
                    + " or lower(coalesce(industry_codes, '')) like :sectorLater)");
            String code =
                    f.sector().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
            params.put("sector", code + "%");
            params.put("sectorLater", "%, " + code + "%");
        }
        if (f.territory() != null && !f.territory().isBlank()) {
            sql.append(" and upper(coalesce(territory_code, '')) like :territory");
            params.put("territory", f.territory().strip().toUpperCase(Locale.ROOT) + "%");
        }
        sql.append(" order by lower(name), id limit :limit");
        params.put("limit", limit);
        // SQL from constants: fixed filter fragments appended per filter; values are named parameters.
        return jdbc.sql(sql.toString())
                .params(params)
                .query(Rows.of(Organisation.class))
                .list();
    }

    List<Organisation> all(long workspaceId) {
        return jdbc.sql("select " + ORG_COLUMNS
                        + " from organisation where workspace_id = :ws order by lower(name), id")
                .param("ws", workspaceId)
                .query(Rows.of(Organisation.class))
                .list();
    }

    long count(long workspaceId) {
        return jdbc.sql("select count(*) from organisation where workspace_id = :ws")
                .param("ws", workspaceId)
                .query(Long.class)
                .single();
    }

    Optional<Organisation> find(long workspaceId, long id) {
        return jdbc.sql("select " + ORG_COLUMNS + " from organisation where workspace_id = :ws and id = :id")
                .param("ws", workspaceId)
                .param("id", id)
                .query(Rows.of(Organisation.class))
                .optional();
    }

    List<Organisation> findAll(long workspaceId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ORG_COLUMNS
                        + " from organisation where workspace_id = :ws and id in (:ids) order by lower(name), id")
                .param("ws", workspaceId)
                .param("ids", ids)
                .query(Rows.of(Organisation.class))
                .list();
    }

    Optional<Organisation> findByName(long workspaceId, String name) {
        return jdbc
                .sql("select " + ORG_COLUMNS
                        + " from organisation where workspace_id = :ws and lower(name) = lower(:n) order by id")
                .param("ws", workspaceId)
                .param("n", name)
                .query(Rows.of(Organisation.class))
                .list()
                .stream()
                .findFirst();
    }

    long insert(long workspaceId, OrganisationInput.Valid v) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = now();
        jdbc.sql("insert into organisation (workspace_id, name, helix, legal_form, tax_id, employees_band,"
                        + " turnover_band, industry_codes, territory_code, address, city, country_code, latitude,"
                        + " longitude, founded_in, website, email, phone, description, owner_gender, created_at,"
                        + " updated_at) values (:ws, :name, :helix, :legalForm, :taxId, :employeesBand, :turnoverBand,"
                        + " :industryCodes, :territoryCode, :address, :city, :countryCode, :latitude, :longitude,"
                        + " :foundedIn, :website, :email, :phone, :description, :ownerGender, :now, :now)")
                .params(params(v))
                .param("ws", workspaceId)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The organisation's edit version (hidden in its edit form). */
    long version(long workspaceId, long id) {
        return org.clusterworks.shared.EditVersions.current(jdbc, "organisation", workspaceId, id);
    }

    /** Raises the edit version, refusing a form opened at another version ({@code StaleEdit}). */
    void claimVersion(long workspaceId, long id, Long expected, String user) {
        org.clusterworks.shared.EditVersions.claim(jdbc, "organisation", workspaceId, id, expected, user);
    }

    int update(long workspaceId, long id, OrganisationInput.Valid v) {
        return jdbc.sql("update organisation set name = :name, helix = :helix, legal_form = :legalForm,"
                        + " tax_id = :taxId, employees_band = :employeesBand, turnover_band = :turnoverBand,"
                        + " industry_codes = :industryCodes, territory_code = :territoryCode, address = :address,"
                        + " city = :city, country_code = :countryCode, latitude = :latitude, longitude = :longitude,"
                        + " founded_in = :foundedIn, website = :website, email = :email, phone = :phone,"
                        + " description = :description, owner_gender = :ownerGender, updated_at = :now"
                        + " where workspace_id = :ws and id = :id")
                .params(params(v))
                .param("ws", workspaceId)
                .param("id", id)
                .param("now", now())
                .update();
    }

    private static java.util.Map<String, Object> params(OrganisationInput.Valid v) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("name", v.name());
        p.put("helix", v.helix().name());
        p.put("legalForm", v.legalForm());
        p.put("taxId", v.taxId());
        p.put(
                "employeesBand",
                v.employeesBand() == null ? null : v.employeesBand().name());
        p.put("turnoverBand", v.turnoverBand() == null ? null : v.turnoverBand().name());
        p.put("industryCodes", v.industryCodes());
        p.put("territoryCode", v.territoryCode());
        p.put("address", v.address());
        p.put("city", v.city());
        p.put("countryCode", v.countryCode());
        p.put("latitude", v.latitude());
        p.put("longitude", v.longitude());
        p.put("foundedIn", v.foundedIn());
        p.put("website", v.website());
        p.put("email", v.email());
        p.put("phone", v.phone());
        p.put("description", v.description());
        p.put("ownerGender", v.ownerGender() == null ? null : v.ownerGender().name());
        return p;
    }

    void delete(long workspaceId, long id) {
        jdbc.sql("delete from organisation where workspace_id = :ws and id = :id")
                .param("ws", workspaceId)
                .param("id", id)
                .update();
    }

    // People

    List<Person> peopleOf(long workspaceId, Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + PERSON_COLUMNS + " from person where workspace_id = :ws"
                        + " and organisation_id in (:ids) order by lower(full_name), id")
                .param("ws", workspaceId)
                .param("ids", orgIds)
                .query(Rows.of(Person.class))
                .list();
    }

    List<Person> people(long workspaceId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + PERSON_COLUMNS
                        + " from person where workspace_id = :ws and id in (:ids) order by lower(full_name), id")
                .param("ws", workspaceId)
                .param("ids", ids)
                .query(Rows.of(Person.class))
                .list();
    }

    List<Person> allPeople(long workspaceId) {
        return jdbc.sql("select " + PERSON_COLUMNS
                        + " from person where workspace_id = :ws order by lower(full_name), id")
                .param("ws", workspaceId)
                .query(Rows.of(Person.class))
                .list();
    }

    Optional<Person> person(long workspaceId, long id) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from person where workspace_id = :ws and id = :id")
                .param("ws", workspaceId)
                .param("id", id)
                .query(Rows.of(Person.class))
                .optional();
    }

    Optional<Long> organisationOfUser(long workspaceId, long userId) {
        return jdbc
                .sql("select organisation_id from person where workspace_id = :ws and user_id = :u"
                        + " and organisation_id is not null order by id")
                .param("ws", workspaceId)
                .param("u", userId)
                .query(Long.class)
                .list()
                .stream()
                .findFirst();
    }

    long insertPerson(long workspaceId, Long orgId, PersonInput.Valid v, Long userId) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = now();
        jdbc.sql("insert into person (workspace_id, organisation_id, full_name, job_title, email, phone, gender,"
                        + " consent_to_contact, consent_recorded_at, user_id, created_at) values (:ws, :org, :n, :t,"
                        + " :e, :p, :g, :c, :ca, :u, :now)")
                .param("ws", workspaceId)
                .param("org", orgId)
                .param("n", v.fullName())
                .param("t", v.jobTitle())
                .param("e", v.email())
                .param("p", v.phone())
                .param("g", v.gender() == null ? null : v.gender().name())
                .param("c", v.consent())
                .param("ca", v.consent() ? now : null)
                .param("u", userId)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updatePerson(long workspaceId, long id, PersonInput.Valid v) {
        jdbc.sql("update person set full_name = :n, job_title = :t, email = :e, phone = :p, gender = :g,"
                        + " consent_recorded_at = case when :c and not consent_to_contact then :now"
                        + " when not :c then null else consent_recorded_at end, consent_to_contact = :c"
                        + " where workspace_id = :ws and id = :id")
                .param("ws", workspaceId)
                .param("id", id)
                .param("n", v.fullName())
                .param("t", v.jobTitle())
                .param("e", v.email())
                .param("p", v.phone())
                .param("g", v.gender() == null ? null : v.gender().name())
                .param("c", v.consent())
                .param("now", now())
                .update();
    }

    void deletePerson(long workspaceId, long id) {
        jdbc.sql("delete from person where workspace_id = :ws and id = :id")
                .param("ws", workspaceId)
                .param("id", id)
                .update();
    }

    // Relationships

    List<Relationship> relationshipsOf(long workspaceId, long orgId) {
        return jdbc.sql("select r.id, r.from_org_id, f.name as from_name, r.to_org_id, t.name as to_name, r.kind,"
                        + " r.weight, r.valid_from, r.valid_until, r.source, r.note from org_relationship r"
                        + " join organisation f on f.id = r.from_org_id join organisation t on t.id = r.to_org_id"
                        + " where r.workspace_id = :ws and (r.from_org_id = :o or r.to_org_id = :o)"
                        + " order by r.kind, lower(t.name), r.id")
                .param("ws", workspaceId)
                .param("o", orgId)
                .query(Rows.of(Relationship.class))
                .list();
    }

    List<Relationship> allRelationships(long workspaceId) {
        return jdbc.sql("select r.id, r.from_org_id, f.name as from_name, r.to_org_id, t.name as to_name, r.kind,"
                        + " r.weight, r.valid_from, r.valid_until, r.source, r.note from org_relationship r"
                        + " join organisation f on f.id = r.from_org_id join organisation t on t.id = r.to_org_id"
                        + " where r.workspace_id = :ws order by r.id")
                .param("ws", workspaceId)
                .query(Rows.of(Relationship.class))
                .list();
    }

    long insertRelationship(
            long workspaceId,
            long from,
            long to,
            RelationshipKind kind,
            int weight,
            LocalDate validFrom,
            LocalDate validUntil,
            RelationshipKind.Source source,
            String note) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into org_relationship (workspace_id, from_org_id, to_org_id, kind, weight, valid_from,"
                                + " valid_until, source, note, created_at) values (:ws, :f, :t, :k, :w, :vf, :vu, :s, :n, :now)")
                .param("ws", workspaceId)
                .param("f", from)
                .param("t", to)
                .param("k", kind.name())
                .param("w", weight)
                .param("vf", validFrom)
                .param("vu", validUntil)
                .param("s", source.name())
                .param("n", note)
                .param("now", now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    int deleteRelationship(long workspaceId, long orgId, long id) {
        return jdbc.sql("delete from org_relationship where workspace_id = :ws and id = :id and from_org_id = :o")
                .param("ws", workspaceId)
                .param("id", id)
                .param("o", orgId)
                .update();
    }

    // Merge: moves everything that points at the merged organisation to the kept one.

    void moveLinks(long workspaceId, long kept, long merged) {
        jdbc.sql("update person set organisation_id = :k where workspace_id = :ws and organisation_id = :m")
                .param("ws", workspaceId)
                .param("k", kept)
                .param("m", merged)
                .update();
        jdbc.sql("update org_relationship set from_org_id = :k where workspace_id = :ws and from_org_id = :m")
                .param("ws", workspaceId)
                .param("k", kept)
                .param("m", merged)
                .update();
        jdbc.sql("update org_relationship set to_org_id = :k where workspace_id = :ws and to_org_id = :m")
                .param("ws", workspaceId)
                .param("k", kept)
                .param("m", merged)
                .update();
        jdbc.sql("delete from org_relationship where workspace_id = :ws and from_org_id = to_org_id")
                .param("ws", workspaceId)
                .update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
