package org.clusterworks.diagnostic.report;

import org.clusterworks.diagnostic.core.InitiativeAccess;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.EndorsedDocument;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Submits the diagnostic report PDF to the initiative's governance body through {@link Initiatives}. */
@Controller
class EndorsementController {

    private final InitiativeAccess access;
    private final Initiatives initiatives;
    private final DiagnosticService service;
    private final ReportPdf pdf;
    private final ApplicationEventPublisher events;

    EndorsementController(
            InitiativeAccess access,
            Initiatives initiatives,
            DiagnosticService service,
            ReportPdf pdf,
            ApplicationEventPublisher events) {
        this.access = access;
        this.initiatives = initiatives;
        this.service = service;
        this.pdf = pdf;
        this.events = events;
    }

    @PostMapping("/w/{workspace}/initiatives/{id}/diagnostic/endorsement")
    String submit(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        var i = access.editable(ws, user, id);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 1000) {
            redirect.addFlashAttribute("error", "diagnostic.endorsement.note-too-long");
            return back(ws, id);
        }
        var data = service.data(ws.id(), i);
        var baseline = service.baseline(ws.id(), i.id()).map(b -> b.figures()).orElse(null);
        var locale = LocaleContextHolder.getLocale();
        byte[] body = pdf.render(data, ws.name(), baseline, locale);
        try {
            int version = initiatives.submitForEndorsement(
                    ws.id(),
                    i.id(),
                    EndorsedDocument.DIAGNOSTIC_REPORT,
                    "Diagnostic report",
                    "diagnostic-" + i.id() + "-" + locale.getLanguage() + ".pdf",
                    body,
                    text == null ? "Diagnostic report from the diagnostic module" : text,
                    user.id(),
                    user.displayName());
            events.publishEvent(new AuditEvent(
                    ws.id(),
                    AuditEvent.Action.CREATED,
                    "diagnostic-report",
                    i.id() + "/" + version,
                    "Diagnostic report submitted for endorsement as document version " + version));
            redirect.addFlashAttribute("success", "diagnostic.endorsement.submitted");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute(
                    "error",
                    e.errors().containsKey("document")
                            ? "diagnostic.endorsement.already-pending"
                            : "diagnostic.endorsement.no-body");
        }
        return back(ws, id);
    }

    private static String back(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/diagnostic#endorse-title";
    }
}
