package org.clusterworks.funding.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.funding.core.Domain.CostCategory;
import org.clusterworks.funding.core.Domain.DocType;
import org.clusterworks.funding.core.Domain.PartnerBudget;
import org.clusterworks.funding.eligibility.EligibilityRules;
import org.clusterworks.funding.eligibility.Finding;
import org.clusterworks.funding.eligibility.Partner;
import org.clusterworks.funding.eligibility.Proposal;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.reference.Territories;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.surveys.FormAnswers;
import org.clusterworks.surveys.QuestionnaireForms;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** Applications: creation by a member organisation, consortium, budget, documents, live eligibility, submission. */
@Service
public class ApplicationService {

    private final FundingAccess access;
    private final FundingRepository repo;
    private final Territories territories;
    private final Initiatives initiatives;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final QuestionnaireForms forms;
    private final ReviewerAssignments assignments;
    private final PartnerInvitations invitations;
    private final JsonMapper json = JsonMapper.builder().build();

    ApplicationService(
            FundingAccess access,
            Territories territories,
            Initiatives initiatives,
            ApplicationEventPublisher events,
            MessageSource messages,
            QuestionnaireForms forms,
            ReviewerAssignments assignments,
            PartnerInvitations invitations) {
        this.access = access;
        this.repo = access.repo();
        this.territories = territories;
        this.initiatives = initiatives;
        this.events = events;
        this.messages = messages;
        this.forms = forms;
        this.assignments = assignments;
        this.invitations = invitations;
    }

    public PartnerInvitations invitations() {
        return invitations;
    }

    public QuestionnaireForms forms() {
        return forms;
    }

    /** The call's application questionnaire, if it has one that still exists in the workspace. */
    public Optional<Long> questionnaireOf(long workspaceId, long callId) {
        Long q = access.flow().settings(callId).questionnaireId();
        return q == null || forms.questionnaire(workspaceId, q).isEmpty() ? Optional.empty() : Optional.of(q);
    }

    /**
     * Saves the structured fields and, when the call has a questionnaire and {@code raw} is given, the answers that
     * pass its checks (a draft: required answers are not yet needed); returns the refused answers' messages by
     * question.
     */
    @Transactional
    public Map<String, String> save(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long id,
            Map<String, String> fields,
            Map<String, List<String>> raw,
            Locale locale) {
        save(ws, user, id, fields);
        Application a = repo.application(ws.id(), id).orElseThrow();
        Optional<Long> q = questionnaireOf(ws.id(), a.callId());
        if (q.isEmpty() || raw == null) {
            return Map.of();
        }
        FormAnswers answers = forms.check(ws.id(), q.get(), raw, false, locale);
        access.flow().replaceAnswers(id, answers.values());
        return answers.errors();
    }

    /** The saved questionnaire answers checked as for a submission (messages by question); empty without one. */
    public Map<String, String> formProblems(long workspaceId, Application a, Locale locale) {
        Optional<Long> q = questionnaireOf(workspaceId, a.callId());
        if (q.isEmpty()) {
            return Map.of();
        }
        return forms.recheck(workspaceId, q.get(), access.flow().answers(a.id()), true, locale)
                .errors();
    }

    public FundingAccess access() {
        return access;
    }

    /** Field problems and eligibility findings of a live check. */
    public record Check(List<Finding> findings, Map<String, String> errors) {

        public boolean eligible() {
            return errors.isEmpty() && EligibilityRules.eligible(findings);
        }
    }

    @Transactional
    public long create(CurrentWorkspace ws, AuthenticatedUser user, long callId, String title) {
        ws.require(Permission.CONTRIBUTE);
        Call call = access.call(ws, callId);
        Long org = access.organisationOf(ws, user)
                .orElseThrow(() -> new InvalidInput(Map.of("organisation", "funding.application.no-organisation")));
        if (!call.acceptsSubmissionAt(access.now())) {
            throw new InvalidInput(Map.of("deadline", "funding.call.not-open"));
        }
        String t = title == null || title.isBlank() ? call.titleEn() : title.strip();
        long id = repo.insertApplication(ws.id(), callId, org, user.id(), t.length() > 300 ? t.substring(0, 300) : t);
        events.publishEvent(new AuditEvent(ws.id(), AuditEvent.Action.CREATED, "funding-application", "" + id, t));
        return id;
    }

    private Application draft(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        Application a = access.asLead(ws, user, id);
        if (a.locked()) {
            throw new InvalidInput(Map.of("status", "funding.application.locked"));
        }
        return a;
    }

    @Transactional
    public void save(CurrentWorkspace ws, AuthenticatedUser user, long id, Map<String, String> fields) {
        Application a = draft(ws, user, id);
        ApplicationForm f = ApplicationForm.parse(fields, repo.partners(id));
        repo.updateForm(
                id,
                f.title() == null ? a.title() : f.title(),
                f.summary(),
                f.objectives(),
                f.workPlan(),
                f.requested());
        f.costs().forEach((org, m) -> m.forEach((cat, v) -> repo.setCost(id, org, cat, v)));
    }

