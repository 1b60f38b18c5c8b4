package org.clusterworks.observatory.core;

/**
 * A country record: whether it has a cluster programme, and otherwise the approach taken.
 *
 * @param group EUROPEAN or NON_EUROPEAN
 * @param status PROGRAMME, PLANNED, PAST, PAST_AND_PLANNED, OTHER_APPROACHES, REGIONAL_COMPETENCE or UNKNOWN
 */
public record Country(String iso, String name, String group, String status, String statusText, String source) {}
