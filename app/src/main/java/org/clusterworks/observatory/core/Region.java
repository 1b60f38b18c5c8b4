package org.clusterworks.observatory.core;

/**
 * A region that answered the regional survey, with its NUTS 2016 code and its cluster-policy status (Table 5).
 *
 * @param policy whether a regional cluster policy or strategy is in place (null: not stated)
 * @param programmesStated the number of cluster programmes as the respondent gave it ("1", "4 or more"), or null
 */
public record Region(
        long id,
        String key,
        String country,
        String name,
        String nutsCode,
        String source,
        Boolean policy,
        Boolean policyPast,
        Boolean policyPlans,
        String programmesStated,
        String statusText,
        String statusSource) {}
