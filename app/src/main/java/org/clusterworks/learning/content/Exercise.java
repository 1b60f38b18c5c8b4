package org.clusterworks.learning.content;

/** A machine-checked exercise of a module (learning/FORMAT.md, "exercise.yaml"). */
public sealed interface Exercise permits LqExercise, ShiftShareExercise, ClassifyExercise {

    /** Unique in the course. */
    String id();

    Text title();

    /** The exercise type as exercise.yaml writes it, e.g. {@code location-quotient}. */
    String type();
}
