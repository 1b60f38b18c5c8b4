package org.clusterworks.planning;

import java.util.List;

/**
 * A hook for the monitoring module: which of an initiative's indicators lack what makes them usable (an owner who
 * reports, a source of the values, a frequency). When a bean of this type exists, the golden-thread check lists them.
 */
public interface IndicatorQuality {

    /** The initiative's indicators missing an owner, a source or a frequency; empty for a foreign initiative. */
    List<IncompleteIndicator> incomplete(long workspaceId, long initiativeId);

    /**
     * An indicator and what it lacks.
     *
     * @param id the indicator's id in monitoring
     * @param code its code
     * @param name its name (English)
     * @param noOwner nobody is named to report it
     * @param noSource neither a data source nor a baseline source is given
     * @param noFrequency no reporting frequency
     */
    record IncompleteIndicator(
            long id, String code, String name, boolean noOwner, boolean noSource, boolean noFrequency) {}
}
