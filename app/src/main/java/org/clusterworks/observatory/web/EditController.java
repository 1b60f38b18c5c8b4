package org.clusterworks.observatory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.ObservatoryService;
import org.clusterworks.observatory.core.ProgrammeWave;
import org.clusterworks.shared.InvalidInput;
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
 * Editing a programme for a wave (an existing one, or a new year's): observatory editors are the members with
 * MANAGE_PROGRAMME of the workspace named by {@code clusterworks.observatory.editor-workspace}; in any other
 * workspace the editing pages do not exist (404).
 */
@Controller
@RequestMapping("/w/{workspace}/observatory/programmes/{id}/edit")
final class EditController {

    private final ObservatoryService service;
    private final ApplicationEventPublisher events;

    EditController(ObservatoryService service, ApplicationEventPublisher events) {
        this.service = service;
        this.events = events;
    }

    private void requireEditor(CurrentWorkspace ws) {
        ws.require(Permission.MANAGE_PROGRAMME);
        if (!service.isEditorWorkspace(ws.slug())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping
    String form(
            CurrentWorkspace ws,
            @PathVariable long id,
            @RequestParam(required = false) String wave,
            Model model,
            Locale locale) {
        requireEditor(ws);
        var d = service.detail(id, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ProgrammeWave from = d.waves().stream()
                .filter(w -> w.waveCode().equals(wave))
                .findFirst()
                .orElse(d.latest());
        String code = from == null ? null : from.waveCode();
        Map<String, List<String>> selected = new LinkedHashMap<>();
        for (Dimension dim : ObservatoryService.EDITABLE) {
            selected.put(dim.code(), code == null ? List.of() : List.copyOf(d.selected(code, dim)));
        }
        var p = d.programme();
        var input = new ObservatoryService.EditInput(
                code,
                "",
                p.name(),
                p.responsibleBody(),
                p.url(),
                from == null ? "" : from.duration(),
                from == null ? "" : from.budgetText(),
                from == null ? "" : from.sectoralFocus(),
                from == null ? "" : from.otherText(),
                selected);
        return show(ws, d, input, Map.of(), model, locale);
    }

    private String show(
            CurrentWorkspace ws,
            ObservatoryService.Detail d,
            ObservatoryService.EditInput input,
            Map<String, String> errors,
            Model model,
            Locale locale) {
        model.addAttribute("d", d);
        model.addAttribute("form", input);
        model.addAttribute("errors", errors);
        model.addAttribute("waves", service.repository().waves());
        model.addAttribute("ws", ws);
        List<Map.Entry<Dimension, List<Map.Entry<String, String>>>> lists = new ArrayList<>();
        for (Dimension dim : ObservatoryService.EDITABLE) {
            lists.add(Map.entry(
                    dim,
                    service.taxonomy().items(dim).stream()
                            .map(i -> Map.entry(i.code(), i.label(d.programme().level(), locale)))
                            .toList()));
        }
        model.addAttribute("lists", lists);
        return "observatory/edit";
    }

    @PostMapping
    String save(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            HttpServletRequest request,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireEditor(ws);
        var d = service.detail(id, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, List<String>> selected = new LinkedHashMap<>();
        for (Dimension dim : ObservatoryService.EDITABLE) {
            String[] values = request.getParameterValues("item_" + dim.code());
            selected.put(dim.code(), values == null ? List.of() : List.of(values));
        }
        var input = new ObservatoryService.EditInput(
                request.getParameter("wave"),
                request.getParameter("newWaveYear"),
                request.getParameter("name"),
                request.getParameter("responsibleBody"),
                request.getParameter("url"),
                request.getParameter("duration"),
                request.getParameter("budget"),
                request.getParameter("sectoralFocus"),
                request.getParameter("otherText"),
                selected);
        try {
            String wave = service.saveWave(id, input, user.username());
            events.publishEvent(new AuditEvent(
                    ws.id(),
                    AuditEvent.Action.CHANGED,
                    "observatory-programme",
                    Long.toString(id),
                    "Observatory programme edited for wave " + wave));
            redirect.addFlashAttribute("success", "observatory.edit.saved");
            return "redirect:/observatory/programmes/" + id;
        } catch (InvalidInput e) {
            return show(ws, d, input, e.errors(), model, locale);
        }
    }
}
