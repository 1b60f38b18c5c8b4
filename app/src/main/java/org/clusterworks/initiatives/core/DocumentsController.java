package org.clusterworks.initiatives.core;

import java.io.IOException;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.core.Domain.Initiative;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The initiative's document store (upload, versions, download) and endorsements by governance bodies. */
@Controller
@RequestMapping("/w/{workspace}/initiatives/{id}")
class DocumentsController {

    private final InitiativeService service;

    DocumentsController(InitiativeService service) {
        this.service = service;
    }

    private static String documents(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/documents";
    }

    @GetMapping("/documents")
    String documents(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        Initiative i = service.visible(ws, user, id);
        var docs = service.documents(i);
        var bodies = service.bodies(i);
        model.addAttribute("initiative", i);
        model.addAttribute("canEdit", service.canEdit(ws, user, i));
        model.addAttribute("documents", docs);
        model.addAttribute("versions", service.versions(docs));
        model.addAttribute("endorsements", service.endorsements(i));
        model.addAttribute("bodies", bodies);
        model.addAttribute(
                "bodyNames",
                bodies.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                b -> b.body().id(), b -> b.body().name())));
        model.addAttribute(
                "docTitles",
                docs.stream().collect(java.util.stream.Collectors.toMap(Domain.Document::id, Domain.Document::title)));
        model.addAttribute("meetings", service.meetings(i));
        model.addAttribute("kinds", Domain.DocumentKind.values());
        return "initiatives/documents";
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getBytes();
    }

    @PostMapping("/documents")
    String upload(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            service.upload(
                    ws,
                    user,
                    id,
                    title,
                    kind,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(),
                    bytes(file),
                    note);
            redirect.addFlashAttribute("success", "document.uploaded-ok");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("documentErrors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return documents(ws, id);
    }

    @PostMapping("/documents/{docId}/versions")
    String addVersion(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long docId,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            service.addVersion(
                    ws,
                    user,
                    id,
                    docId,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(),
                    bytes(file),
                    note);
            redirect.addFlashAttribute("success", "document.version-added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", "document.file-required");
        }
        return documents(ws, id) + "#doc-" + docId;
    }

    @GetMapping("/documents/{docId}/versions/{version}")
    ResponseEntity<byte[]> download(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long docId,
            @PathVariable int version) {
        var file = service.file(ws, user, id, docId, version);
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/documents/{docId}/submit")
    String submit(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long docId,
            @RequestParam(required = false) String bodyId,
            RedirectAttributes redirect) {
        try {
            service.submit(ws, user, id, docId, bodyId);
            redirect.addFlashAttribute("success", "endorsement.submitted");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return documents(ws, id) + "#endorsements";
    }

    @PostMapping("/endorsements/{endorsementId}")
    String decide(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long endorsementId,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comments,
            @RequestParam(required = false) String meetingId,
            RedirectAttributes redirect) {
        try {
            service.decideEndorsement(ws, user, id, endorsementId, decision, comments, meetingId);
            redirect.addFlashAttribute("success", "endorsement.decided");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("endorsementErrors", e.errors());
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return documents(ws, id) + "#endorsements";
    }
}
