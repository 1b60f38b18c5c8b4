package org.clusterworks.funding.core;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final PartnerMail mail;

    ApplicationController(ApplicationService apps, EvaluationService evaluation, PartnerMail mail) {
        this.apps = apps;
        this.access = apps.access();
        this.repo = access.repo();
        this.evaluation = evaluation;
        this.mail = mail;
    }

    /** The questionnaire answers of a posted form: parameters {@code q.<question>}, several for a multiple choice. */
    static Map<String, List<String>> answers(HttpServletRequest request) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (k.startsWith("q.")) {
                raw.put(k.substring(2), List.of(v));
            }
        });
        return raw;
    }

    private static Map<String, String> echo(Map<String, List<String>> raw) {
        Map<String, String> v = new LinkedHashMap<>();
        raw.forEach((k, x) -> v.put(k, String.join(" ", x)));
        return v;
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
        return render(ws, user, a, values, errors, null, null, q, model);
    }

    private String render(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            Application a,
            Map<String, String> values,
            Map<String, String> errors,
            Map<String, String> formValues,
            Map<String, String> formErrors,
            String q,
            Model model) {
        Call call = access.call(ws, a.callId());
        Locale locale = LocaleContextHolder.getLocale();
        var questionnaire = apps.questionnaireOf(ws.id(), a.callId());
        model.addAttribute(
                "sheet",
                questionnaire
                        .map(qid -> apps.forms()
                                .sheet(
                                        ws.id(),
                                        qid,
                                        formValues == null ? access.flow().answers(a.id()) : formValues,
                                        formErrors == null ? Map.of() : formErrors,
                                        locale))
                        .orElse(null));
        Map<Long, String> partnerStatus = new LinkedHashMap<>();
        access.flow()
                .invitations(a.id())
                .forEach(p -> partnerStatus.put(p.orgId(), p.status().messageKey()));
        model.addAttribute("partnerStatus", partnerStatus);
        model.addAttribute("pending", pendingNames(ws, a));
        var myOrg = access.organisationOf(ws, user);
        model.addAttribute(
                "partnerOrg",
                myOrg.isPresent()
                                && ws.can(Permission.CONTRIBUTE)
                                && myOrg.get() != a.leadOrgId()
                                && partnerStatus.containsKey(myOrg.get())
                        ? myOrg.get()
                        : null);
        if (ws.can(Permission.MANAGE_PROGRAMME)) {
            model.addAttribute("assigned", access.flow().assigned(a.id()));
            model.addAttribute("users", access.workspaceUsers(ws.id()));
            model.addAttribute("callReviewers", repo.reviewers(a.callId()));
        }
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

    /** The names of the partners who have not accepted, for the eligibility panel. */
    List<String> pendingNames(CurrentWorkspace ws, Application a) {
        var ids = apps.invitations().notAccepted(a.id()).stream()
                .map(WorkflowRepository.PartnerInvitation::orgId)
                .toList();
        return access.stakeholders().organisations(ws.id(), ids).stream()
                .map(StakeholderOrganisation::name)
                .toList();
    }

    @PostMapping("/applications/{id}")
    String save(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.CONTRIBUTE);
        Map<String, List<String>> raw = answers(request);
        try {
            Map<String, String> formErrors = apps.save(ws, user, id, fields, raw, LocaleContextHolder.getLocale());
            if (!formErrors.isEmpty()) {
                Application a = access.asLead(ws, user, id);
                model.addAttribute("error", "funding.form.invalid");
                return render(ws, user, a, fields, Map.of(), echo(raw), formErrors, null, model);
            }
            redirect.addFlashAttribute("success", "funding.application.saved");
            return page(ws, id) + "#form";
        } catch (InvalidInput e) {
            Application a = access.asLead(ws, user, id);
            model.addAttribute("error", "funding.application.invalid");
            return render(ws, user, a, fields, e.errors(), raw.isEmpty() ? null : echo(raw), null, null, model);
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
        model.addAttribute("pending", pendingNames(ws, access.asLead(ws, user, id)));
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
            long org = organisationId == null ? -1 : organisationId;
            String token = apps.addPartner(ws, user, id, org);
            String link = mail.link(ws, token);
            if (mail.send(ws, org, repo.application(ws.id(), id).orElseThrow(), link)) {
                redirect.addFlashAttribute("success", "funding.partner.invited-mailed");
            } else {
                redirect.addFlashAttribute("success", "funding.partner.invited");
                redirect.addFlashAttribute("partnerLink", link);
            }
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
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.CONTRIBUTE);
        Map<String, List<String>> raw = answers(request);
        try {
            if (fields.containsKey("title")) {
                Map<String, String> formErrors = apps.save(ws, user, id, fields, raw, LocaleContextHolder.getLocale());
                if (!formErrors.isEmpty()) {
                    model.addAttribute("error", "funding.form.invalid");
                    return render(
                            ws,
                            user,
                            access.asLead(ws, user, id),
                            fields,
                            Map.of(),
                            echo(raw),
                            formErrors,
                            null,
                            model);
                }
            }
            int version = apps.submit(ws, user, id);
            redirect.addFlashAttribute("success", "funding.application.submitted");
            return page(ws, id) + "/versions/" + version;
        } catch (InvalidInput e) {
            Application a = access.asLead(ws, user, id);
            model.addAttribute(
                    "error",
                    e.errors().containsKey("deadline") ? "funding.submit.closed" : "funding.application.incomplete");
            Map<String, String> formErrors = e.errors().containsKey("questionnaire")
                    ? apps.formProblems(ws.id(), a, LocaleContextHolder.getLocale())
                    : null;
            return render(
                    ws,
                    user,
                    a,
                    fields.containsKey("title") ? fields : null,
                    e.errors(),
                    raw.isEmpty() ? null : echo(raw),
                    formErrors,
                    null,
                    model);
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
