package org.clusterworks.diagnostic.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterworks.diagnostic.core.InitiativeAccess;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Helix;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** An initiative's collaboration network and its measures over REST. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/initiatives/{id}")
@Tag(name = "Diagnostic", description = "SWOT, value chain and collaboration network of cluster initiatives")
class NetworkApiController {

    static final String DESCRIPTION = "Nodes are the initiative's active member organisations; a tie joins two"
            + " organisations with a relationship recorded in the directory (valid today) or, with round, named in that"
            + " survey round; its weight is the strongest such link (1-5). density = ties / (n(n-1)/2). degree = number"
            + " of ties; weightedDegree = sum of tie weights. betweenness (Freeman 1977) is computed over unweighted"
            + " shortest paths of the undirected graph, each unordered pair of other nodes counted once, not normalised"
            + " unless normalized=true (then divided by (n-1)(n-2)/2). closeness (Freeman 1979) = ((r-1)/(n-1)) *"
            + " ((r-1)/sum of distances to the r-1 reachable nodes), 0 for an isolated node. community = label"
            + " propagation (fixed seed), numbered from 1 by size. brokerage = pairs of neighbours of different helix"
            + " roles not tied to each other (Gould-Fernandez, undirected). crossHelixShare = share of ties between"
            + " different helix roles. Filters (helix, sme, minWeight) measure the induced sub-network.";

    private final InitiativeAccess access;
    private final NetworkService networks;

    NetworkApiController(InitiativeAccess access, NetworkService networks) {
        this.access = access;
        this.networks = networks;
    }

    /** A node in API answers. */
    record NodeDto(
            long id,
            String name,
            String helix,
            boolean sme,
            int degree,
            double weightedDegree,
            double betweenness,
            double closeness,
            int community,
            int brokerage) {}

    /** A tie in API answers. */
    record EdgeDto(long source, long target, double weight) {}

    /** The network answer. */
    record NetworkDto(
            double density,
            double crossHelixShare,
            int components,
            long communities,
            boolean normalized,
            Map<String, Object> filter,
            List<NodeDto> nodes,
            List<EdgeDto> edges) {}

    @GetMapping("/network")
    @Operation(
            summary = "The initiative's collaboration network with density and node centralities",
            description = DESCRIPTION)
    NetworkDto network(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @Parameter(description = "divide betweenness by (n-1)(n-2)/2") @RequestParam(defaultValue = "false")
                    boolean normalized,
            @Parameter(description = "a network survey round of the initiative instead of recorded relationships")
                    @RequestParam(required = false)
                    Long round,
            @Parameter(description = "keep only these helix roles (repeatable)") @RequestParam(required = false)
                    List<String> helix,
            @Parameter(description = "true: only SMEs; false: only organisations that are not SMEs")
                    @RequestParam(required = false)
                    Boolean sme,
            @Parameter(description = "keep only ties of at least this weight") @RequestParam(required = false)
                    Double minWeight) {
        var initiative = access.visible(ws, user, id);
        NetworkFilter filter = filter(helix, sme, minWeight);
        var network = networks.network(ws.id(), initiative, round)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No survey round " + round))
                .filter(filter);
        return dto(networks.analyse(network, normalized), filter);
    }

    static NetworkFilter filter(List<String> helix, Boolean sme, Double minWeight) {
        var errors = new InvalidInput.Collector();
        Set<Helix> helices = EnumSet.noneOf(Helix.class);
        if (helix != null) {
            for (String h : helix) {
                if (h == null || h.isBlank()) {
                    continue;
                }
                Helix parsed = Helix.parse(h);
                if (parsed == null) {
                    errors.add("helix", "diagnostic.input.unknown-choice");
                } else {
                    helices.add(parsed);
                }
            }
        }
        if (minWeight != null && !(minWeight >= 0 && minWeight < 1e6)) {
            errors.add("minWeight", "diagnostic.input.out-of-range");
        }
        errors.throwIfAny();
        return new NetworkFilter(helices, sme, minWeight == null ? 1 : minWeight);
    }

    static NetworkDto dto(NetworkReport r, NetworkFilter filter) {
        Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("helix", filter.helices().stream().map(Enum::name).sorted().toList());
        f.put("sme", filter.sme());
        f.put("minWeight", filter.minWeight());
        return new NetworkDto(
                r.density(),
                r.crossHelixShare(),
                r.components(),
                r.communityCount(),
                r.normalized(),
                f,
                r.nodes().stream()
                        .map(n -> new NodeDto(
                                n.id(),
                                n.name(),
                                n.helix().name(),
                                n.sme(),
                                n.degree(),
                                n.weightedDegree(),
                                n.betweenness(),
                                n.closeness(),
                                n.community(),
                                n.brokerage()))
                        .toList(),
                r.ties().stream()
                        .map(t -> new EdgeDto(t.a(), t.b(), t.weight()))
                        .toList());
    }
}
