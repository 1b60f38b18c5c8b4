package org.clusterworks.analytics.complexity;

import org.clusterworks.analytics.core.LabelledMatrix;

/** Turns a region x industry matrix of non-negative activity (exports, employment) into an index of revealed specialisation. */
public interface ComparativeAdvantage {

    /**
     * Returns the index for every cell; cells whose region or industry total is zero are {@code NaN}.
     *
     * @throws IllegalArgumentException if a value is negative or not finite
     */
    LabelledMatrix compute(LabelledMatrix activity);
}
