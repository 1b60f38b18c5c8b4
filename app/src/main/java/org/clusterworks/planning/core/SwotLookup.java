package org.clusterworks.planning.core;

import java.util.List;
import org.springframework.stereotype.Component;

/** The diagnostic's SWOT items of an initiative, as the plan links to them. */
@Component
public class SwotLookup {

    /**
     * A SWOT item as the plan reads it.
     *
     * @param id the item's id in the diagnostic
     * @param kind {@code STRENGTH}, {@code WEAKNESS}, {@code OPPORTUNITY} or {@code THREAT}
     * @param title its title
     * @param highPriority whether the stakeholders ranked it among the top of its quadrant
     */
    public record Swot(long id, String kind, String title, boolean highPriority) {

        public boolean weakness() {
            return "WEAKNESS".equals(kind);
        }
    }

    /** The initiative's SWOT items (none until the diagnostic module answers). */
    public List<Swot> items(long workspaceId, long initiativeId) {
        return List.of();
    }
}
