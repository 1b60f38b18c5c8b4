package org.clusterworks.reference.territory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The territorial schemes the platform ships, with their display names and sources. */
public final class TerritorySchemes {

    public static final String ISO3166 = "iso3166";
    public static final String NUTS_2016 = "nuts-2016";
    public static final String NUTS_2021 = "nuts-2021";
    public static final String NUTS_2024 = "nuts-2024";
    public static final String US_FIPS = "us-fips";
    public static final String TZ_REGIONS = "tz-regions";

    /** A scheme's identifier, display name and the message key of its source text. */
    public record Scheme(String id, String name, String sourceKey) {}

    public static final List<Scheme> ALL = List.of(
            new Scheme(ISO3166, "ISO 3166-1", "reference.source.iso3166"),
            new Scheme(NUTS_2016, "NUTS 2016", "reference.source.nuts"),
            new Scheme(NUTS_2021, "NUTS 2021", "reference.source.nuts"),
            new Scheme(NUTS_2024, "NUTS 2024", "reference.source.nuts"),
            new Scheme(US_FIPS, "US FIPS", "reference.source.usfips"),
            new Scheme(TZ_REGIONS, "Tanzania regions", "reference.source.tz"));

    private static final Map<String, Scheme> BY_ID =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Scheme::id, Function.identity()));

    private TerritorySchemes() {}

    /** The scheme with this identifier, if known. */
    public static Optional<Scheme> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }
}
