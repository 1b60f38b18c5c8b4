package org.clusterworks.reference.api;

import java.util.List;
import org.clusterworks.reference.ClusterMembership;
import org.clusterworks.reference.IndustryCode;
import org.clusterworks.reference.IndustryLink;
import org.clusterworks.reference.Territory;

/** The JSON shapes of the reference API. */
final class ApiModels {

    private ApiModels() {}

    /** A classification with its size. */
    record SchemeSummary(String scheme, String name, int size) {}

    /**
     * One industry code with its explanatory notes (null where the classification gives none), its neighbours in the
     * hierarchy, its concordances and its clusters.
     */
    record CodeDetail(
            String scheme,
            String code,
            String title,
            int level,
            String parent,
            String notes,
            List<String> children,
            List<Link> concordances,
            List<ClusterMembership> clusters) {}

    /** A concordance link seen from one code: the other scheme and code, and whether the link is partial. */
    record Link(String scheme, String code, Boolean partial, String note) {

        static Link from(IndustryLink link, String scheme, String code) {
            return link.startsAt(scheme, code)
                    ? new Link(link.toScheme(), link.toCode(), link.toPartial(), link.note())
                    : new Link(link.fromScheme(), link.fromCode(), link.fromPartial(), link.note());
        }
    }

    /** An industry code in a list. */
    record CodeSummary(String code, String title, int level, String parent) {

        static CodeSummary from(IndustryCode c) {
            return new CodeSummary(c.code(), c.title(), c.level(), c.parentCode());
        }
    }

    /** One territory with its neighbours in the hierarchy and its map geometry, if any. */
    record TerritoryDetail(
            String scheme,
            String code,
            String name,
            int level,
            String parent,
            String country,
            String alpha3,
            String numeric,
            List<String> children,
            Geometry geometry) {}

    /** Where a territory is drawn: the GeoJSON file, the feature property to match and the value it has there. */
    record Geometry(String path, String featureProperty, String featureKey, String attribution) {}

    /** A territory in a list. */
    record TerritorySummary(String code, String name, int level, String parent) {

        static TerritorySummary from(Territory t) {
            return new TerritorySummary(t.code(), t.name(), t.level(), t.parentCode());
        }
    }

    /** One page of search hits. */
    record SearchPage<T>(String scheme, String query, int total, int limit, List<T> items) {}
}
