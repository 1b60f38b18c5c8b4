package org.clusterworks.mapping.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.mapping.analysis.MappingAnalysis;
import org.clusterworks.mapping.analysis.StarRuleSets;
import org.clusterworks.mapping.dataset.Dataset;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.selection.SelectionStarter;
import org.clusterworks.mapping.selection.Selections;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Cluster selection exercises through the API: start one from a region, read its ranking, score, decide. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/selections")
@Tag(name = "Cluster selection", description = "Selection exercises (UNIDO step 1): candidates, scores, ranking")
class SelectionApiController {

    private final Selections selections;
    private final SelectionStarter starter;
    private final DatasetStore store;
    private final StarRuleSets ruleSets;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    SelectionApiController(
            Selections selections,
            SelectionStarter starter,
            DatasetStore store,
            StarRuleSets ruleSets,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.selections = selections;
        this.starter = starter;
        this.store = store;
        this.ruleSets = ruleSets;
        this.messages = messages;
        this.events = events;
    }

    /** The body that starts an exercise; {@code method} is {@code us} (default), {@code eco} or {@code rule:ID}. */
    record NewSelection(Long datasetId, String region, Integer year, String method, String name) {}

    /** One stakeholder score of a candidate on a qualitative criterion (1-5). */
    record ScoreInput(String candidate, Integer criterion, Integer score, String note) {}

    /** The scores one person sends. */
    record ScoresInput(List<ScoreInput> scores) {}

    /** The decision: the chosen candidate codes and why. */
    record DecisionInput(List<String> chosen, String rationale) {}

    /** One candidate's line of the ranking. */
    record RankedView(
            int rank, String code, String name, double score, double topK, double meanRank, List<Double> criteria) {}

    /** An exercise with its criteria, candidates, ranking, agreement between scorers and decision. */
    record SelectionView(
            Selections.Selection selection,
            List<Selections.Criterion> criteria,
            List<Selections.Candidate> candidates,
            int topK,
            int draws,
            List<RankedView> ranking,
            List<Selections.Agreement> agreement,
            List<String> missingScores) {}

    @GetMapping
    @Operation(summary = "The workspace's selection exercises")
    List<Selections.Selection> list(CurrentWorkspace workspace) {
        return selections.list(workspace.id());
    }

