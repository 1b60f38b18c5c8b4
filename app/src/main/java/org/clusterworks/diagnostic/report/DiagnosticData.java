package org.clusterworks.diagnostic.report;

import java.util.List;
import java.util.Map;
import org.clusterworks.diagnostic.network.NetworkReport;
import org.clusterworks.diagnostic.swot.SwotService;
import org.clusterworks.diagnostic.valuechain.ValueChainService;
import org.clusterworks.initiatives.InitiativeSummary;

/**
 * Everything the diagnostic of an initiative says, as the report and the baseline read it.
 *
 * @param initiative the initiative
 * @param swot the SWOT board
 * @param chain the value-chain map
 * @param network the network measures
 * @param networkSource the round name the network comes from, or null for recorded relationships
 * @param surveys the survey rounds with their findings
 */
public record DiagnosticData(
        InitiativeSummary initiative,
        SwotService.Board swot,
        ValueChainService.ChainMap chain,
        NetworkReport network,
        String networkSource,
        List<SurveyFindings.RoundFindings> surveys) {

    /** The key figures frozen by approval, by name. */
    public Map<String, Double> figures() {
        Map<String, Double> f = new java.util.TreeMap<>();
        f.put("network.organisations", (double) network.nodeCount());
        f.put("network.ties", (double) network.tieCount());
        f.put("network.density", network.density());
        f.put("network.average_degree", network.averageDegree());
        f.put("network.cross_helix_share", network.crossHelixShare());
        f.put("network.components", (double) network.components());
        f.put("network.communities", (double) network.communityCount());
        f.put("network.brokers", (double) network.brokers().size());
        f.put("swot.items", (double) swot.itemCount());
        long high = swot.quadrants().values().stream()
                .flatMap(List::stream)
                .filter(r -> r.highPriority())
                .count();
        f.put("swot.high_priority", (double) high);
        f.put("swot.votes", (double) swot.quadrants().values().stream()
                .flatMap(List::stream)
                .mapToInt(r -> r.row().votes())
                .sum());
        f.put("valuechain.placements", (double)
                chain.stages().stream().mapToInt(s -> s.organisations().size()).sum());
        f.put("valuechain.gaps", (double)
                chain.stages().stream().mapToInt(s -> s.gaps().size()).sum());
        f.put("valuechain.empty_stages", (double)
                chain.stages().stream().filter(s -> s.organisations().isEmpty()).count());
        f.put("survey.rounds", (double) surveys.size());
        f.put("survey.respondents", (double)
                surveys.stream().mapToInt(r -> r.round().respondents()).sum());
        return f;
    }
}
