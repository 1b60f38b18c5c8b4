package org.clusterworks.observatory.fielding;

import java.util.List;
import java.util.Optional;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.Rating;

/**
 * The rating scales of the observatory's questionnaire (observatory-taxonomy.md §1): focus, importance and
 * relationship, five points each, lowest last. The report shows them collapsed, so the two highest points are the
 * "top box" ({@link Rating#TOP}), the middle one {@link Rating#MEDIUM} and the two lowest {@link Rating#LOW}.
 */
enum Scale {
    FOCUS("focus", List.of("very_strong", "strong", "medium", "little", "none")),
    IMPORTANCE("importance", List.of("very_high", "high", "medium", "little", "none")),
    RELATIONSHIP("relationship", List.of("very_strong", "strong", "medium", "weak", "none"));

    private final String list;
    private final List<String> points;

    Scale(String list, List<String> points) {
        this.list = list;
        this.points = points;
    }

    /** The choice list's name in the questionnaire. */
    String list() {
        return list;
    }

    /** The choice names, highest first. */
    List<String> points() {
        return points;
    }

    /** The collapsed rating of a choice name, or empty for a name that is not on the scale. */
    Optional<String> rating(String point) {
        int i = points.indexOf(point);
        if (i < 0) {
            return Optional.empty();
        }
        return Optional.of(i < 2 ? Rating.TOP : i == 2 ? Rating.MEDIUM : Rating.LOW);
    }

    /** The scale a rated dimension is asked on (taxonomy §1); empty for ticked dimensions. */
    static Optional<Scale> of(Dimension d) {
        return switch (d) {
            case OBJECTIVE, SME_FOCUS -> Optional.of(FOCUS);
            case POLICY_RELATION, POLICY_LEVEL_LINK -> Optional.of(RELATIONSHIP);
            case CLUSTER_TYPE, MEASURE, SUPPORT_WANTED -> Optional.of(IMPORTANCE);
            default -> Optional.empty();
        };
    }
}
