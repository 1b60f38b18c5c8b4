package org.clusterworks.stakeholders.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.reference.Classifications;
import org.clusterworks.reference.IndustryCode;
import org.clusterworks.stakeholders.OrganisationSectors;
import org.clusterworks.stakeholders.StakeholderContacts;
import org.springframework.stereotype.Component;

/** Sectors and contact addresses of the directory for other modules ({@link OrganisationSectors}, {@link StakeholderContacts}). */
@Component
class DirectoryDetails implements OrganisationSectors, StakeholderContacts {

    private final DirectoryRepository repo;
    private final Classifications classifications;

    DirectoryDetails(DirectoryRepository repo, Classifications classifications) {
        this.repo = repo;
        this.classifications = classifications;
    }

    @Override
    public Map<Long, Sector> sectors(long workspaceId, Collection<Long> organisationIds) {
        Map<Long, Sector> out = new LinkedHashMap<>();
        if (organisationIds.isEmpty()) {
            return out;
        }
        for (Organisation o : repo.findAll(workspaceId, organisationIds)) {
            if (o.industryCodes() == null) {
                continue;
            }
            ReferenceCodes.codes(o.industryCodes()).stream()
                    .findFirst()
                    .flatMap(this::section)
                    .ifPresent(s -> out.put(o.id(), s));
        }
        return out;
    }

    /** The level-1 ancestor of a code, walking up its parents. */
    private Optional<Sector> section(String code) {
        Optional<IndustryCode> c = classifications.find(ReferenceCodes.INDUSTRY_SCHEME, code);
        for (int depth = 0; c.isPresent() && depth < 10; depth++) {
            IndustryCode ic = c.get();
            if (ic.level() == 1 || ic.parentCode() == null) {
                return Optional.of(new Sector(ic.code(), sentence(ic.title())));
            }
            c = classifications.find(ReferenceCodes.INDUSTRY_SCHEME, ic.parentCode());
        }
        return Optional.empty();
    }

    /** NACE section titles are in capitals: "AGRICULTURE, FORESTRY AND FISHING" becomes "Agriculture, …". */
    private static String sentence(String title) {
        if (title == null || title.isEmpty() || !title.equals(title.toUpperCase(Locale.ROOT))) {
            return title;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    @Override
    public Optional<String> emailFor(long workspaceId, Long organisationId, Long personId) {
        Long org = organisationId;
        if (personId != null) {
            Optional<Person> p = repo.person(workspaceId, personId);
            if (p.isPresent()
                    && p.get().consentToContact()
                    && blankToNull(p.get().email()) != null) {
                return Optional.of(p.get().email().strip());
            }
            if (org == null) {
                org = p.map(Person::organisationId).orElse(null);
            }
        }
        if (org == null) {
            return Optional.empty();
        }
        var general = repo.find(workspaceId, org).map(o -> blankToNull(o.email()));
        if (general.isPresent()) {
            return general.map(String::strip);
        }
        return repo.peopleOf(workspaceId, java.util.List.of(org)).stream()
                .filter(p -> p.consentToContact() && blankToNull(p.email()) != null)
                .map(p -> p.email().strip())
                .findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
