package org.clusterworks.monitoring.core;

import java.io.IOException;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The progress report (PDF), the logframe (XLSX) and the import of values of a framework. */
@Controller
@RequestMapping("/w/{workspace}/monitoring/frameworks/{frameworkId}")
class ReportsController {

    private final MonitoringService service;
    private final Reports reports;
    private final ValueImport imports;
    private final MessageSource messages;
    private final IatiExport iati;

    ReportsController(
            MonitoringService service, Reports reports, ValueImport imports, MessageSource messages, IatiExport iati) {
        this.iati = iati;
        this.service = service;
        this.reports = reports;
        this.imports = imports;
        this.messages = messages;
    }

    private String title(CurrentWorkspace ws, Framework f) {
        String name = service.initiativeName(ws, f);
        return name != null ? name : messages.getMessage("monitoring.programme", null, LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    @GetMapping("/report.pdf")
    ResponseEntity<byte[]> report(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long frameworkId) {
        Framework f = service.framework(ws, user, frameworkId, false);
        return file(
                reports.pdf(f, title(ws, f), ws.name()),
                MediaType.APPLICATION_PDF,
                "progress-report-" + frameworkId + "-"
                        + LocaleContextHolder.getLocale().getLanguage() + ".pdf");
    }

    /** Generates the progress report in the reader's language and submits it to the initiative's governance body. */
    @PostMapping("/report/submit")
    String submitReport(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Framework f = service.framework(ws, user, frameworkId, true);
        try {
            int version = service.submitProgressReport(
                    ws, user, f, title(ws, f), reports.pdf(f, title(ws, f), ws.name()), note);
            redirect.addFlashAttribute("success", "monitoring.endorsement.submitted");
            redirect.addFlashAttribute("submittedVersion", version);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("formErrors", e.errors());
            redirect.addFlashAttribute("error", "monitoring.invalid");
        }
        return "redirect:/w/" + ws.slug() + "/monitoring" + MonitoringController.frameworkPath(f) + "#endorsement";
    }

    /**
     * The framework's results as an IATI 2.03 activity file; {@code orgRef} is the reporting organisation's IATI
     * identifier (letters, digits, '.', '_' and '-'), else a placeholder built from the workspace that the publisher
     * must replace before publishing to the IATI Registry.
     */
    @GetMapping("/iati.xml")
    ResponseEntity<byte[]> iati(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @RequestParam(required = false) String orgRef) {
        Framework f = service.framework(ws, user, frameworkId, false);
        String ref = orgRef == null || orgRef.isBlank()
                ? "XX-CLUSTERWORKS-" + ws.slug().toUpperCase(java.util.Locale.ROOT)
                : orgRef.strip();
        if (!ref.matches("[A-Za-z0-9][A-Za-z0-9._-]{1,80}")) {
            String problem =
                    "orgRef: " + messages.getMessage("monitoring.iati.org-ref", null, LocaleContextHolder.getLocale());
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(problem.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        var initiative = f.programme() ? null : service.initiativeSummary(ws, f);
        String description = messages.getMessage(
                "monitoring.iati.description", new Object[] {title(ws, f)}, java.util.Locale.ENGLISH);
        return file(
                iati.xml(f, initiative, ref, ws.name(), description),
                MediaType.APPLICATION_XML,
                "iati-results-" + frameworkId + ".xml");
    }

    @GetMapping("/logframe.xlsx")
    ResponseEntity<byte[]> logframe(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long frameworkId) {
        Framework f = service.framework(ws, user, frameworkId, false);
        return file(
                reports.logframe(f),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "logframe-" + frameworkId + ".xlsx");
    }

    @PostMapping("/import")
    String importValues(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long frameworkId,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        Framework f = service.framework(ws, user, frameworkId, true);
        try {
            imports.importFile(ws, user, f, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("success", "monitoring.import.done");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("formErrors", e.errors());
            redirect.addFlashAttribute("error", "monitoring.import.problem");
        }
        return "redirect:/w/" + ws.slug() + "/monitoring" + MonitoringController.frameworkPath(f) + "#indicators";
    }
}
