package org.clusterworks.initiatives.core;

import java.util.Set;
import java.util.stream.Collectors;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.core.Domain.Initiative;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An initiative's member organisations: list with status, renewal reminders, adding members from the directory. */
@Controller
@RequestMapping("/w/{workspace}/initiatives/{id}")
class MembersController {

    private final InitiativeService service;

    MembersController(InitiativeService service) {
        this.service = service;
    }

    @GetMapping("/members")
    String members(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String q,
            Model model) {
        Initiative i = service.visible(ws, user, id);
        var members = service.members(i);
        boolean canEdit = service.canEdit(ws, user, i);
        model.addAttribute("initiative", i);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canExport", canEdit || service.seesAll(ws));
        model.addAttribute("members", members);
        model.addAttribute("byHelix", InitiativeService.byHelix(members));
        model.addAttribute(
                "renewals",
                members.stream().filter(InitiativeService.MemberRow::renewalDue).toList());
        model.addAttribute("memberTypes", Domain.MemberType.values());
        model.addAttribute("q", q);
        if (canEdit) {
            Set<Long> already = members.stream().map(r -> r.organisation().id()).collect(Collectors.toSet());
            model.addAttribute(
                    "candidates",
                    service.stakeholders().search(ws.id(), q, 50).stream()
                            .filter(o -> !already.contains(o.id()))
                            .toList());
        }
        return "initiatives/members";
    }

    /** The member list as CSV, for the manager's and the programme's own reporting. */
    @GetMapping("/members.csv")
    org.springframework.http.ResponseEntity<byte[]> csv(
            CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) throws java.io.IOException {
        Initiative i = service.visible(ws, user, id);
        if (!service.canEdit(ws, user, i) && !service.seesAll(ws)) {
            throw new org.springframework.security.access.AccessDeniedException("Member list export");
        }
        var out = new java.io.ByteArrayOutputStream();
        try (var w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
                var printer = new org.apache.commons.csv.CSVPrinter(w, org.apache.commons.csv.CSVFormat.DEFAULT)) {
            printer.printRecord(
                    "organisation_id",
                    "name",
                    "helix",
                    "sme",
                    "member_type",
                    "fee",
                    "currency",
                    "start_date",
                    "end_date",
                    "status",
                    "renewal_due");
            for (var r : service.members(i)) {
                var m = r.membership();
                printer.printRecord(
                        r.organisation().id(),
                        safeCell(r.organisation().name()),
                        r.organisation().helix(),
                        r.organisation().sme(),
                        m.memberType(),
                        m.fee(),
                        m.currency(),
                        m.startDate(),
                        m.endDate(),
                        r.status(),
                        r.renewalDue());
            }
        }
        return org.springframework.http.ResponseEntity.ok()
                .contentType(new org.springframework.http.MediaType("text", "csv"))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename("members-" + id + ".csv")
                                .build()
                                .toString())
                .body(out.toByteArray());
    }

    @PostMapping("/members")
    String add(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            MembershipInput input,
            @RequestParam(required = false) String q,
            RedirectAttributes redirect) {
        try {
            service.addMember(ws, user, id, input);
            redirect.addFlashAttribute("success", "member.added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("memberErrors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/members"
                + (q == null || q.isBlank()
                        ? ""
                        : "?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
    }

    @PostMapping("/members/{membershipId}/renew")
    String renew(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long membershipId,
            @RequestParam(required = false) String endDate,
            RedirectAttributes redirect) {
        try {
            service.renew(ws, user, id, membershipId, endDate);
            redirect.addFlashAttribute("success", "member.renewed");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("memberErrors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/members";
    }

    @PostMapping("/members/{membershipId}/delete")
    String remove(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long membershipId,
            RedirectAttributes redirect) {
        service.removeMember(ws, user, id, membershipId);
        redirect.addFlashAttribute("success", "member.removed");
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/members";
    }

    /** Neutralises a spreadsheet formula at the start of a text cell (=, +, @ or -). */
    static String safeCell(String value) {
        return value != null && !value.isEmpty() && "=+@-".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
