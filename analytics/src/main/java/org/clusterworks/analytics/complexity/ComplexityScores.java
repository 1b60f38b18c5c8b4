package org.clusterworks.analytics.complexity;

import java.util.Objects;

/**
 * A complexity score per region (ECI, fitness) and per industry (PCI, product complexity), aligned with the codes of
 * the presence matrix; regions with no industry and industries with no region score {@code NaN}.
 */
public record ComplexityScores(
        String[] regionCodes, double[] regionScores, String[] industryCodes, double[] industryScores) {

    public ComplexityScores {
        Objects.requireNonNull(regionCodes, "regionCodes");
        Objects.requireNonNull(industryCodes, "industryCodes");
        if (regionCodes.length != regionScores.length || industryCodes.length != industryScores.length) {
            throw new IllegalArgumentException("codes and scores differ in length");
        }
    }

    public double region(int row) {
        return regionScores[row];
    }

    public double industry(int column) {
        return industryScores[column];
    }
}
