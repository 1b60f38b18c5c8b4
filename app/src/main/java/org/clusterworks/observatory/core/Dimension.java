package org.clusterworks.observatory.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * A question of the observatory's survey with a closed answer list (observatory-taxonomy.md §3-§13). {@code rated}
 * dimensions are answered on a scale (focus or importance); the others are ticked.
 */
public enum Dimension {
    OBJECTIVE("objective", "objectives", true),
    SME_FOCUS("sme_focus", "sme-focus", true),
    CLUSTER_TYPE("cluster_type", "cluster-types", true),
    POLICY_RELATION("policy_relation", "related-policies", true),
    MEASURE("measure", "measures", true),
    SUPPORT_TYPE("support_type", "support-types", false),
    FUNDING_SOURCE("funding_source", "funding-sources", false),
    IMPLEMENTING_ACTOR("implementing_actor", "implementing-actors", false),
    TARGET_GROUP("target_group", "target-groups", false),
    SUPPORT_WANTED("support_wanted", "support-wanted", true),
    /** Regional survey only (Table 10, column 1; Figure 12): how regional cluster policy interventions are organised. */
    INTERVENTION_FORM("intervention_form", "intervention-forms", false),
    /** Regional survey only (Table 10, column 2): the programmes in whose frame cluster support is delivered. */
    DELIVERY_FRAME("delivery_frame", "delivery-frames", false),
    /** Regional survey only (Table 10, column 3): strong/very strong relationship with national or European policy. */
    POLICY_LEVEL_LINK("policy_level_link", "policy-level-links", true);

    private final String code;
    private final String slug;
    private final boolean rated;

    Dimension(String code, String slug, boolean rated) {
        this.code = code;
        this.slug = slug;
        this.rated = rated;
    }

    /** The code stored in the database and the taxonomy file. */
    public String code() {
        return code;
    }

    /** The plural name used in URLs, e.g. {@code cluster-types}. */
    public String slug() {
        return slug;
    }

    /** Whether answers carry a rating on a scale rather than a tick. */
    public boolean rated() {
        return rated;
    }

    public static Optional<Dimension> byCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }

    public static Optional<Dimension> bySlug(String slug) {
        return Arrays.stream(values())
                .filter(d -> d.slug.equals(slug) || d.code.equals(slug))
                .findFirst();
    }
}
