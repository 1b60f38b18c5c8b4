package org.clusterworks.observatory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.observatory.core.ObservatoryService;
import org.clusterworks.observatory.fielding.SurveyWave;
import org.clusterworks.observatory.fielding.SurveyWaves;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.Stakeholders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Survey waves (observatory editors only, in the editor workspace): launch a wave as a round of the surveys module
 * for chosen respondents, follow its personal links, and see or repeat its import once the round is closed.
 */
@Controller
@RequestMapping("/w/{workspace}/observatory/waves")
final class WavesController {

    private final ObservatoryService service;
    private final SurveyWaves waves;
    private final Initiatives initiatives;
    private final Stakeholders stakeholders;
    private final ApplicationEventPublisher events;

    WavesController(
            ObservatoryService service,
            SurveyWaves waves,
            Initiatives initiatives,
            Stakeholders stakeholders,
            ApplicationEventPublisher events) {
        this.service = service;
        this.waves = waves;
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
        this.events = events;
    }

    private void requireEditor(CurrentWorkspace ws) {
        ws.require(Permission.MANAGE_PROGRAMME);
        if (!service.isEditorWorkspace(ws.slug())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping
    String list(CurrentWorkspace ws, Model model) {
        requireEditor(ws);
        return show(ws, Map.of(), String.valueOf(Year.now().getValue()), "national", null, List.of(), model);
    }

    private String show(
            CurrentWorkspace ws,
            Map<String, String> errors,
            String year,
            String level,
            Long initiativeId,
            List<Long> chosen,
            Model model) {
        model.addAttribute("ws", ws);
        model.addAttribute("waves", waves.all(ws.id()));
        model.addAttribute("initiatives", initiatives.all(ws.id()));
        List<StakeholderOrganisation> orgs = new ArrayList<>(stakeholders.search(ws.id(), "", 1000));
        // government bodies (ministries, agencies) first: they run cluster programmes
        orgs.sort(Comparator.comparing((StakeholderOrganisation o) -> !"GOVERNMENT".equals(String.valueOf(o.helix())))
                .thenComparing(StakeholderOrganisation::name));
        model.addAttribute("organisations", orgs);
        model.addAttribute("errors", errors);
        model.addAttribute("year", year);
        model.addAttribute("level", level);
        model.addAttribute("initiativeId", initiativeId);
        model.addAttribute("chosen", chosen);
        return "observatory/waves";
    }

    @PostMapping
    String launch(
            CurrentWorkspace ws,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String level,
            HttpServletRequest request,
            Model model) {
        requireEditor(ws);
        InvalidInput.Collector bad = new InvalidInput.Collector();
        Long initiative = number(request.getParameter("initiativeId"), "initiativeId", bad);
        List<Long> orgs = new ArrayList<>();
        String[] values = request.getParameterValues("organisationId");
        for (String v : values == null ? new String[0] : values) {
            Long id = number(v, "organisationId", bad);
            if (id != null) {
                orgs.add(id);
            }
        }
        try {
            bad.throwIfAny();
            long id = waves.launch(ws.id(), year, level, initiative, orgs);
            events.publishEvent(new AuditEvent(
                    ws.id(), AuditEvent.Action.CREATED, "observatory-wave", Long.toString(id), "Survey wave launched"));
            return "redirect:/w/" + ws.slug() + "/observatory/waves/" + id;
        } catch (InvalidInput e) {
            return show(ws, e.errors(), year, level, initiative, orgs, model);
        }
    }

    private static Long number(String v, String field, InvalidInput.Collector bad) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            bad.add(field, "observatory.waves.error.number");
            return null;
        }
    }

    @GetMapping("/{waveId}")
    String wave(CurrentWorkspace ws, @PathVariable long waveId, Model model) {
        requireEditor(ws);
        SurveyWave w = waves.find(ws.id(), waveId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var panel = waves.panel(w);
        Map<Long, String> names = stakeholders
                .organisations(
                        ws.id(),
                        panel.stream()
                                .map(p -> p.organisationId())
                                .filter(java.util.Objects::nonNull)
                                .toList())
                .stream()
                .collect(Collectors.toMap(StakeholderOrganisation::id, StakeholderOrganisation::name, (a, b) -> a));
        model.addAttribute("ws", ws);
        model.addAttribute("w", w);
        model.addAttribute("panel", panel);
        model.addAttribute("names", names);
        model.addAttribute("closed", waves.roundClosed(w));
        model.addAttribute(
                "reportLines",
                w.report() == null ? List.of() : List.of(w.report().split("\n")));
        return "observatory/wave";
    }

    @PostMapping("/{waveId}/import")
    String reimport(
            CurrentWorkspace ws,
            @PathVariable long waveId,
            @RequestParam(defaultValue = "false") boolean leaveOutRefused,
            RedirectAttributes redirect) {
        requireEditor(ws);
        SurveyWave w = waves.find(ws.id(), waveId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!waves.roundClosed(w)) {
            redirect.addFlashAttribute("error", "observatory.waves.error.open");
        } else {
            waves.importRound(ws.id(), w.roundId(), leaveOutRefused);
            events.publishEvent(new AuditEvent(
                    ws.id(),
                    AuditEvent.Action.CHANGED,
                    "observatory-wave",
                    Long.toString(waveId),
                    "Survey wave imported"));
            redirect.addFlashAttribute("success", "observatory.waves.imported");
        }
        return "redirect:/w/" + ws.slug() + "/observatory/waves/" + waveId;
    }
}
