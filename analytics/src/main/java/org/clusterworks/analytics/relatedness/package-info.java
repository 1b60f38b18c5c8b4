/**
 * Relatedness between industries (co-occurrence, proximity, EconGeo normalisations), relatedness density of regions
 * and the diversification opportunities it ranks.
 */
package org.clusterworks.analytics.relatedness;
