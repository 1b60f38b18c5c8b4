package org.clusterworks.observatory.core;

import java.util.Set;

/**
 * The values an answer can carry. The report shows only collapsed levels: {@code TOP} is the "top box" (strong/very
 * strong focus, high/very high importance), {@code MEDIUM} and {@code LOW} (no/little) the others; {@code TICK} is a
 * ticked multiple-choice item. Answers entered for a new wave use the same values.
 */
public final class Rating {

    public static final String TOP = "TOP";
    public static final String MEDIUM = "MEDIUM";
    public static final String LOW = "LOW";
    public static final String TICK = "TICK";

    /** The ratings that count as "selected" in statistics (top box or ticked). */
    public static final Set<String> COUNTED = Set.of(TOP, TICK);

    public static final Set<String> ALL = Set.of(TOP, MEDIUM, LOW, TICK);

    private Rating() {}
}
