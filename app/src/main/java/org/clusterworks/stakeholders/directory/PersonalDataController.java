package org.clusterworks.stakeholders.directory;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.PersonalDataHolder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's data request, answered by a workspace administrator: everything every module holds about the person as
 * one JSON file, and erasure (anonymisation) across all modules in one transaction; both are audited.
 */
@Controller
class PersonalDataController {

    private final DirectoryRepository repo;
    private final List<PersonalDataHolder> holders;
    private final ApplicationEventPublisher events;

    PersonalDataController(
            DirectoryRepository repo, List<PersonalDataHolder> holders, ApplicationEventPublisher events) {
        this.repo = repo;
        this.holders = holders;
        this.events = events;
    }

    @GetMapping("/w/{workspace}/people/{personId}/personal-data.json")
    ResponseEntity<Map<String, Object>> export(CurrentWorkspace ws, @PathVariable long personId) {
        ws.require(Permission.ADMINISTER);
        if (repo.person(ws.id(), personId).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        export.put("workspace", ws.slug());
        export.put("personId", personId);
        for (PersonalDataHolder holder : holders) {
            export.put(holder.section(), holder.export(ws.id(), personId));
        }
        events.publishEvent(new AuditEvent(
                ws.id(), AuditEvent.Action.VIEWED, "person", Long.toString(personId), "Personal data exported"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("personal-data-" + personId + ".json")
                                .build()
                                .toString())
                .body(export);
    }

    @PostMapping("/w/{workspace}/people/{personId}/erase")
    @Transactional
    String erase(CurrentWorkspace ws, @PathVariable long personId, RedirectAttributes redirect) {
        ws.require(Permission.ADMINISTER);
        Person person = repo.person(ws.id(), personId)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
        int changed = holders.stream().mapToInt(h -> h.erase(ws.id(), personId)).sum();
        events.publishEvent(new AuditEvent(
                ws.id(),
                AuditEvent.Action.DELETED,
                "person",
                Long.toString(personId),
                "Personal data erased (" + changed + " records)"));
        redirect.addFlashAttribute("success", "person.erased");
        return person.organisationId() == null
                ? "redirect:/w/" + ws.slug() + "/organisations"
                : "redirect:/w/" + ws.slug() + "/organisations/" + person.organisationId();
    }
}
