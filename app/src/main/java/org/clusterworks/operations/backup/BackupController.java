package org.clusterworks.operations.backup;

import java.nio.file.Path;
import org.clusterworks.identity.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform administrator's backup page: take a backup, list and download them (under {@code /admin}). */
@Controller
class BackupController {

    private final DatabaseBackups backups;
    private final ApplicationEventPublisher events;

    BackupController(DatabaseBackups backups, ApplicationEventPublisher events) {
        this.backups = backups;
        this.events = events;
    }

    @GetMapping("/admin/backups")
    String list(Model model) {
        model.addAttribute("supported", backups.supported());
        model.addAttribute("backups", backups.list());
        return "operations/backups";
    }

    @PostMapping("/admin/backups")
    String create(RedirectAttributes redirect) {
        Backup made = backups.create();
        events.publishEvent(new AuditEvent(null, AuditEvent.Action.CREATED, "backup", made.name(), "Database backup"));
        redirect.addFlashAttribute("created", made.name());
        return "redirect:/admin/backups";
    }

    @GetMapping("/admin/backups/{name}")
    ResponseEntity<FileSystemResource> download(@PathVariable String name) {
        return backups.file(name)
                .map(BackupController::attachment)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<FileSystemResource> attachment(Path file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.getFileName().toString())
                                .build()
                                .toString())
                .body(new FileSystemResource(file));
    }
}
