package org.clusterworks.reference;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read access to the territorial schemes (countries, NUTS, US FIPS, Tanzanian regions) and their map geometry. */
public interface Territories {

    /** Identifiers of the known schemes, e.g. {@code nuts-2021}, in display order. */
    List<String> schemes();

    /** Whether the scheme identifier is known. */
    boolean isKnownScheme(String scheme);

    /** The territory, if the scheme has it. */
    Optional<Territory> find(String scheme, String code);

    /** Direct children of a territory in source order; with a null code, the top level. */
    List<Territory> children(String scheme, String code);

    /** Territories whose code starts with the query or whose name contains every word of it, best first. */
    SearchResult<Territory> search(String scheme, String query, int limit);

    /** The geometry file drawing the given level of a scheme, if one is shipped. */
    Optional<TerritoryGeometry> geometry(String scheme, int level);

    /** All shipped geometry files. */
    List<TerritoryGeometry> geometries();

    /** Number of territories of a scheme. */
    int count(String scheme);

    /** Which of the given codes have children, so that a tree can offer to expand them. */
    Set<String> withChildren(String scheme, Collection<String> codes);

    /** The top-level territories of every other scheme that lie in this ISO 3166-1 alpha-2 country. */
    List<Territory> topLevelIn(String countryCode);
}
