package org.clusterworks.funding.core;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.funding.core.Domain.CostCategory;
import org.clusterworks.funding.core.Domain.PartnerBudget;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.StakeholderOrganisation;
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

/** The applicant's pages: start an application, consortium, form and budget, documents, live eligibility, submit. */
@Controller
@RequestMapping("/w/{workspace}/funding")
class ApplicationController {

    private final ApplicationService apps;
    private final FundingAccess access;
    private final FundingRepository repo;
    private final EvaluationService evaluation;

    ApplicationController(ApplicationService apps, EvaluationService evaluation) {
        this.apps = apps;
        this.access = apps.access();
        this.repo = access.repo();
        this.evaluation = evaluation;
    }

    static String page(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/funding/applications/" + id;
    }

    @PostMapping("/calls/{id}/applications")
    String create(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        ws.require(Permission.CONTRIBUTE);
        try {
            long appId = apps.create(ws, user, id, title);
            redirect.addFlashAttribute("success", "funding.application.created");
            return page(ws, appId);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
            return CallController.callPage(ws, id);
        }
    }

    /** The form values as saved, for the page's fields. */
    private Map<String, String> saved(Application a, List<PartnerBudget> budget) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", a.title());
        v.put("summary", a.summary());
        v.put("objectives", a.objectives());
        v.put("workPlan", a.workPlan());
        v.put("requested", a.requested() == null ? "" : a.requested().toPlainString());
        for (PartnerBudget b : budget) {
            b.costs()
                    .forEach((c, x) -> v.put(
                            "cost_" + b.orgId() + "_" + c.name(),
                            x.signum() == 0 ? "" : x.stripTrailingZeros().toPlainString()));
        }
        return v;
    }

    private String render(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            Application a,
            Map<String, String> values,
            Map<String, String> errors,
            String q,
            Model model) {
        Call call = access.call(ws, a.callId());
        FundingAccess.Role role = access.role(ws, user, a);
        var budget = repo.budget(a.id());
        Map<Long, StakeholderOrganisation> orgs = new LinkedHashMap<>();
        access.stakeholders().organisations(ws.id(), repo.partners(a.id())).forEach(o -> orgs.put(o.id(), o));
        var org = access.organisationOf(ws, user);
        boolean lead = ws.can(Permission.CONTRIBUTE) && org.isPresent() && org.get() == a.leadOrgId();
        model.addAttribute("app", a);
        model.addAttribute("call", call);
        model.addAttribute("callStatus", call.status(access.now()));
        model.addAttribute("role", role.name());
        model.addAttribute("lead", lead);
        model.addAttribute("editable", lead && !a.locked());
        model.addAttribute("budget", budget);
        model.addAttribute("orgs", orgs);
        model.addAttribute("categories", CostCategory.values());
        model.addAttribute("total", budget.stream().map(PartnerBudget::total).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("values", values == null ? saved(a, budget) : values);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("findings", apps.findings(ws, a, null));
        model.addAttribute("missing", apps.incomplete(a));
        model.addAttribute("docTypes", repo.docTypes(a.callId()));
        model.addAttribute("documents", repo.documents(a.id()));
        model.addAttribute("submissions", repo.submissions(a.id()));
        model.addAttribute("grant", repo.grantOf(a.id()).orElse(null));
        model.addAttribute("q", q);
        model.addAttribute(
                "results",
                q == null || q.isBlank() || !lead || a.locked()
                        ? List.of()
                        : access.stakeholders().search(ws.id(), q.strip(), 20));
        model.addAttribute("criteria", repo.criteria(a.callId()));
        if (role == FundingAccess.Role.REVIEWER) {
            model.addAttribute("declaration", repo.conflict(a.id(), user.id()).orElse(null));
            Map<String, String> mine = new LinkedHashMap<>();
            repo.scores(a.id()).stream().filter(s -> s.userId() == user.id()).forEach(s -> {
                mine.put("score_" + s.criterionId(), Integer.toString(s.score()));
                mine.put("comment_" + s.criterionId(), s.comment() == null ? "" : s.comment());
            });
            model.addAttribute("myScores", mine);
        }
        return "funding/application";
    }

    @GetMapping("/applications/{id}")
    String show(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String q,
            Model model) {
        Application a = access.visible(ws, user, id);
        return render(ws, user, a, null, null, q, model);
    }

    @PostMapping("/applications/{id}")
    String save(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.CONTRIBUTE);
        try {
            apps.save(ws, user, id, fields);
            redirect.addFlashAttribute("success", "funding.application.saved");
            return page(ws, id) + "#form";
        } catch (InvalidInput e) {
            Application a = access.asLead(ws, user, id);
            model.addAttribute("error", "funding.application.invalid");
            return render(ws, user, a, fields, e.errors(), null, model);
        }
    }

    @PostMapping("/applications/{id}/eligibility")
    String eligibility(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model) {
        ws.require(Permission.CONTRIBUTE);
        var check = apps.liveCheck(ws, user, id, fields);
        model.addAttribute("findings", check.findings());
        model.addAttribute("fieldErrors", check.errors());
        return "funding/eligibility :: panel";
    }

    @PostMapping("/applications/{id}/partners")
    String addPartner(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long organisationId,
            RedirectAttributes redirect) {
        ws.require(Permission.CONTRIBUTE);
        try {
            apps.addPartner(ws, user, id, organisationId == null ? -1 : organisationId);
            redirect.addFlashAttribute("success", "funding.partner.added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return page(ws, id) + "#consortium";
    }

    @PostMapping("/applications/{id}/partners/{orgId}/delete")
    String removePartner(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long orgId,
            RedirectAttributes redirect) {
        ws.require(Permission.CONTRIBUTE);
        try {
            apps.removePartner(ws, user, id, orgId);
            redirect.addFlashAttribute("success", "funding.partner.removed");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return page(ws, id) + "#consortium";
    }

    @PostMapping("/applications/{id}/documents")
    String upload(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long docTypeId,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        ws.require(Permission.CONTRIBUTE);
        try {
            apps.upload(ws, user, id, docTypeId == null ? -1 : docTypeId, file);
            redirect.addFlashAttribute("success", "funding.document.uploaded");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return page(ws, id) + "#documents";
    }

    @GetMapping("/applications/{id}/documents/{docId}")
    ResponseEntity<byte[]> download(
            CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, @PathVariable long docId) {
        access.visible(ws, user, id);
        var doc = repo.documents(id).stream()
                .filter(d -> d.id() == docId)
                .findFirst()
                .orElseThrow(() -> FundingAccess.notFound("document"));
        byte[] content = repo.documentContent(id, docId).orElseThrow();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(doc.filename())
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(content);
    }

    @PostMapping("/applications/{id}/submit")
    String submit(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.CONTRIBUTE);
        try {
            if (fields.containsKey("title")) {
                apps.save(ws, user, id, fields);
            }
            int version = apps.submit(ws, user, id);
            redirect.addFlashAttribute("success", "funding.application.submitted");
            return page(ws, id) + "/versions/" + version;
        } catch (InvalidInput e) {
            Application a = access.asLead(ws, user, id);
            model.addAttribute(
                    "error",
                    e.errors().containsKey("deadline") ? "funding.submit.closed" : "funding.application.incomplete");
            return render(ws, user, a, fields.containsKey("title") ? fields : null, e.errors(), null, model);
        }
    }

    @PostMapping("/applications/{id}/reopen")
    String reopen(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, RedirectAttributes redirect) {
        ws.require(Permission.CONTRIBUTE);
        try {
            apps.reopen(ws, user, id);
            redirect.addFlashAttribute("success", "funding.application.reopened");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return page(ws, id);
    }

    @GetMapping("/applications/{id}/versions/{version}")
    String version(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable int version,
            Model model) {
        Application a = access.visible(ws, user, id);
        var s = repo.submissions(id).stream()
                .filter(x -> x.version() == version)
                .findFirst()
                .orElseThrow(() -> FundingAccess.notFound("version"));
        model.addAttribute("app", a);
        model.addAttribute("call", access.call(ws, a.callId()));
        model.addAttribute("submission", s);
        model.addAttribute("copy", apps.readSnapshot(s.snapshot()));
        model.addAttribute("categories", CostCategory.values());
        return "funding/receipt";
    }
}
