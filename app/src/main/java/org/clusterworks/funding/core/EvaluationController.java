package org.clusterworks.funding.core;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Reviewers' declarations and scores, the panel view with ranking, consensus, decisions and decision letters. */
@Controller
@RequestMapping("/w/{workspace}/funding")
class EvaluationController {

    private final EvaluationService evaluation;
    private final FundingAccess access;
    private final TemplateEngine templates;

    EvaluationController(EvaluationService evaluation, FundingAccess access, TemplateEngine templates) {
        this.evaluation = evaluation;
        this.access = access;
        this.templates = templates;
    }

    private static String flashError(InvalidInput e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        redirect.addFlashAttribute("errors", e.errors());
        return null;
    }

    @PostMapping("/applications/{id}/declaration")
    String declare(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean conflict,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        evaluation.declare(ws, user, id, conflict, note);
        if (conflict) {
            redirect.addFlashAttribute("success", "funding.review.withdrawn");
            return "redirect:/w/" + ws.slug() + "/funding";
        }
        redirect.addFlashAttribute("success", "funding.review.declared");
        return ApplicationController.page(ws, id) + "#review";
    }

    @PostMapping("/applications/{id}/scores")
    String score(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            RedirectAttributes redirect) {
        try {
            evaluation.score(ws, user, id, fields);
            redirect.addFlashAttribute("success", "funding.review.saved");
        } catch (InvalidInput e) {
            flashError(e, redirect);
        }
        return ApplicationController.page(ws, id) + "#review";
    }

    @GetMapping("/calls/{id}/panel")
    String panel(CurrentWorkspace ws, @PathVariable long id, Model model) {
        ws.require(Permission.MANAGE_PROGRAMME);
        Call call = access.call(ws, id);
        var rows = evaluation.panel(ws, id);
        model.addAttribute("call", call);
        model.addAttribute("rows", rows);
        model.addAttribute("users", access.workspaceUsers(ws.id()));
        model.addAttribute("reviewers", access.repo().reviewers(id));
        Map<Long, java.util.List<Long>> assignedBy = new java.util.LinkedHashMap<>();
        rows.forEach(r -> assignedBy.put(
                r.application().id(), access.flow().assigned(r.application().id())));
        model.addAttribute("assignedBy", assignedBy);
        model.addAttribute("load", access.flow().load(id));
        model.addAttribute("perApplication", access.flow().settings(id).reviewersPerApplication());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "funding/panel";
    }

    @PostMapping("/applications/{id}/consensus")
    String consensus(
            CurrentWorkspace ws,
            @PathVariable long id,
            @RequestParam(required = false) String consensus,
            @RequestParam(required = false) String consensusNote,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_PROGRAMME);
        Application a = access.repo().application(ws.id(), id).orElseThrow(() -> FundingAccess.notFound("application"));
        try {
            evaluation.consensus(ws, id, consensus, consensusNote);
            redirect.addFlashAttribute("success", "funding.panel.saved");
        } catch (InvalidInput e) {
            flashError(e, redirect);
        }
        return "redirect:/w/" + ws.slug() + "/funding/calls/" + a.callId() + "/panel";
    }

    @PostMapping("/applications/{id}/decision")
    String decide(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_PROGRAMME);
        Application a = access.repo().application(ws.id(), id).orElseThrow(() -> FundingAccess.notFound("application"));
        try {
            evaluation.decide(ws, user, id, decision, reason);
            redirect.addFlashAttribute("success", "funding.decision.saved");
        } catch (InvalidInput e) {
            flashError(e, redirect);
        }
        return "redirect:/w/" + ws.slug() + "/funding/calls/" + a.callId() + "/panel";
    }

    @GetMapping("/applications/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "en") String lang) {
        Application a = access.visible(ws, user, id);
        FundingAccess.Role role = access.role(ws, user, a);
        if (a.decision() == null || role == FundingAccess.Role.REVIEWER) {
            throw FundingAccess.notFound("letter");
        }
        Locale locale = switch (lang) {
            case "fr" -> Locale.FRENCH;
            case "sw" -> Locale.forLanguageTag("sw");
            default -> Locale.ENGLISH;
        };
        Call call = access.call(ws, a.callId());
        Context ctx = new Context(locale);
        ctx.setVariable("app", a);
        ctx.setVariable("call", call);
        ctx.setVariable("callTitle", call.title(locale));
        ctx.setVariable("workspace", ws.name());
        ctx.setVariable(
                "lead",
                access.stakeholders()
                        .organisation(ws.id(), a.leadOrgId())
                        .map(o -> o.name())
                        .orElse(""));
        ctx.setVariable(
                "decidedOn", a.decidedAt().atZoneSameInstant(call.zone()).toLocalDate());
        String html = templates.process("funding/letter-pdf", ctx);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
            return ResponseEntity.ok()
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename("decision-" + id + "-" + locale.getLanguage() + ".pdf")
                                    .build()
                                    .toString())
                    .contentType(MediaType.APPLICATION_PDF)
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