    @PostMapping
    @Operation(
            summary = "Start a selection exercise from a region of a dataset",
            description = "Candidates: the region's flagged traded clusters (its eight most specialised when fewer "
                    + "than two are flagged). Criteria: LQ, employment, growth (when the dataset has an earlier "
                    + "year) and three qualitative criteria scored 1-5 by stakeholders. Bad input: 400 "
                    + "problem+json naming each field.")
    ResponseEntity<Map<String, Object>> create(
            CurrentWorkspace workspace, @RequestBody(required = false) NewSelection body) {
        workspace.require(Permission.ANALYSE);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (body == null) {
            errors.add("body", "mapping.api.required").throwIfAny();
        }
        Dataset d = null;
        if (body.datasetId() == null) {
            errors.add("datasetId", "mapping.api.required");
        } else {
            d = store.find(workspace.id(), body.datasetId()).orElse(null);
            if (d == null) {
                errors.add("datasetId", "mapping.api.dataset-unknown");
            }
        }
        if (body.region() == null || body.region().isBlank()) {
            errors.add("region", "mapping.api.required");
        }
        if (body.year() == null) {
            errors.add("year", "mapping.api.required");
        } else if (d != null && !d.years().contains(body.year())) {
            errors.add("year", "mapping.api.year-unknown");
        }
        String method = body.method() == null || body.method().isBlank() ? MappingAnalysis.US : body.method();
        if (!validMethod(workspace, method)) {
            errors.add("method", "mapping.api.method");
        }
        errors.throwIfAny();
        SelectionStarter.Started started;
        try {
            started = starter.start(
                    workspace.id(), d, body.region().strip(), body.year(), method, body.name(), this::msg);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Map.of("region", "mapping.api.region-unknown"));
        }
        events.publishEvent(new AuditEvent(
                workspace.id(),
                AuditEvent.Action.CREATED,
                "cluster-selection",
                Long.toString(started.id()),
                "Selection exercise for " + started.regionName() + " with " + started.candidates() + " candidates"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", started.id());
        out.put("candidates", started.candidates());
        return ResponseEntity.created(
                        URI.create("/api/v1/workspaces/" + workspace.slug() + "/selections/" + started.id()))
                .body(out);
    }

    private boolean validMethod(CurrentWorkspace workspace, String method) {
        if (MappingAnalysis.US.equals(method) || MappingAnalysis.ECO.equals(method)) {
            return true;
        }
        if (!method.matches("rule:\\d{1,18}")) {
            return false;
        }
        return ruleSets.find(workspace.id(), Long.parseLong(method.substring(5)))
                .isPresent();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "An exercise with its ranking",
            description = "Ranking: weighted sum of min-max scaled criteria; topK is the share of 2,000 Dirichlet "
                    + "weight draws in which the candidate is in the top k; agreement is the mean standard "
                    + "deviation of the scorers' scores per qualitative criterion.")
    SelectionView get(CurrentWorkspace workspace, @PathVariable long id) {
        Selections.Selection s = selection(workspace, id);
        Selections.Ranking r = selections.rank(id);
        List<RankedView> rows = new ArrayList<>();
        for (Selections.Ranked x : r.rows()) {
            List<Double> raw = new ArrayList<>();
            for (double v : x.raw()) {
                raw.add(Double.isFinite(v) ? v : null);
            }
            rows.add(new RankedView(
                    x.rank(), x.candidate().code(), x.candidate().name(), x.score(), x.topK(), x.meanRank(), raw));
        }
        return new SelectionView(
                s,
                selections.criteria(id),
                selections.candidates(id),
                r.k(),
                r.draws(),
                rows,
                r.agreement(),
                r.missing());
    }

    @PostMapping("/{id}/scores")
    @Operation(
            summary = "Record the caller's scores (1-5, with an optional note) of candidates on qualitative criteria",
            description = "All or nothing: any bad entry gives 400 problem+json naming it (scores[i].field).")
    ResponseEntity<Void> scores(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestBody(required = false) ScoresInput body) {
        if (!workspace.can(Permission.CONTRIBUTE)) {
            workspace.require(Permission.ANALYSE);
        }
        selection(workspace, id);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (body == null || body.scores() == null || body.scores().isEmpty()) {
            errors.add("scores", "mapping.api.required").throwIfAny();
        }
        Set<String> candidates = selections.candidates(id).stream()
                .map(Selections.Candidate::code)
                .collect(Collectors.toSet());
        Set<Integer> qualitative = selections.criteria(id).stream()
                .filter(Selections.Criterion::qualitative)
                .map(Selections.Criterion::no)
                .collect(Collectors.toSet());
        for (int k = 0; k < body.scores().size(); k++) {
            ScoreInput s = body.scores().get(k);
            String at = "scores[" + k + "]";
            if (s == null) {
                errors.add(at, "mapping.api.required");
                continue;
            }
            if (s.candidate() == null || !candidates.contains(s.candidate())) {
                errors.add(at + ".candidate", "mapping.api.candidate-unknown");
            }
            if (s.criterion() == null || !qualitative.contains(s.criterion())) {
                errors.add(at + ".criterion", "mapping.api.criterion-unknown");
            }
            if (s.score() == null || s.score() < 1 || s.score() > 5) {
                errors.add(at + ".score", "mapping.api.score-range");
            }
            if (s.note() != null && s.note().length() > 2000) {
                errors.add(at + ".note", "mapping.api.too-long");
            }
        }
        errors.throwIfAny();
        for (ScoreInput s : body.scores()) {
            selections.saveScore(id, user.username(), s.candidate(), s.criterion(), s.score(), s.note());
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Record the decision: the chosen candidates and the rationale")
    ResponseEntity<Void> decide(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestBody(required = false) DecisionInput body) {
        workspace.require(Permission.MANAGE_PROGRAMME);
        Selections.Selection s = selection(workspace, id);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (body == null) {
            errors.add("body", "mapping.api.required").throwIfAny();
        }
        Map<String, String> names = new LinkedHashMap<>();
        selections.candidates(id).forEach(c -> names.put(c.code(), c.name()));
        List<String> chosen = body.chosen() == null ? List.of() : body.chosen();
        for (int k = 0; k < chosen.size(); k++) {
            if (!names.containsKey(chosen.get(k))) {
                errors.add("chosen[" + k + "]", "mapping.api.candidate-unknown");
            }
        }
        if (body.rationale() == null || body.rationale().isBlank()) {
            errors.add("rationale", "mapping.api.required");
        }
        errors.throwIfAny();
        String decision = String.join("; ", chosen.stream().map(names::get).toList());
        selections.decide(id, decision, body.rationale().strip(), user.username());
        events.publishEvent(new AuditEvent(
                workspace.id(),
                AuditEvent.Action.CHANGED,
                "cluster-selection",
                Long.toString(id),
                "Decision on '" + s.name() + "': " + decision));
        return ResponseEntity.noContent().build();
    }

    private Selections.Selection selection(CurrentWorkspace workspace, long id) {
        return selections.find(workspace.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
