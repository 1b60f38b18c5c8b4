package org.clusterworks.stakeholders;

/**
 * An organisation as other modules see it.
 *
 * @param id the organisation's id
 * @param name its name
 * @param helix its helix role
 * @param sme whether it is a small or medium-sized enterprise (under 250 employees and at most EUR 50 million
 *     turnover); false for non-businesses and unknown sizes
 * @param city the city or town
 * @param territoryCode the territory code (reference territories)
 * @param ownerGender the gender of the owner or manager, or null where not tracked
 */
public record StakeholderOrganisation(
        long id, String name, Helix helix, boolean sme, String city, String territoryCode, Gender ownerGender) {}
