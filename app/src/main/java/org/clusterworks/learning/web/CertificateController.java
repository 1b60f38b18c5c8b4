package org.clusterworks.learning.web;

import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.learning.content.Course;
import org.clusterworks.learning.engine.Certificates;
import org.clusterworks.learning.engine.CourseCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The certificate PDF (holder and programme officers), revocation (workspace admins) and public verification. */
@Controller
class CertificateController {

    private final Certificates certificates;
    private final CourseCatalog catalog;
    private final String publicUrl;

    CertificateController(
            Certificates certificates, CourseCatalog catalog, @Value("${clusterworks.public-url:}") String publicUrl) {
        this.certificates = certificates;
        this.catalog = catalog;
        this.publicUrl = publicUrl;
    }

    private Certificates.Certificate inWorkspace(CurrentWorkspace workspace, String code) {
        return certificates
                .find(code)
                .filter(c -> c.workspaceId() == workspace.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No certificate " + code));
    }

    String verifyUrl(String code) {
        String base = publicUrl == null || publicUrl.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : publicUrl.replaceAll("/+$", "");
        return base + "/verify/" + code;
    }

    @GetMapping("/w/{workspace}/learning/certificates/{code}.pdf")
    ResponseEntity<byte[]> pdf(CurrentWorkspace workspace, AuthenticatedUser user, @PathVariable String code) {
        Certificates.Certificate certificate = inWorkspace(workspace, code);
        if (certificate.userId() != user.id() && !workspace.can(Permission.MANAGE_PROGRAMME)) {
            workspace.require(Permission.ADMINISTER);
        }
        String lang = LearningController.lang();
        String title = catalog.find(certificate.courseId())
                .map(Course::title)
                .map(t -> t.in(lang))
                .orElse(certificate.courseTitle());
        byte[] pdf = certificates.pdf(certificate, title, verifyUrl(code), LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("certificate-" + code + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @PostMapping("/w/{workspace}/learning/certificates/{code}/revoke")
    String revoke(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable String code,
            @RequestParam(defaultValue = "") String reason) {
        workspace.require(Permission.ADMINISTER);
        Certificates.Certificate certificate = inWorkspace(workspace, code);
        certificates.revoke(certificate, user.id(), reason.length() > 500 ? reason.substring(0, 500) : reason);
        return "redirect:/w/" + workspace.slug() + "/learning/" + certificate.courseId() + "/cohort";
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model) {
        Certificates.Certificate certificate = certificates
                .find(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No certificate " + code));
        String lang = LearningController.lang();
        model.addAttribute("certificate", certificate);
        model.addAttribute(
                "courseTitle",
                catalog.find(certificate.courseId())
                        .map(c -> c.title().in(lang))
                        .orElse(certificate.courseTitle()));
        return "learning/verify";
    }
}