    /** The consortium of an application with the saved budget, or with the costs of an unsaved form. */
    public Proposal proposal(long workspaceId, Application a, ApplicationForm form) {
        List<PartnerBudget> budget = repo.budget(a.id());
        Map<Long, StakeholderOrganisation> orgs = new LinkedHashMap<>();
        access.stakeholders().organisations(workspaceId, repo.partners(a.id())).forEach(o -> orgs.put(o.id(), o));
        List<Partner> partners = new ArrayList<>();
        for (PartnerBudget b : budget) {
            StakeholderOrganisation o = orgs.get(b.orgId());
            BigDecimal cost = form == null
                    ? b.total()
                    : form.costs().getOrDefault(b.orgId(), Map.of()).values().stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            partners.add(new Partner(
                    b.orgId(),
                    o == null ? "#" + b.orgId() : o.name(),
                    o == null ? null : o.helix(),
                    o != null && o.sme(),
                    o == null ? null : o.territoryCode(),
                    cost,
                    b.orgId() == a.leadOrgId()));
        }
        return new Proposal(partners, form == null ? a.requested() : form.requested());
    }

    public List<Finding> findings(CurrentWorkspace ws, Application a, ApplicationForm form) {
        return findings(ws.id(), a, form);
    }

    public List<Finding> findings(long workspaceId, Application a, ApplicationForm form) {
        var rules = repo.rules(a.callId()).stream().map(Domain.Rule::rule).toList();
        return EligibilityRules.check(
                rules, proposal(workspaceId, a, form), new PlatformContext(workspaceId, territories, initiatives));
    }

    /** Checks the form as it stands on the page, without saving it. */
    public Check liveCheck(CurrentWorkspace ws, AuthenticatedUser user, long id, Map<String, String> fields) {
        Application a = access.asLead(ws, user, id);
        try {
            ApplicationForm f = ApplicationForm.parse(fields, repo.partners(id));
            return new Check(findings(ws, a, f), Map.of());
        } catch (InvalidInput e) {
            return new Check(findings(ws, a, null), e.errors());
        }
    }

    /** The lead invites a partner; returns the secret of the invitation link. */
    @Transactional
    public String addPartner(CurrentWorkspace ws, AuthenticatedUser user, long id, long orgId) {
        draft(ws, user, id);
        return invitations.invite(ws, user, id, orgId);
    }

    @Transactional
    public void removePartner(CurrentWorkspace ws, AuthenticatedUser user, long id, long orgId) {
        Application a = draft(ws, user, id);
        if (orgId == a.leadOrgId()) {
            throw new InvalidInput(Map.of("organisationId", "funding.partner.lead"));
        }
        repo.removePartner(id, orgId);
    }

