package org.clusterworks.surveys.core;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.surveys.RoundStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public respondent page behind a personal link ({@code /respond/{token}}) and the round's anonymous link
 * ({@code /respond/open/{token}}): no account needed, the unguessable token is the key. Answers can be saved and
 * resumed until submitted; the round must be open.
 */
@Controller
class RespondController {

    private final SurveyService service;
    private final ResponsePage page;

    RespondController(SurveyService service, ResponsePage page) {
        this.service = service;
        this.page = page;
    }

    private Respondent respondent(String token) {
        return service.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/respond/{token}")
    String show(@PathVariable String token, Locale locale, Model model) {
        Respondent r = respondent(token);
        long ws = service.workspaceOf(r);
        page.fill(model, ws, r, locale, null, null, Map.of());
        model.addAttribute("action", "/respond/" + token);
        return r.submitted() ? "surveys/respond-done" : "surveys/respond";
    }

    @PostMapping("/respond/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam(defaultValue = "save") String action,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        Respondent r = respondent(token);
        long ws = service.workspaceOf(r);
        if (r.submitted() || service.round(ws, r.roundId()).status() != RoundStatus.OPEN) {
            page.fill(model, ws, r, locale, null, null, Map.of());
            model.addAttribute("action", "/respond/" + token);
            return r.submitted() ? "surveys/respond-done" : "surveys/respond";
        }
        boolean submit = action.equals("submit");
        Map<String, String> errors = page.save(model, ws, r, request.getParameterMap(), submit, null, locale);
        if (!errors.isEmpty()) {
            model.addAttribute("action", "/respond/" + token);
            return "surveys/respond";
        }
        return "redirect:/respond/" + token + (submit ? "" : "?saved");
    }

    @GetMapping("/respond/open/{token}")
    String anonymous(@PathVariable String token) {
        Respondent r =
                service.startAnonymous(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:/respond/" + r.token();
    }
}
