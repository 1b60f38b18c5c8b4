package org.clusterworks.reference.classification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The industry classifications the platform ships, with their display names and sources. */
public final class ClassificationSchemes {

    public static final String NACE_REV2 = "nace-rev2";
    public static final String ISIC_REV4 = "isic-rev4";
    public static final String NAICS_2012 = "naics-2012";
    public static final String NAICS_2017 = "naics-2017";
    public static final String NAICS_2022 = "naics-2022";

    /** A classification's identifier, display name and the message key of its source text. */
    public record Scheme(String id, String name, String sourceKey) {}

    public static final List<Scheme> ALL = List.of(
            new Scheme(NACE_REV2, "NACE Rev. 2", "reference.source.nace"),
            new Scheme(ISIC_REV4, "ISIC Rev. 4", "reference.source.isic"),
            new Scheme(NAICS_2012, "NAICS 2012", "reference.source.naics"),
            new Scheme(NAICS_2017, "NAICS 2017", "reference.source.naics"),
            new Scheme(NAICS_2022, "NAICS 2022", "reference.source.naics"));

    private static final Map<String, Scheme> BY_ID =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Scheme::id, Function.identity()));

    private ClassificationSchemes() {}

    /** The scheme with this identifier, if known. */
    public static Optional<Scheme> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }
}
