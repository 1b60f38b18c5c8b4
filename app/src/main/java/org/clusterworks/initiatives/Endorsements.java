package org.clusterworks.initiatives;

/**
 * Records a governance body's decision on the pending endorsement of an initiative's document, for demo seeding and
 * tests of modules that submit documents; people decide on the initiative's documents page.
 */
public interface Endorsements {

    /**
     * Endorses (or returns, with comments) the pending endorsement of the initiative's latest document of this kind.
     *
     * @throws org.clusterworks.shared.InvalidInput ({@code document}: nothing of this kind is pending;
     *     {@code comments}: a return without comments)
     */
    EndorsementState decide(
            long workspaceId,
            long initiativeId,
            EndorsedDocument kind,
            boolean endorse,
            String decidedByName,
            String comments);
}
