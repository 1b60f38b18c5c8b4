package org.clusterworks.diagnostic.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.diagnostic.DiagnosticApproved;
import org.clusterworks.diagnostic.DiagnosticBaseline;
import org.clusterworks.diagnostic.core.InitiativeAccess;
import org.clusterworks.diagnostic.network.NetworkService;
import org.clusterworks.diagnostic.swot.SwotService;
import org.clusterworks.diagnostic.valuechain.ValueChainService;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyRound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gathers an initiative's diagnostic and approves it: approval freezes the figures (a JSON snapshot of SWOT, value
 * chain, network measures and survey findings, plus key figures as rows) and publishes {@link DiagnosticApproved}.
 */
@Service
public class DiagnosticService {

    private final InitiativeAccess access;
    private final SwotService swot;
    private final ValueChainService chain;
    private final NetworkService networks;
    private final SurveyFindings findings;
    private final BaselineRepository baselines;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    DiagnosticService(
            InitiativeAccess access,
            SwotService swot,
            ValueChainService chain,
            NetworkService networks,
            SurveyFindings findings,
            BaselineRepository baselines,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.access = access;
        this.swot = swot;
        this.chain = chain;
        this.networks = networks;
        this.findings = findings;
        this.baselines = baselines;
        this.events = events;
        this.json = json;
    }

    /**
     * The diagnostic as it stands: the network of the latest closed survey round that names ties, otherwise of the
     * recorded relationships.
     */
    public DiagnosticData data(long workspaceId, InitiativeSummary i) {
        var rounds = networks.networkRounds(workspaceId, i.id()).stream()
                .filter(r -> r.status() == RoundStatus.CLOSED)
                .toList();
        Optional<SurveyRound> round = rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.getLast());
        var network = round.flatMap(r -> networks.fromRound(workspaceId, i, r.id()))
                .orElseGet(() -> networks.fromRelationships(workspaceId, i, LocalDate.now()));
        return new DiagnosticData(
                i,
                swot.board(workspaceId, i, null),
                chain.map(workspaceId, i),
                networks.analyse(network, false),
                round.map(SurveyRound::name).orElse(null),
                findings.of(workspaceId, i.id()));
    }

    /** Approves the diagnostic as it stands now; answers the baseline's id. */
    @Transactional
    public long approve(CurrentWorkspace ws, AuthenticatedUser user, long initiativeId, String note) {
        var i = access.editable(ws, user, initiativeId);
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > 1000) {
            throw new InvalidInput(Map.of("note", "diagnostic.input.too-long"));
        }
        return freeze(ws.id(), i, user.id(), n);
    }

    /** Freezes the diagnostic as it stands as a baseline and announces it; the caller has checked the rights. */
    @Transactional
    public long freeze(long workspaceId, InitiativeSummary i, Long userId, String note) {
        var data = data(workspaceId, i);
        var at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        long id = baselines.insert(
                workspaceId, i.id(), userId, at, note, json.writeValueAsString(snapshot(data)), data.figures());
        events.publishEvent(new AuditEvent(
                workspaceId,
                AuditEvent.Action.CREATED,
                "diagnostic-baseline",
                Long.toString(id),
                "Diagnostic of '" + i.name() + "' approved as baseline"));
        events.publishEvent(new DiagnosticApproved(workspaceId, i.id(), id, at));
        return id;
    }

    /** The latest approved baseline with its figures. */
    public Optional<DiagnosticBaseline> baseline(long workspaceId, long initiativeId) {
        return baselines
                .latest(workspaceId, initiativeId)
                .map(b -> new DiagnosticBaseline(b.id(), b.initiativeId(), b.approvedAt(), baselines.figures(b.id())));
    }

    /** The frozen snapshot: plain maps and lists, so that it reads the same after the code changes. */
    static Map<String, Object> snapshot(DiagnosticData d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "initiative",
                Map.of("id", d.initiative().id(), "name", d.initiative().name()));
        s.put("figures", d.figures());
        s.put(
                "swot",
                d.swot().quadrants().values().stream()
                        .flatMap(List::stream)
                        .map(r -> Map.of(
                                "id", r.row().id(),
                                "kind", r.kind().name(),
                                "category", r.row().category(),
                                "title", r.row().title(),
                                "votes", r.row().votes(),
                                "rank", r.rank(),
                                "highPriority", r.highPriority()))
                        .toList());
        s.put(
                "valueChain",
                d.chain().stages().stream()
                        .map(st -> Map.of(
                                "stage", st.stage().name(),
                                "organisations",
                                        st.organisations().stream()
                                                .map(p -> p.organisation().id())
                                                .toList(),
                                "gaps",
                                        st.gaps().stream()
                                                .map(g -> g.description())
                                                .toList()))
                        .toList());
        Map<String, Object> net = new LinkedHashMap<>();
        net.put("source", d.networkSource() == null ? "recorded relationships" : d.networkSource());
        net.put("density", d.network().density());
        net.put("crossHelixShare", d.network().crossHelixShare());
        net.put(
                "nodes",
                d.network().nodes().stream()
                        .map(n -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", n.id());
                            m.put("name", n.name());
                            m.put("helix", n.helix().name());
                            m.put("degree", n.degree());
                            m.put("weightedDegree", n.weightedDegree());
                            m.put("betweenness", n.betweenness());
                            m.put("closeness", n.closeness());
                            m.put("community", n.community());
                            m.put("brokerage", n.brokerage());
                            return m;
                        })
                        .toList());
        net.put(
                "edges",
                d.network().ties().stream()
                        .map(t -> Map.of("source", t.a(), "target", t.b(), "weight", t.weight()))
                        .toList());
        s.put("network", net);
        s.put(
                "surveys",
                d.surveys().stream()
                        .map(r -> Map.of(
                                "round", r.round().name(),
                                "kind", r.round().kind().name(),
                                "respondents", r.round().respondents(),
                                "findings",
                                        r.findings().stream()
                                                .map(f -> Map.of(
                                                        "question", f.questionCode(),
                                                        "answer", f.answer(),
                                                        "count", f.count(),
                                                        "answered", f.answered()))
                                                .toList()))
                        .toList());
        return s;
    }
}
