package org.clusterworks.surveys.core;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.surveys.RoundKind;
import org.clusterworks.surveys.SurveyRound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A round's page: panel with personal links, response rate, pending respondents, enumerator entry, open and close. */
@Controller
@RequestMapping("/w/{workspace}/surveys/rounds")
class RoundController {

    private final SurveyService service;
    private final ResponsePage page;
    private final ReminderService reminders;

    private final ReadAudit audit;

    RoundController(SurveyService service, ResponsePage page, ReminderService reminders, ReadAudit audit) {
        this.audit = audit;
        this.service = service;
        this.page = page;
        this.reminders = reminders;
    }

    private static String home(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/surveys/rounds/" + id;
    }

    private static LocalDate date(String text, String field, InvalidInput.Collector errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "surveys.round.date-invalid");
            return null;
        }
    }

    @PostMapping
    String create(
            CurrentWorkspace ws,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "0") long initiativeId,
            @RequestParam(defaultValue = "0") long questionnaireId,
            @RequestParam(defaultValue = "OTHER") String kind,
            @RequestParam(required = false) String opensOn,
            @RequestParam(required = false) String closesOn,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        LocalDate opens = date(opensOn, "opensOn", errors);
        LocalDate closes = date(closesOn, "closesOn", errors);
        RoundKind k;
        try {
            k = RoundKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            k = RoundKind.OTHER;
        }
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors.errors());
            }
            long id = service.createRound(ws.id(), initiativeId, questionnaireId, name, k, opens, closes);
            redirect.addFlashAttribute("success", "surveys.round.created");
            return home(ws, id);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
            return "redirect:/w/" + ws.slug() + "/surveys";
        }
    }

    @GetMapping("/{id}")
    String show(CurrentWorkspace ws, @PathVariable long id, Model model, HttpServletRequest request) {
        SurveyRound round = service.round(ws.id(), id);
        List<SurveyService.PanelEntry> panel = service.panel(ws.id(), id);
        long submitted = panel.stream().filter(p -> p.respondent().submitted()).count();
        long invited = panel.stream().filter(p -> !p.respondent().anonymous()).count();
        model.addAttribute("round", round);
        model.addAttribute(
                "initiative",
                service.initiatives().find(ws.id(), round.initiativeId()).orElse(null));
        model.addAttribute("questionnaire", service.form(ws.id(), round.questionnaireId()));
        model.addAttribute("panel", panel);
        model.addAttribute("submitted", submitted);
        model.addAttribute("invited", invited);
        model.addAttribute(
                "rate",
                invited == 0
                        ? 0
                        : Math.round(100.0
                                * panel.stream()
                                        .filter(p -> !p.respondent().anonymous()
                                                && p.respondent().submitted())
                                        .count()
                                / invited));
        model.addAttribute(
                "pending",
                panel.stream()
                        .filter(p ->
                                !p.respondent().submitted() && !p.respondent().anonymous())
                        .toList());
        model.addAttribute("canManage", ws.can(Permission.MANAGE_INITIATIVES));
        model.addAttribute("canExport", ws.can(Permission.MANAGE_INITIATIVES) || ws.can(Permission.ANALYSE));
        model.addAttribute(
                "base",
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
        model.addAttribute("publicToken", service.rounds().publicToken(id).orElse(null));
        model.addAttribute("minCell", service.rounds().minCell(id));
        model.addAttribute("mailConfigured", reminders.mailConfigured());
        model.addAttribute("sent", reminders.sent(id));
        model.addAttribute("reminderDays", reminders.interval().toHours() / 24.0);
        return "surveys/round";
    }

    @PostMapping("/{id}/panel")
    String addPanel(
            CurrentWorkspace ws,
            @PathVariable long id,
            @RequestParam(defaultValue = "organisations") String who,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        int added = service.addMembers(ws.id(), id, who.equals("people"));
        redirect.addFlashAttribute("success", added == 0 ? "surveys.panel.none-added" : "surveys.panel.added");
        return home(ws, id);
    }

    @PostMapping("/{id}/open")
    String open(CurrentWorkspace ws, @PathVariable long id, RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        try {
            service.open(ws.id(), id);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return home(ws, id);
    }

    @PostMapping("/{id}/close")
    String close(CurrentWorkspace ws, @PathVariable long id) {
        ws.require(Permission.MANAGE_INITIATIVES);
        service.close(ws.id(), id);
        return home(ws, id);
    }

    @PostMapping("/{id}/public-link")
    String publicLink(CurrentWorkspace ws, @PathVariable long id) {
        ws.require(Permission.MANAGE_INITIATIVES);
        service.enablePublicLink(ws.id(), id);
        return home(ws, id);
    }

    @PostMapping("/{id}/floor")
    String floor(
            CurrentWorkspace ws,
            @PathVariable long id,
            @RequestParam(defaultValue = "5") int minCell,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        try {
            service.setMinCell(ws.id(), id, minCell);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return "redirect:/w/" + ws.slug() + "/surveys/rounds/" + id + "/analysis";
    }

    private Respondent respondent(CurrentWorkspace ws, long id, long respondentId) {
        service.round(ws.id(), id);
        return service.rounds().respondent(id, respondentId).orElseThrow(SurveyService.NotFound::new);
    }

    @GetMapping("/{id}/respondents/{respondentId}")
    String entry(
            CurrentWorkspace ws, @PathVariable long id, @PathVariable long respondentId, Locale locale, Model model) {
        ws.require(Permission.MANAGE_INITIATIVES);
        Respondent r = respondent(ws, id, respondentId);
        audit.respondent(ws.id(), id, r, "entry page");
        page.fill(model, ws.id(), r, locale, null, null, Map.of());
        model.addAttribute("action", "/w/" + ws.slug() + "/surveys/rounds/" + id + "/respondents/" + respondentId);
        return "surveys/respond";
    }

    @PostMapping("/{id}/respondents/{respondentId}")
    String enter(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long respondentId,
            @RequestParam(defaultValue = "save") String action,
            HttpServletRequest request,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        Respondent r = respondent(ws, id, respondentId);
        boolean submit = action.equals("submit");
        Map<String, String> errors = page.save(model, ws.id(), r, request.getParameterMap(), submit, user.id(), locale);
        if (!errors.isEmpty()) {
            model.addAttribute("action", "/w/" + ws.slug() + "/surveys/rounds/" + id + "/respondents/" + respondentId);
            return "surveys/respond";
        }
        redirect.addFlashAttribute("success", submit ? "surveys.entry.submitted" : "surveys.entry.saved");
        return home(ws, id);
    }
}
