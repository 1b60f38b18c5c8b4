package org.clusterworks.reference;

/**
 * One territory of a territorial scheme, such as NUTS 2021 region {@code DE21} or US county {@code 06037}.
 *
 * @param scheme scheme identifier, e.g. {@code nuts-2021}
 * @param code the code in that scheme
 * @param name name as the source gives it (national language for NUTS)
 * @param level level in the scheme (NUTS 0-3; 0 for countries; 1 for US states and Tanzanian regions, 2 for counties)
 * @param parentCode code of the parent in the same scheme, null at the top level
 * @param countryCode ISO 3166-1 alpha-2 code of the country the territory lies in (GR and GB for NUTS EL and UK)
 * @param alpha3 ISO 3166-1 alpha-3 code, for countries only
 * @param numericCode ISO 3166-1 numeric code, for countries only
 */
public record Territory(
        String scheme,
        String code,
        String name,
        int level,
        String parentCode,
        String countryCode,
        String alpha3,
        String numericCode) {}
