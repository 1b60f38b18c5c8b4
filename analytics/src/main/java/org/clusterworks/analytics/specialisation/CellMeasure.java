package org.clusterworks.analytics.specialisation;

import org.clusterworks.analytics.core.LabelledMatrix;

/** A measure that turns a region x industry matrix of activity into a region x industry matrix of ratios. */
public interface CellMeasure {

    /** Computes the measure for every cell; undefined cells (e.g. 0/0) are {@code NaN}. */
    LabelledMatrix compute(LabelledMatrix activity);
}
