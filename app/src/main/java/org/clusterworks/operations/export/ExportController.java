package org.clusterworks.operations.export;

import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A workspace administrator downloads the workspace's archive (its data and uploaded documents in one ZIP). */
@Controller
class ExportController {

    private final WorkspaceArchive archive;
    private final ApplicationEventPublisher events;

    ExportController(WorkspaceArchive archive, ApplicationEventPublisher events) {
        this.archive = archive;
        this.events = events;
    }

    @GetMapping("/w/{workspace}/export")
    String page(CurrentWorkspace ws, Model model) {
        ws.require(Permission.ADMINISTER);
        model.addAttribute("tables", archive.workspaceTables());
        model.addAttribute("schemaVersion", archive.schemaVersion());
        return "operations/export";
    }

    @GetMapping("/w/{workspace}/export.zip")
    ResponseEntity<StreamingResponseBody> download(CurrentWorkspace ws) {
        ws.require(Permission.ADMINISTER);
        long id = ws.id();
        String slug = ws.slug();
        events.publishEvent(
                new AuditEvent(id, AuditEvent.Action.VIEWED, "workspace-archive", slug, "Workspace archive exported"));
        String name = "clusterworks-" + slug + "-" + java.time.LocalDate.now() + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(out -> archive.write(id, slug, out));
    }
}
