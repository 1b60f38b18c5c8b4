package org.clusterworks.observatory;

import java.util.List;
import java.util.Optional;

/** Read access to the observatory's programmes for other modules. */
public interface Observatory {

    /** The programme with this id, if any. */
    Optional<ProgrammeSummary> programme(long id);

    /** Programmes whose name contains {@code text} (case-insensitive), at most {@code limit}. */
    List<ProgrammeSummary> search(String text, int limit);
}
