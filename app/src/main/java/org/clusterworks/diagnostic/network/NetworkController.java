package org.clusterworks.diagnostic.network;

import java.util.List;
import java.util.Optional;
import org.clusterworks.diagnostic.core.InitiativeAccess;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Helix;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyRound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The collaboration network page: the graph view (ECharts, filled from {@code network.json}), filter controls, the
 * measures of the visible sub-network, and the change between two measurements.
 */
@Controller
@RequestMapping("/w/{workspace}/initiatives/{id}/diagnostic")
class NetworkController {

    private final InitiativeAccess access;
    private final NetworkService networks;

    NetworkController(InitiativeAccess access, NetworkService networks) {
        this.access = access;
        this.networks = networks;
    }

    @GetMapping("/network")
    String page(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(name = "round", required = false) String source,
            @RequestParam(required = false) List<String> helix,
            @RequestParam(required = false) Boolean sme,
            @RequestParam(required = false) Double minWeight,
            @RequestParam(defaultValue = "false") boolean normalized,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        var i = access.visible(ws, user, id);
        model.addAttribute("initiative", i);
        var rounds = networks.networkRounds(ws.id(), i.id());
        model.addAttribute("rounds", rounds);
        Long round = chosenRound(source, rounds);
        model.addAttribute("defaulted", source == null && round != null);
        model.addAttribute("helices", Helix.values());
        NetworkFilter filter;
        try {
            filter = NetworkApiController.filter(helix, sme, minWeight);
        } catch (InvalidInput e) {
            model.addAttribute("swotErrors", e.errors());
            filter = NetworkFilter.ALL;
        }
        var network = networks.network(ws.id(), i, round)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No survey round " + round));
        var whole = networks.analyse(network, normalized);
        var visible = filter.all() ? whole : networks.analyse(network.filter(filter), normalized);
        model.addAttribute("filter", filter);
        model.addAttribute("round", round);
        model.addAttribute("normalized", normalized);
        model.addAttribute("whole", whole);
        model.addAttribute("report", visible);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (from != null && to != null && !from.isBlank() && !to.isBlank()) {
            var a = source(ws, i, from);
            var b = source(ws, i, to);
            if (a.isPresent() && b.isPresent()) {
                model.addAttribute(
                        "change",
                        NetworkChange.between(
                                networks.analyse(a.get().filter(filter), false),
                                networks.analyse(b.get().filter(filter), false)));
            }
        }
        return "diagnostic/network";
    }

    /**
     * The round to show: without a choice the latest closed network round (as the report and the baseline use),
     * else the recorded relationships; {@code relationships} (or empty) chooses them explicitly.
     */
    static Long chosenRound(String source, List<SurveyRound> rounds) {
        if (source == null) {
            return rounds.stream()
                    .filter(r -> r.status() == RoundStatus.CLOSED)
                    .reduce((a, b) -> b)
                    .map(SurveyRound::id)
                    .orElse(null);
        }
        if (source.isBlank() || "relationships".equals(source)) {
            return null;
        }
        try {
            return Long.parseLong(source.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No survey round " + source);
        }
    }

    private Optional<CollaborationNetwork> source(CurrentWorkspace ws, InitiativeSummary i, String key) {
        if ("relationships".equals(key)) {
            return networks.network(ws.id(), i, null);
        }
        try {
            return networks.fromRound(ws.id(), i, Long.parseLong(key));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @GetMapping("/network.json")
    @ResponseBody
    NetworkApiController.NetworkDto json(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long round,
            @RequestParam(required = false) List<String> helix,
            @RequestParam(required = false) Boolean sme,
            @RequestParam(required = false) Double minWeight,
            @RequestParam(defaultValue = "false") boolean normalized) {
        var i = access.visible(ws, user, id);
        var filter = NetworkApiController.filter(helix, sme, minWeight);
        var network = networks.network(ws.id(), i, round)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No survey round " + round))
                .filter(filter);
        return NetworkApiController.dto(networks.analyse(network, normalized), filter);
    }
}
