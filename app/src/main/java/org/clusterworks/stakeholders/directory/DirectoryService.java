package org.clusterworks.stakeholders.directory;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.OrganisationsMerged;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.StakeholderPerson;
import org.clusterworks.stakeholders.StakeholderRelationship;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The directory's rules: who may change what, validation, audit events, duplicate detection and merging. Also the
 * module's {@link Stakeholders} API for other modules.
 */
@Service
public class DirectoryService implements Stakeholders {

    private final DirectoryRepository repo;
    private final ApplicationEventPublisher events;
    private final ReferenceCodes codes;

    DirectoryService(DirectoryRepository repo, ApplicationEventPublisher events, ReferenceCodes codes) {
        this.repo = repo;
        this.events = events;
        this.codes = codes;
    }

    /** The input's values, with its industry and territory codes checked against the reference data. */
    private OrganisationInput.Valid validated(OrganisationInput input) {
        var errors = new InvalidInput.Collector();
        OrganisationInput.Valid v = input.check("", errors);
        codes.check("", v, errors);
        errors.throwIfAny();
        return v;
    }

    // Access

    /** The organisation the user works for in this workspace, if any. */
    Optional<Long> ownOrganisation(CurrentWorkspace ws, AuthenticatedUser user) {
        return repo.organisationOfUser(ws.id(), user.id());
    }

    /** Managers edit every organisation; a member (CONTRIBUTE) edits only their own organisation. */
    boolean canEdit(CurrentWorkspace ws, AuthenticatedUser user, long orgId) {
        if (ws.can(Permission.MANAGE_INITIATIVES)) {
            return true;
        }
        return ws.can(Permission.CONTRIBUTE)
                && ownOrganisation(ws, user).map(o -> o == orgId).orElse(false);
    }

    /** Contact details of people are shown to managers and to the organisation's own people. */
    boolean canSeeContacts(CurrentWorkspace ws, AuthenticatedUser user, long orgId) {
        return canEdit(ws, user, orgId);
    }

    void requireEdit(CurrentWorkspace ws, AuthenticatedUser user, long orgId) {
        if (!canEdit(ws, user, orgId)) {
            throw new AccessDeniedException("User " + user.username() + " may not edit organisation " + orgId);
        }
    }

    /** Checks the coarse permission first (403), then that the organisation exists (404), then ownership (403). */
    Organisation editable(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        ws.require(Permission.CONTRIBUTE);
        Organisation org = require(ws, id);
        requireEdit(ws, user, id);
        return org;
    }

