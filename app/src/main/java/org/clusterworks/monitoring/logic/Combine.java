package org.clusterworks.monitoring.logic;

import java.util.List;
import java.util.Locale;

/** How the values of shorter periods make a year's value: their sum, their mean, or the last one. */
public enum Combine {
    SUM,
    AVERAGE,
    LAST;

    public String messageKey() {
        return "monitoring.combine." + name().toLowerCase(Locale.ROOT);
    }

    /** Combines values in period order; null for no values. */
    public Double apply(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        return switch (this) {
            case SUM -> values.stream().mapToDouble(Double::doubleValue).sum();
            case AVERAGE ->
                values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            case LAST -> values.getLast();
        };
    }
}
