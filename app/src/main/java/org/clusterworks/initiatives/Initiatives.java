package org.clusterworks.initiatives;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read access to a workspace's cluster initiatives and their members for other modules; every call is scoped. */
public interface Initiatives {

    /** The workspace's initiatives, by name. */
    List<InitiativeSummary> all(long workspaceId);

    /** The initiative with this id if it belongs to the workspace. */
    Optional<InitiativeSummary> find(long workspaceId, long initiativeId);

    /**
     * Ids of the organisations (stakeholders) whose membership of the initiative is active on {@code day}; empty
     * for an initiative outside the workspace.
     */
    List<Long> activeMembers(long workspaceId, long initiativeId, LocalDate day);

    /** Ids of the initiatives in which the organisation has an active membership on {@code day}. */
    List<Long> initiativesOf(long workspaceId, long organisationId, LocalDate day);

    /**
     * Stores {@code pdf} as the next version of the initiative's document of this kind (created on first use, titled
     * {@code title}) and submits that version for endorsement to its cluster commission, else its first governance
     * body. The caller has checked that the user may edit the initiative. Returns the stored version number.
     *
     * @throws org.clusterworks.shared.InvalidInput ({@code bodyId}: no governance body; {@code document}: an
     *     endorsement of this document is already pending)
     */
    int submitForEndorsement(
            long workspaceId,
            long initiativeId,
            EndorsedDocument kind,
            String title,
            String filename,
            byte[] pdf,
            String note,
            long userId,
            String userName);

    /** The latest endorsement of the initiative's document of this kind, if it was ever submitted. */
    Optional<EndorsementState> latestEndorsement(long workspaceId, long initiativeId, EndorsedDocument kind);
}
