package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/** A one-number summary of each region's industry structure (how specialised or diversified it is). */
public interface RegionIndex {

    /** One value per row (region) of {@code activity}; NaN for a region without activity. */
    double[] compute(LabelledMatrix activity);
}
