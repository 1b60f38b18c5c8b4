package org.clusterworks.stakeholders.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.reference.Classifications;
import org.clusterworks.reference.IndustryCode;
import org.clusterworks.reference.Territories;
import org.clusterworks.reference.Territory;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Checks an organisation's industry codes (NACE Rev. 2) and territory code (Tanzanian regions, NUTS, ISO 3166-1, US
 * FIPS) against the reference module, and gives their titles and names for display.
 */
@Component
final class ReferenceCodes {

    /** The classification organisations' industry codes are written in. */
    static final String INDUSTRY_SCHEME = "nace-rev2";

    /** Territorial schemes a territory code is looked up in, first match wins. */
    static final List<String> TERRITORY_SCHEMES =
            List.of("tz-regions", "nuts-2024", "nuts-2021", "nuts-2016", "iso3166", "us-fips");

    private final Classifications classifications;
    private final Territories territories;

    ReferenceCodes(Classifications classifications, Territories territories) {
        this.classifications = classifications;
        this.territories = territories;
    }

    /**
     * Adds a problem naming the first unknown industry code and the unknown territory code, under the fields
     * {@code prefix + "industryCodes"} and {@code prefix + "territoryCode"}. Nothing is checked against a scheme
     * whose reference data is not loaded.
     */
    void check(String prefix, OrganisationInput.Valid v, InvalidInput.Collector errors) {
        if (v.industryCodes() != null
                && !errors.has(prefix + "industryCodes")
                && classifications.count(INDUSTRY_SCHEME) > 0) {
            for (String code : codes(v.industryCodes())) {
                if (classifications.find(INDUSTRY_SCHEME, code).isEmpty()) {
                    errors.add(prefix + "industryCodes", "input.unknown-industry-code", code);
                    break;
                }
            }
        }
        if (v.territoryCode() != null && !errors.has(prefix + "territoryCode") && anyTerritoriesLoaded()) {
            if (territory(v.territoryCode()).isEmpty()) {
                errors.add(prefix + "territoryCode", "input.unknown-territory-code", v.territoryCode());
            }
        }
    }

    /** Each code of a comma-separated list with its NACE Rev. 2 title (null where unknown). */
    Map<String, String> industryTitles(String industryCodes) {
        Map<String, String> titles = new LinkedHashMap<>();
        if (industryCodes == null) {
            return titles;
        }
        for (String code : codes(industryCodes)) {
            titles.put(
                    code,
                    classifications
                            .find(INDUSTRY_SCHEME, code)
                            .map(IndustryCode::title)
                            .orElse(null));
        }
        return titles;
    }

    /** The territory a code names, in the first scheme that has it. */
    Optional<Territory> territory(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        for (String scheme : TERRITORY_SCHEMES) {
            Optional<Territory> t = territories.find(scheme, code.strip());
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** The territory's name, or null. */
    String territoryName(String code) {
        return territory(code).map(Territory::name).orElse(null);
    }

    private boolean anyTerritoriesLoaded() {
        return TERRITORY_SCHEMES.stream().anyMatch(s -> territories.count(s) > 0);
    }

    static List<String> codes(String industryCodes) {
        return List.of(industryCodes.strip().split("\\s*[,;]\\s*"));
    }
}
