package org.clusterworks.analytics.relatedness;

import org.clusterworks.analytics.core.LabelledMatrix;

/** Turns co-occurrence counts into a symmetric relatedness (proximity) matrix with a zero diagonal. */
public interface RelatednessMeasure {

    LabelledMatrix relatedness(CoOccurrence coOccurrence);
}
