package org.clusterworks.diagnostic.network;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.stakeholders.StakeholderRelationship;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.SurveyTie;
import org.clusterworks.surveys.Surveys;
import org.springframework.stereotype.Service;

/**
 * Builds an initiative's collaboration network, from the relationships recorded in the directory or from the ties
 * named in a survey round, and measures it.
 */
@Service
public class NetworkService {

    private final Initiatives initiatives;
    private final Stakeholders stakeholders;
    private final Surveys surveys;
    private final NetworkAnalysis analysis = new NetworkAnalysis();

    NetworkService(Initiatives initiatives, Stakeholders stakeholders, Surveys surveys) {
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
        this.surveys = surveys;
    }

    /** The network of recorded relationships between the initiative's members on {@code day}. */
    public CollaborationNetwork fromRelationships(long workspaceId, InitiativeSummary initiative, LocalDate day) {
        List<Long> members = initiatives.activeMembers(workspaceId, initiative.id(), day);
        List<CollaborationNetwork.Node> nodes = nodes(workspaceId, members);
        List<CollaborationNetwork.Link> links = stakeholders.relationships(workspaceId).stream()
                .filter(r -> valid(r, day))
                .map(r -> new CollaborationNetwork.Link(r.fromId(), r.toId(), r.weight()))
                .toList();
        return CollaborationNetwork.of(nodes, links);
    }

    /**
     * The network of a survey round of the initiative: the initiative's active members and every organisation named
     * or answering in the round as nodes, the ties named through organisation-picker questions as ties weighted by
     * the frequency answer; empty for a round of another initiative or workspace.
     */
    public Optional<CollaborationNetwork> fromRound(long workspaceId, InitiativeSummary initiative, long roundId) {
        var round = surveys.round(workspaceId, roundId).filter(r -> r.initiativeId() == initiative.id());
        if (round.isEmpty()) {
            return Optional.empty();
        }
        List<SurveyTie> ties = surveys.ties(workspaceId, roundId);
        Set<Long> ids = new LinkedHashSet<>(initiatives.activeMembers(workspaceId, initiative.id(), LocalDate.now()));
        ties.forEach(t -> {
            ids.add(t.respondentOrganisationId());
            ids.add(t.namedOrganisationId());
        });
        return Optional.of(CollaborationNetwork.of(
                nodes(workspaceId, ids),
                ties.stream()
                        .map(t -> new CollaborationNetwork.Link(
                                t.respondentOrganisationId(), t.namedOrganisationId(), t.weight()))
                        .toList()));
    }

    /** The round's network when a round is given, otherwise the recorded relationships today. */
    public Optional<CollaborationNetwork> network(long workspaceId, InitiativeSummary initiative, Long roundId) {
        return roundId == null
                ? Optional.of(fromRelationships(workspaceId, initiative, LocalDate.now()))
                : fromRound(workspaceId, initiative, roundId);
    }

    /** The initiative's rounds that name collaboration ties, oldest first. */
    public List<SurveyRound> networkRounds(long workspaceId, long initiativeId) {
        return surveys.rounds(workspaceId, initiativeId).stream()
                .filter(r -> !surveys.ties(workspaceId, r.id()).isEmpty())
                .toList();
    }

    private List<CollaborationNetwork.Node> nodes(long workspaceId, java.util.Collection<Long> ids) {
        return stakeholders.organisations(workspaceId, ids).stream()
                .map(o -> new CollaborationNetwork.Node(o.id(), o.name(), o.helix(), o.sme()))
                .toList();
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
