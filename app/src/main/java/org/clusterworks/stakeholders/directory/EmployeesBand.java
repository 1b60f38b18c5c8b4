package org.clusterworks.stakeholders.directory;

import java.util.Locale;

/** Employee head-count bands (EU SME definition): micro, small, medium, large. */
public enum EmployeesBand {
    FROM_1_TO_9("micro"),
    FROM_10_TO_49("small"),
    FROM_50_TO_249("medium"),
    FROM_250("large");

    private final String size;

    EmployeesBand(String size) {
        this.size = size;
    }

    public String size() {
        return size;
    }

    public String messageKey() {
        return "employees." + name().toLowerCase(Locale.ROOT);
    }

    public String sizeKey() {
        return "size." + size;
    }

    static EmployeesBand parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (EmployeesBand b : values()) {
            if (b.name().equals(t) || b.size.equalsIgnoreCase(t)) {
                return b;
            }
        }
        return switch (t) {
            case "1-9" -> FROM_1_TO_9;
            case "10-49" -> FROM_10_TO_49;
            case "50-249" -> FROM_50_TO_249;
            case "250+" -> FROM_250;
            default -> null;
        };
    }
}
