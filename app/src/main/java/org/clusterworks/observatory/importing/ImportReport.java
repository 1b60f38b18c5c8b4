package org.clusterworks.observatory.importing;

import java.util.List;
import java.util.Map;
import org.clusterworks.observatory.core.Level;

/**
 * What an import wrote, and what the source could not settle (the ambiguities, each with how it was resolved).
 *
 * @param programmes number of programmes per level
 */
public record ImportReport(
        Map<Level, Integer> programmes, int regions, int countries, int answers, int fiches, List<String> ambiguities) {

    /** The report as plain text, one fact per line. */
    public String text() {
        StringBuilder b = new StringBuilder("Imported ");
        programmes.forEach(
                (level, n) -> b.append(n).append(' ').append(level.id()).append(", "));
        b.append("programmes; ")
                .append(regions)
                .append(" regions, ")
                .append(countries)
                .append(" countries, ")
                .append(answers)
                .append(" answers, ")
                .append(fiches)
                .append(" country fiches.\nAmbiguous or missing in the source (")
                .append(ambiguities.size())
                .append("):\n");
        ambiguities.forEach(a -> b.append("- ").append(a).append('\n'));
        return b.toString();
    }
}
