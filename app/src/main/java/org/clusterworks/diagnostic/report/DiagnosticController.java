package org.clusterworks.diagnostic.report;

import java.nio.charset.StandardCharsets;
import org.clusterworks.diagnostic.core.InitiativeAccess;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.EndorsedDocument;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The diagnostics of a workspace, one initiative's diagnostic overview, its PDF report and its approval. */
@Controller
class DiagnosticController {

    private final InitiativeAccess access;
    private final Initiatives initiatives;
    private final DiagnosticService service;
    private final BaselineRepository baselines;
    private final ReportPdf pdf;

    DiagnosticController(
            InitiativeAccess access,
            Initiatives initiatives,
            DiagnosticService service,
            BaselineRepository baselines,
            ReportPdf pdf) {
        this.access = access;
        this.initiatives = initiatives;
        this.service = service;
        this.baselines = baselines;
        this.pdf = pdf;
    }

    /** An initiative in the list with its latest approval, if any. */
    record Row(org.clusterworks.initiatives.InitiativeSummary initiative, BaselineRepository.Baseline baseline) {}

    @GetMapping("/w/{workspace}/diagnostic")
    String list(CurrentWorkspace ws, AuthenticatedUser user, Model model) {
        ws.require(Permission.VIEW);
        model.addAttribute(
                "rows",
                initiatives.all(ws.id()).stream()
                        .filter(i -> access.canSee(ws, user, i))
                        .map(i -> new Row(i, baselines.latest(ws.id(), i.id()).orElse(null)))
                        .toList());
        return "diagnostic/list";
    }

    @GetMapping("/w/{workspace}/initiatives/{id}/diagnostic")
    String overview(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        var i = access.visible(ws, user, id);
        var data = service.data(ws.id(), i);
        var baseline = service.baseline(ws.id(), i.id());
        model.addAttribute("initiative", i);
        model.addAttribute("data", data);
        model.addAttribute("figures", data.figures());
        model.addAttribute("baseline", baseline.orElse(null));
        model.addAttribute("baselines", baselines.all(ws.id(), i.id()));
        model.addAttribute("canEdit", access.canEdit(ws, user, i));
        model.addAttribute(
                "endorsement",
                initiatives
                        .latestEndorsement(ws.id(), i.id(), EndorsedDocument.DIAGNOSTIC_REPORT)
                        .orElse(null));
        return "diagnostic/overview";
    }

    @PostMapping("/w/{workspace}/initiatives/{id}/diagnostic/approve")
    String approve(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            service.approve(ws, user, id, note);
            redirect.addFlashAttribute("success", "diagnostic.approved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("swotErrors", e.errors());
            redirect.addFlashAttribute("error", "diagnostic.input.see-fields");
        }
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/diagnostic";
    }

    @GetMapping("/w/{workspace}/initiatives/{id}/diagnostic/report.pdf")
    ResponseEntity<byte[]> report(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        var i = access.visible(ws, user, id);
        var data = service.data(ws.id(), i);
        var baseline = service.baseline(ws.id(), i.id()).map(b -> b.figures()).orElse(null);
        byte[] body = pdf.render(data, ws.name(), baseline, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(
                                        "diagnostic-" + i.id() + "-"
                                                + LocaleContextHolder.getLocale()
                                                        .getLanguage() + ".pdf",
                                        StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
