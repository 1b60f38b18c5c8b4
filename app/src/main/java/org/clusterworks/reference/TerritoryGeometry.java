package org.clusterworks.reference;

/**
 * Where the map geometry of one level of a territorial scheme is, and how its features join the territory codes.
 *
 * @param scheme territorial scheme
 * @param level level in that scheme
 * @param path URL path of the GeoJSON file served by the application, e.g. {@code /geo/nuts/...}
 * @param featureProperty the feature property holding the join key, e.g. {@code NUTS_ID}
 * @param joinOn which territory attribute that property holds: {@code code} or {@code numeric} (ISO 3166 numeric)
 * @param attributionKey message key of the attribution text that must be shown with the map
 */
public record TerritoryGeometry(
        String scheme, int level, String path, String featureProperty, String joinOn, String attributionKey) {}