    Organisation require(CurrentWorkspace ws, long id) {
        return repo.find(ws.id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No organisation " + id));
    }

    // Organisations

    @Transactional
    public long create(CurrentWorkspace ws, OrganisationInput input) {
        ws.require(Permission.MANAGE_INITIATIVES);
        OrganisationInput.Valid v = validated(input);
        long id = repo.insert(ws.id(), v);
        events.publishEvent(new AuditEvent(ws.id(), AuditEvent.Action.CREATED, "organisation", "" + id, v.name()));
        return id;
    }

    @Transactional
    public void update(CurrentWorkspace ws, AuthenticatedUser user, long id, OrganisationInput input) {
        update(ws, user, id, input, null);
    }

    /** Saves an edit made from {@code version} (null: unchecked); refuses a stale one with {@code StaleEdit}. */
    @Transactional
    public void update(CurrentWorkspace ws, AuthenticatedUser user, long id, OrganisationInput input, Long version) {
        editable(ws, user, id);
        OrganisationInput.Valid v = validated(input);
        repo.claimVersion(ws.id(), id, version, user.displayName());
        repo.update(ws.id(), id, v);
        events.publishEvent(new AuditEvent(ws.id(), AuditEvent.Action.CHANGED, "organisation", "" + id, v.name()));
    }

    /** The organisation's edit version, for its edit form. */
    public long version(CurrentWorkspace ws, long id) {
        return repo.version(ws.id(), id);
    }

    // People

    @Transactional
    public long addPerson(CurrentWorkspace ws, AuthenticatedUser user, long orgId, PersonInput input) {
        editable(ws, user, orgId);
        PersonInput.Valid v = input.validate("");
        long id = repo.insertPerson(ws.id(), orgId, v, null);
        events.publishEvent(new AuditEvent(
                ws.id(), AuditEvent.Action.CREATED, "person", "" + id, v.fullName() + " at organisation " + orgId));
        return id;
    }

    @Transactional
    public void updatePerson(CurrentWorkspace ws, AuthenticatedUser user, long orgId, long personId, PersonInput in) {
        editable(ws, user, orgId);
        Person p = requirePerson(ws, orgId, personId);
        PersonInput.Valid v = in.validate("");
        repo.updatePerson(ws.id(), p.id(), v);
        events.publishEvent(new AuditEvent(ws.id(), AuditEvent.Action.CHANGED, "person", "" + personId, v.fullName()));
    }

    @Transactional
    public void deletePerson(CurrentWorkspace ws, AuthenticatedUser user, long orgId, long personId) {
        editable(ws, user, orgId);
        Person p = requirePerson(ws, orgId, personId);
        if (p.userId() != null) {
            throw new InvalidInput(Map.of("person", "person.linked-to-user"));
        }
        repo.deletePerson(ws.id(), personId);
        events.publishEvent(new AuditEvent(ws.id(), AuditEvent.Action.DELETED, "person", "" + personId, p.fullName()));
    }

    Person requirePerson(CurrentWorkspace ws, long orgId, long personId) {
        Person p = repo.person(ws.id(), personId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No person " + personId));
        if (p.organisationId() == null || p.organisationId() != orgId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No person " + personId + " in " + orgId);
        }
        return p;
    }

    // Relationships

    /** A relationship as typed in the form. */
    public record RelationshipInput(
            String toOrganisation,
            String kind,
            String weight,
            String validFrom,
            String validUntil,
            String source,
            String note) {}

    @Transactional
    public long addRelationship(CurrentWorkspace ws, AuthenticatedUser user, long fromId, RelationshipInput in) {
        editable(ws, user, fromId);
        var errors = new InvalidInput.Collector();
        Long to = FormFields.id("toOrganisation", in.toOrganisation(), true, errors);
        if (to != null && (to == fromId || repo.find(ws.id(), to).isEmpty())) {
            errors.add("toOrganisation", "input.unknown-choice");
        }
        RelationshipKind kind = RelationshipKind.parse(in.kind());
        if (kind == null) {
            errors.add("kind", in.kind() == null || in.kind().isBlank() ? "input.required" : "input.unknown-choice");
        }
        int weight = 1;
        if (in.weight() != null && !in.weight().isBlank()) {
            try {
                weight = Integer.parseInt(in.weight().strip());
                if (weight < 1 || weight > 5) {
                    errors.add("weight", "input.weight-range");
                }
            } catch (NumberFormatException e) {
                errors.add("weight", "input.whole-number");
            }
        }
        LocalDate from = FormFields.date("validFrom", in.validFrom(), false, errors);
        LocalDate until = FormFields.date("validUntil", in.validUntil(), false, errors);
        if (from != null && until != null && until.isBefore(from)) {
            errors.add("validUntil", "input.end-before-start");
        }
        RelationshipKind.Source source = in.source() == null || in.source().isBlank()
                ? RelationshipKind.Source.DECLARED
                : RelationshipKind.Source.parse(in.source());
        if (source == null) {
            errors.add("source", "input.unknown-choice");
        }
        OrganisationInput.length("note", in.note(), 500, errors);
        errors.throwIfAny();
        long id = repo.insertRelationship(
                ws.id(), fromId, to, kind, weight, from, until, source, OrganisationInput.text(in.note()));
        events.publishEvent(new AuditEvent(
                ws.id(), AuditEvent.Action.CREATED, "relationship", "" + id, fromId + " " + kind + " " + to));
        return id;
    }

    @Transactional
    public void deleteRelationship(CurrentWorkspace ws, AuthenticatedUser user, long fromId, long relId) {
        editable(ws, user, fromId);
        if (repo.deleteRelationship(ws.id(), fromId, relId) == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No relationship " + relId);
        }
        events.publishEvent(new AuditEvent(ws.id(), AuditEvent.Action.DELETED, "relationship", "" + relId, ""));
    }

    // Duplicates and merge

    /** Two organisations that look like the same one, and why. */
    public record DuplicatePair(Organisation a, Organisation b, String reasonKey) {}

    /** Same tax id, or near-identical names (after dropping legal-form words) in the same city. */
    public List<DuplicatePair> duplicates(long workspaceId) {
        List<Organisation> all = repo.all(workspaceId);
        List<DuplicatePair> pairs = new ArrayList<>();
        Map<String, Organisation> byTax = new HashMap<>();
        for (Organisation o : all) {
            if (o.taxId() != null) {
                String tax = o.taxId().replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
                Organisation other = byTax.putIfAbsent(tax, o);
                if (other != null && !tax.isEmpty()) {
                    pairs.add(new DuplicatePair(other, o, "duplicates.same-tax-id"));
                }
            }
        }
        Map<String, List<Organisation>> byCity = new HashMap<>();
        for (Organisation o : all) {
            String city = o.city() == null ? "" : normalise(o.city());
            byCity.computeIfAbsent(city, c -> new ArrayList<>()).add(o);
        }
        for (List<Organisation> group : byCity.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Organisation a = group.get(i);
                    Organisation b = group.get(j);
                    if (pairs.stream()
                            .anyMatch(p -> Set.of(p.a().id(), p.b().id()).equals(Set.of(a.id(), b.id())))) {
                        continue;
                    }
                    String na = coreName(a.name());
                    String nb = coreName(b.name());
                    int limit = Math.max(na.length(), nb.length()) <= 6 ? 0 : 2;
                    if (!na.isEmpty() && levenshtein(na, nb, limit) <= limit) {
                        pairs.add(new DuplicatePair(a, b, "duplicates.similar-name"));
                    }
                }
            }
        }
        return pairs;
    }

