package org.clusterworks.initiatives.core;

import java.math.BigDecimal;
import java.net.URI;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;

/** An initiative's profile as typed in the form. */
public record InitiativeInput(
        String name,
        String territoryCode,
        String territoryName,
        String clusters,
        String mappingReference,
        String funder,
        String clusterOrgId,
        String managerUserId,
        String description,
        String foundedIn,
        String website,
        String legalStatus,
        String managerFte,
        String staffFte,
        String sectors,
        String targetWomenPct,
        String targetSmePct,
        String targetBusinessPct) {

    static InitiativeInput empty() {
        return new InitiativeInput(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "40", "50",
                "50");
    }

    static InitiativeInput of(Domain.Initiative i) {
        return new InitiativeInput(
                i.name(),
                i.territoryCode(),
                i.territoryName(),
                i.clusters(),
                i.mappingReference(),
                i.funder(),
                str(i.clusterOrgId()),
                str(i.managerUserId()),
                i.description(),
                str(i.foundedIn()),
                i.website(),
                i.legalStatus(),
                i.managerFte() == null ? null : i.managerFte().toPlainString(),
                i.staffFte() == null ? null : i.staffFte().toPlainString(),
                i.sectors(),
                str(i.targetWomenPct()),
                str(i.targetSmePct()),
                str(i.targetBusinessPct()));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    Valid check(InvalidInput.Collector errors) {
        String web = FormFields.optional("website", website, 300, errors);
        if (web != null) {
            try {
                URI uri = URI.create(web);
                if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    errors.add("website", "input.url");
                }
            } catch (IllegalArgumentException e) {
                errors.add("website", "input.url");
            }
        }
        return new Valid(
                FormFields.required("name", name, 300, errors),
                FormFields.optional("territoryCode", territoryCode, 40, errors),
                FormFields.optional("territoryName", territoryName, 200, errors),
                FormFields.optional("clusters", clusters, 500, errors),
                FormFields.optional("mappingReference", mappingReference, 300, errors),
                FormFields.optional("funder", funder, 300, errors),
                FormFields.id("clusterOrgId", clusterOrgId, false, errors),
                FormFields.id("managerUserId", managerUserId, false, errors),
                FormFields.optional("description", description, 5000, errors),
                FormFields.integer(
                        "foundedIn", foundedIn, 1900, java.time.Year.now().getValue(), errors),
                web,
                FormFields.optional("legalStatus", legalStatus, 100, errors),
                FormFields.decimal("managerFte", managerFte, 0, 100, errors),
                FormFields.decimal("staffFte", staffFte, 0, 1000, errors),
                FormFields.optional("sectors", sectors, 300, errors),
                FormFields.integer("targetWomenPct", targetWomenPct, 0, 100, errors),
                FormFields.integer("targetSmePct", targetSmePct, 0, 100, errors),
                FormFields.integer("targetBusinessPct", targetBusinessPct, 0, 100, errors));
    }

    record Valid(
            String name,
            String territoryCode,
            String territoryName,
            String clusters,
            String mappingReference,
            String funder,
            Long clusterOrgId,
            Long managerUserId,
            String description,
            Integer foundedIn,
            String website,
            String legalStatus,
            BigDecimal managerFte,
            BigDecimal staffFte,
            String sectors,
            Integer targetWomenPct,
            Integer targetSmePct,
            Integer targetBusinessPct) {}
}