    @Transactional
    public void upload(CurrentWorkspace ws, AuthenticatedUser user, long id, long docTypeId, MultipartFile file) {
        Application a = draft(ws, user, id);
        DocType type = repo.docTypes(a.callId()).stream()
                .filter(d -> d.id() == docTypeId)
                .findFirst()
                .orElseThrow(() -> new InvalidInput(Map.of("docTypeId", "funding.document.unknown-type")));
        String name = file == null ? null : file.getOriginalFilename();
        if (file == null || file.isEmpty()) {
            throw new InvalidInput(Map.of("file", "funding.document.empty"));
        }
        if (!type.allows(name)) {
            throw new InvalidInput(Map.of("file", "funding.document.type"));
        }
        if (file.getSize() > type.maxMb() * 1024L * 1024L) {
            throw new InvalidInput(Map.of("file", "funding.document.size"));
        }
        try {
            String ct = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
            repo.replaceDocument(id, docTypeId, name, ct, file.getBytes(), user.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What still stops a submission besides the deadline: empty form fields, an incomplete questionnaire, partners
     * who have not accepted and missing documents.
     */
    public Map<String, String> incomplete(Application a) {
        var errors = new InvalidInput.Collector();
        if (a.summary() == null) {
            errors.add("summary", "funding.error.required");
        }
        if (a.objectives() == null) {
            errors.add("objectives", "funding.error.required");
        }
        if (a.workPlan() == null) {
            errors.add("workPlan", "funding.error.required");
        }
        if (a.requested() == null || a.requested().signum() <= 0) {
            errors.add("requested", "funding.error.required");
        }
        if (!formProblems(a.workspaceId(), a, Locale.ENGLISH).isEmpty()) {
            errors.add("questionnaire", "funding.form.incomplete");
        }
        for (var p : invitations.notAccepted(a.id())) {
            errors.add("partner_" + p.orgId(), "funding.partner.pending");
        }
        var uploaded =
                repo.documents(a.id()).stream().map(Domain.Document::docTypeId).toList();
        for (DocType d : repo.docTypes(a.callId())) {
            if (!uploaded.contains(d.id())) {
                errors.add("document_" + d.id(), "funding.document.missing");
            }
        }
        return errors.errors();
    }

    /**
     * Submits the saved application as its next version if the call is open at this instant (in the call's time
     * zone, up to and including the closing second) and the form is complete; the findings are recorded with it.
     */
    @Transactional
    public int submit(CurrentWorkspace ws, AuthenticatedUser user, long id, Instant at) {
        Application a = draft(ws, user, id);
        Call call = access.call(ws, a.callId());
        if (!call.acceptsSubmissionAt(at)) {
            throw new InvalidInput(Map.of("deadline", "funding.submit.closed"));
        }
        Map<String, String> missing = incomplete(a);
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        int version = record(ws.id(), a, at, user.id());
        events.publishEvent(new AuditEvent(
                ws.id(), AuditEvent.Action.CHANGED, "funding-application", "" + id, "Submitted version " + version));
        return version;
    }

    /**
     * Records the next submitted version with its eligibility findings and frozen copy, without the deadline and
     * completeness checks of {@link #submit}: for the demo data, which submits on behalf of organisations.
     */
    @Transactional
    public int record(long workspaceId, Application a, Instant at, Long userId) {
        List<Finding> findings = findings(workspaceId, a, null);
        int version = a.version() + 1;
        repo.submit(
                a.id(), version, at, userId, EligibilityRules.eligible(findings), snapshot(workspaceId, a, findings));
        assignments.topUp(workspaceId, repo.application(workspaceId, a.id()).orElseThrow(), null);
        return version;
    }

    public int submit(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        return submit(ws, user, id, access.now());
    }

    /** Unlocks a submitted application for changes while the call is open; it must be submitted again. */
    @Transactional
    public void reopen(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        Application a = access.asLead(ws, user, id);
        Call call = access.call(ws, a.callId());
        if (a.decision() != null || !call.acceptsSubmissionAt(access.now())) {
            throw new InvalidInput(Map.of("deadline", "funding.submit.closed"));
        }
        repo.reopen(id);
    }

    private String snapshot(long workspaceId, Application a, List<Finding> findings) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", a.title());
        s.put("summary", a.summary());
        s.put("objectives", a.objectives());
        s.put("workPlan", a.workPlan());
        s.put("requested", a.requested().toPlainString());
        Map<Long, String> names = new LinkedHashMap<>();
        access.stakeholders()
                .organisations(workspaceId, repo.partners(a.id()))
                .forEach(o -> names.put(o.id(), o.name()));
        List<Map<String, Object>> partners = new ArrayList<>();
        for (PartnerBudget b : repo.budget(a.id())) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("organisation", names.getOrDefault(b.orgId(), "#" + b.orgId()));
            p.put("lead", b.orgId() == a.leadOrgId());
            p.put("accepted", invitations.notAccepted(a.id()).stream().noneMatch(x -> x.orgId() == b.orgId()));
            b.costs().forEach((c, v) -> p.put(c.name(), v.toPlainString()));
            p.put("total", b.total().toPlainString());
            partners.add(p);
        }
        s.put("partners", partners);
        Optional<Long> q = questionnaireOf(workspaceId, a.callId());
        if (q.isPresent()) {
            FormAnswers answers =
                    forms.recheck(workspaceId, q.get(), access.flow().answers(a.id()), false, Locale.ENGLISH);
            s.put(
                    "questionnaire",
                    forms.questionnaire(workspaceId, q.get()).orElseThrow().title());
            s.put(
                    "answers",
                    answers.answered().stream()
                            .map(x -> {
                                Map<String, Object> m = new LinkedHashMap<>();
                                m.put("question", x.question());
                                m.put("label", x.label());
                                m.put("answer", x.answer());
                                return m;
                            })
                            .toList());
        }
        s.put(
                "documents",
                repo.documents(a.id()).stream()
                        .map(d -> d.filename() + " (" + d.sizeBytes() + " bytes)")
                        .toList());
        s.put(
                "eligibility",
                findings.stream()
                        .map(f -> (f.passed() ? "PASS " : "FAIL ")
                                + messages.getMessage(f.messageKey(), f.args().toArray(), Locale.ENGLISH))
                        .toList());
        return json.writeValueAsString(s);
    }

    /** A submitted version's frozen copy as a map (title, partners, eligibility...). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> readSnapshot(String snapshot) {
        return json.readValue(snapshot, Map.class);
    }

    public Optional<Domain.Submission> latest(long applicationId) {
        var s = repo.submissions(applicationId);
        return s.isEmpty() ? Optional.empty() : Optional.of(s.getLast());
    }

    public static CostCategory[] categories() {
        return CostCategory.values();
    }
}