    private static final Set<String> LEGAL_WORDS = Set.of(
            "ltd",
            "limited",
            "co",
            "company",
            "plc",
            "inc",
            "llc",
            "sa",
            "sarl",
            "sas",
            "gmbh",
            "ag",
            "bv",
            "srl",
            "spa",
            "the",
            "and",
            "cooperative",
            "coop");

    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }

    static String coreName(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : normalise(name).split(" ")) {
            if (!w.isEmpty() && !LEGAL_WORDS.contains(w)) {
                b.append(w);
            }
        }
        return b.toString();
    }

    static int levenshtein(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Merges {@code mergedId} into {@code keptId}: the kept organisation takes over the merged one's people,
     * relationships and (through {@link OrganisationsMerged}) memberships and other links; empty fields of the kept
     * organisation are filled from the merged one; the merged organisation is then deleted.
     */
    @Transactional
    public void merge(CurrentWorkspace ws, long keptId, long mergedId) {
        ws.require(Permission.MANAGE_INITIATIVES);
        if (keptId == mergedId) {
            throw new InvalidInput(Map.of("merged", "duplicates.same-organisation"));
        }
        Organisation kept = require(ws, keptId);
        Organisation merged = require(ws, mergedId);
        OrganisationInput k = OrganisationInput.of(kept);
        OrganisationInput m = OrganisationInput.of(merged);
        OrganisationInput combined = new OrganisationInput(
                k.name(),
                k.helix(),
                or(k.legalForm(), m.legalForm()),
                or(k.taxId(), m.taxId()),
                or(k.employeesBand(), m.employeesBand()),
                or(k.turnoverBand(), m.turnoverBand()),
                or(k.industryCodes(), m.industryCodes()),
                or(k.territoryCode(), m.territoryCode()),
                or(k.address(), m.address()),
                or(k.city(), m.city()),
                or(k.countryCode(), m.countryCode()),
                kept.hasCoordinates() ? k.latitude() : m.latitude(),
                kept.hasCoordinates() ? k.longitude() : m.longitude(),
                or(k.foundedIn(), m.foundedIn()),
                or(k.website(), m.website()),
                or(k.email(), m.email()),
                or(k.phone(), m.phone()),
                or(k.description(), m.description()),
                or(k.ownerGender(), m.ownerGender()));
        repo.update(ws.id(), keptId, combined.validate(""));
        repo.moveLinks(ws.id(), keptId, mergedId);
        events.publishEvent(new OrganisationsMerged(ws.id(), keptId, mergedId));
        repo.delete(ws.id(), mergedId);
        events.publishEvent(new AuditEvent(
                ws.id(),
                AuditEvent.Action.DELETED,
                "organisation",
                "" + mergedId,
                "Merged '" + merged.name() + "' into '" + kept.name() + "' (" + keptId + ")"));
    }

    private static String or(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }

    // The Stakeholders API for other modules

    static StakeholderOrganisation summary(Organisation o) {
        return new StakeholderOrganisation(
                o.id(), o.name(), o.helix(), o.sme(), o.city(), o.territoryCode(), o.ownerGender());
    }

    static StakeholderPerson summary(Person p) {
        return new StakeholderPerson(p.id(), p.organisationId(), p.fullName(), p.jobTitle(), p.gender(), p.userId());
    }

    @Override
    public Optional<StakeholderOrganisation> organisation(long workspaceId, long id) {
        return repo.find(workspaceId, id).map(DirectoryService::summary);
    }

    @Override
    public List<StakeholderOrganisation> organisations(long workspaceId, Collection<Long> ids) {
        return repo.findAll(workspaceId, ids).stream()
                .map(DirectoryService::summary)
                .toList();
    }

    @Override
    public List<org.clusterworks.stakeholders.StakeholderPlace> places(long workspaceId, Collection<Long> ids) {
        return repo.findAll(workspaceId, ids).stream()
                .filter(Organisation::hasCoordinates)
                .map(o -> new org.clusterworks.stakeholders.StakeholderPlace(o.id(), o.latitude(), o.longitude()))
                .toList();
    }

    @Override
    public List<StakeholderOrganisation> search(long workspaceId, String q, int limit) {
        return repo.search(workspaceId, new DirectoryRepository.Filter(q, null, null, null, null), limit).stream()
                .map(DirectoryService::summary)
                .toList();
    }

    @Override
    public Optional<StakeholderOrganisation> byName(long workspaceId, String name) {
        return repo.findByName(workspaceId, name).map(DirectoryService::summary);
    }

    @Override
    public Optional<StakeholderPerson> person(long workspaceId, long id) {
        return repo.person(workspaceId, id).map(DirectoryService::summary);
    }

    @Override
    public List<StakeholderPerson> people(long workspaceId, Collection<Long> ids) {
        return repo.people(workspaceId, ids).stream()
                .map(DirectoryService::summary)
                .toList();
    }

    @Override
    public List<StakeholderPerson> peopleOf(long workspaceId, Collection<Long> organisationIds) {
        return repo.peopleOf(workspaceId, organisationIds).stream()
                .map(DirectoryService::summary)
                .toList();
    }

    @Override
    public List<StakeholderPerson> peopleWithAccounts(long workspaceId) {
        return repo.allPeople(workspaceId).stream()
                .filter(p -> p.userId() != null)
                .map(DirectoryService::summary)
                .toList();
    }

    @Override
    public Optional<StakeholderPerson> personOfUser(long workspaceId, long userId) {
        return repo.allPeople(workspaceId).stream()
                .filter(p -> p.userId() != null && p.userId() == userId)
                .map(DirectoryService::summary)
                .findFirst();
    }

    @Override
    public List<StakeholderRelationship> relationships(long workspaceId) {
        return repo.allRelationships(workspaceId).stream()
                .map(r -> new StakeholderRelationship(
                        r.fromOrgId(),
                        r.toOrgId(),
                        r.kind().name(),
                        r.weight(),
                        r.validFrom(),
                        r.validUntil(),
                        r.source().name()))
                .toList();
    }

    @Override
    public Optional<Long> organisationOfUser(long workspaceId, long userId) {
        return repo.organisationOfUser(workspaceId, userId);
    }
}
