package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/** A one-number summary of each industry's spread over regions (how geographically concentrated it is). */
public interface IndustryIndex {

    /** One value per column (industry) of {@code activity}; NaN for an industry without activity. */
    double[] compute(LabelledMatrix activity);
}
