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

    ReportsController(MonitoringService service, Reports reports, ValueImport imports, MessageSource messages) {
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
        service.computations().recomputeAll(f, user.username());
        return file(
                reports.pdf(f, title(ws, f), ws.name()),
                MediaType.APPLICATION_PDF,
                "progress-report-" + frameworkId + "-"
                        + LocaleContextHolder.getLocale().getLanguage() + ".pdf");
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
