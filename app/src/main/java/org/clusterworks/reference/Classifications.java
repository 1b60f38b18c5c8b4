package org.clusterworks.reference;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Read access to the industry classifications, their concordances and the cluster definitions over them. */
public interface Classifications {

    /** Identifiers of the known classifications, e.g. {@code nace-rev2}, in display order. */
    List<String> schemes();

    /** Whether the scheme identifier is known. */
    boolean isKnownScheme(String scheme);

    /** The code, if the scheme has it. */
    Optional<IndustryCode> find(String scheme, String code);

    /** Direct children of a code in classification order; with a null code, the top level. */
    List<IndustryCode> children(String scheme, String code);

    /**
     * Codes whose code starts with the query or whose title and explanatory notes together contain every word of it,
     * best first: exact code, code prefix, every word in the title, then codes found through their notes.
     */
    SearchResult<IndustryCode> search(String scheme, String query, int limit);

    /**
     * The explanatory notes of a code (for NACE Rev. 2, Eurostat's "includes" and "also includes" texts), if the
     * classification gives any.
     */
    Optional<String> notes(String scheme, String code);

    /** Concordance rows that link this code to codes of other classifications, in either direction. */
    List<IndustryLink> links(String scheme, String code);

    /** Clusters this code belongs to, over all platform-wide cluster definitions. */
    List<ClusterMembership> clusters(String scheme, String code);

    /** Number of codes of a scheme. */
    int count(String scheme);

    /** Which of the given codes have children, so that a tree can offer to expand them. */
    Set<String> withChildren(String scheme, Collection<String> codes);

    /**
     * Every child-to-parent link of a scheme (top-level codes appear only as parents), in classification order: the
     * shape {@code org.clusterworks.analytics.classification.Hierarchy.fromParents} takes.
     */
    Map<String, String> parentLinks(String scheme);
}
