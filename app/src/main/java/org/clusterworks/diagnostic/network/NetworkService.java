package org.clusterworks.diagnostic.network;

import java.time.LocalDate;
import java.util.List;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.stakeholders.StakeholderRelationship;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.stereotype.Service;

/**
 * Builds an initiative's collaboration network: its active member organisations as nodes and the relationships
 * recorded between them in the directory, valid on the day, as ties.
 */
@Service
public class NetworkService {

    private final Initiatives initiatives;
    private final Stakeholders stakeholders;
    private final NetworkAnalysis analysis = new NetworkAnalysis();

    NetworkService(Initiatives initiatives, Stakeholders stakeholders) {
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
    }

    /** The network of recorded relationships between the initiative's members on {@code day}. */
    public CollaborationNetwork fromRelationships(long workspaceId, InitiativeSummary initiative, LocalDate day) {
        List<Long> members = initiatives.activeMembers(workspaceId, initiative.id(), day);
        List<CollaborationNetwork.Node> nodes = stakeholders.organisations(workspaceId, members).stream()
                .map(o -> new CollaborationNetwork.Node(o.id(), o.name(), o.helix(), o.sme()))
                .toList();
        List<CollaborationNetwork.Link> links = stakeholders.relationships(workspaceId).stream()
                .filter(r -> valid(r, day))
                .map(r -> new CollaborationNetwork.Link(r.fromId(), r.toId(), r.weight()))
                .toList();
        return CollaborationNetwork.of(nodes, links);
    }

    private static boolean valid(StakeholderRelationship r, LocalDate day) {
        return (r.validFrom() == null || !r.validFrom().isAfter(day))
                && (r.validUntil() == null || !r.validUntil().isBefore(day));
    }

    /** Measures a network. */
    public NetworkReport analyse(CollaborationNetwork network, boolean normalized) {
        return analysis.analyse(network, normalized);
    }
}
