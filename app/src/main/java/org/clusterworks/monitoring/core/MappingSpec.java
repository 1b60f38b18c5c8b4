package org.clusterworks.monitoring.core;

import java.util.Locale;
import java.util.OptionalDouble;
import org.clusterworks.mapping.CellFigures;

/**
 * What a mapping-fed indicator reads: {@code dataset:region:industry:figure}, where {@code figure} is {@code lq}
 * (the location quotient), {@code employment} or {@code share} (the industry's share of the region's employment, in
 * percent), of the dataset's year equal to the calendar year in which the period ends.
 */
record MappingSpec(long datasetId, String region, String industry, String figure) {

    /** Reads a specification, or returns null when it is not one. */
    static MappingSpec parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.strip().split(":");
        if (parts.length != 4 || !parts[0].strip().matches("\\d{1,18}")) {
            return null;
        }
        String figure = parts[3].strip().toLowerCase(Locale.ROOT);
        if (!figure.equals("lq") && !figure.equals("employment") && !figure.equals("share")) {
            return null;
        }
        String region = parts[1].strip();
        String industry = parts[2].strip();
        if (region.isEmpty() || industry.isEmpty()) {
            return null;
        }
        return new MappingSpec(Long.parseLong(parts[0].strip()), region, industry, figure);
    }

    /** The figure of a cell. */
    OptionalDouble of(CellFigures cell) {
        double v = switch (figure) {
            case "lq" -> cell.lq();
            case "employment" -> cell.employment();
            default -> 100 * cell.regionShare();
        };
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}
