package org.clusterworks.funding.core;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.funding.core.Domain.CostCategory;
import org.clusterworks.funding.eligibility.Finding;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Funding calls and applications over REST: calls, their applications, creating an application, eligibility. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}")
@Tag(name = "Funding", description = "Calls for proposals, applications and their eligibility")
class FundingApiController {

    private final FundingAccess access;
    private final ApplicationService apps;
    private final EvaluationService evaluation;
    private final MessageSource messages;
    private final WorkflowRepository flow;

    FundingApiController(
            ApplicationService apps, EvaluationService evaluation, MessageSource messages, WorkflowRepository flow) {
        this.access = apps.access();
        this.flow = flow;
        this.apps = apps;
        this.evaluation = evaluation;
        this.messages = messages;
    }

    /** A call in API answers; dates are in the call's time zone with their offset. */
    record CallDto(
            long id,
            String programme,
            String title,
            String status,
            String currency,
            BigDecimal budget,
            BigDecimal maxGrant,
            BigDecimal cofinancingPct,
            String timeZone,
            OffsetDateTime opens,
            OffsetDateTime closes) {}

    /** A call with its rules, documents and criteria. */
    record CallDetail(
            CallDto call,
            String text,
            List<Map<String, Object>> eligibilityRules,
            List<Map<String, Object>> requiredDocuments,
            List<Map<String, Object>> criteria,
            int scaleMin,
            int scaleMax) {}

    /** One eligibility finding: the rule kind, whether it passed and why. */
    record FindingDto(String rule, boolean passed, String reason) {}

    /**
     * An application in API answers; {@code answers} holds the call questionnaire's answers by question name as stored
     * (choice names, a multiple choice's names separated by spaces), empty when the call has no questionnaire.
     */
    record ApplicationDto(
            long id,
            String title,
            String lead,
            List<String> partners,
            BigDecimal requested,
            String status,
            Boolean eligible,
            List<FindingDto> eligibilityFindings,
            BigDecimal score,
            Map<String, String> answers) {}

    /** A new application: the form and the consortium with each partner's costs per category. */
    record ApplicationRequest(
            String title,
            String summary,
            String objectives,
            String workPlan,
            BigDecimal requested,
            List<PartnerRequest> partners) {}

    /** A partner of a new application (the caller's organisation is the lead and need not be listed). */
    record PartnerRequest(Long organisationId, Map<String, BigDecimal> costs) {}

    private CallDto dto(Call c) {
        return new CallDto(
                c.id(),
                c.programme(),
                c.title(LocaleContextHolder.getLocale()),
                c.status(access.now()).name(),
                c.currency(),
                c.budget(),
                c.maxGrant(),
                c.cofinancingPct(),
                c.zone().getId(),
                c.opensLocal().toOffsetDateTime(),
                c.closesLocal().toOffsetDateTime());
    }

    private List<FindingDto> findings(List<Finding> fs) {
        return fs.stream()
                .map(f -> new FindingDto(
                        f.kind().name(),
                        f.passed(),
                        messages.getMessage(f.messageKey(), f.args().toArray(), LocaleContextHolder.getLocale())))
                .toList();
    }

    @GetMapping("/calls")
    @Operation(summary = "The workspace's calls for proposals, with status, budget and dates")
    List<CallDto> calls(CurrentWorkspace ws) {
        return access.repo().calls(ws.id()).stream().map(this::dto).toList();
    }

    @GetMapping("/calls/{id}")
    @Operation(summary = "One call with its eligibility rules, required documents and evaluation criteria")
    CallDetail call(CurrentWorkspace ws, @PathVariable long id) {
        Call c = access.call(ws, id);
        var repo = access.repo();
        return new CallDetail(
                dto(c),
                c.text(LocaleContextHolder.getLocale()),
                repo.rules(id).stream()
                        .map(r -> Map.<String, Object>of(
                                "kind",
                                r.rule().kind().name(),
                                "parameters",
                                r.rule().parameters()))
                        .toList(),
                repo.docTypes(id).stream()
                        .map(d -> Map.<String, Object>of(
                                "id", d.id(), "name", d.name(), "extensions", d.extensions(), "maxMb", d.maxMb()))
                        .toList(),
                repo.criteria(id).stream()
                        .map(k -> Map.<String, Object>of("id", k.id(), "name", k.name(), "weight", k.weight()))
                        .toList(),
                c.scaleMin(),
                c.scaleMax());
    }

    @GetMapping("/calls/{id}/applications")
    @Operation(summary = "The call's applications with eligibility and score (programme staff)")
    List<ApplicationDto> applications(CurrentWorkspace ws, @PathVariable long id) {
        ws.require(Permission.MANAGE_PROGRAMME);
        access.call(ws, id);
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        evaluation
                .panel(ws, id)
                .forEach(r -> scores.put(r.application().id(), r.panel().score()));
        return access.repo().applications(id).stream()
                .map(a -> app(ws, a, scores.get(a.id())))
                .toList();
    }

    private ApplicationDto app(CurrentWorkspace ws, Application a, BigDecimal score) {
        var names = access.stakeholders().organisations(ws.id(), access.repo().partners(a.id()));
        String lead = names.stream()
                .filter(o -> o.id() == a.leadOrgId())
                .map(o -> o.name())
                .findFirst()
                .orElse("");
        Boolean eligible = a.status() == Domain.Status.SUBMITTED ? access.eligible(a.id()) : null;
        return new ApplicationDto(
                a.id(),
                a.title(),
                lead,
                names.stream()
                        .filter(o -> o.id() != a.leadOrgId())
                        .map(o -> o.name())
                        .toList(),
                a.requested(),
                a.decision() != null ? a.decision().name() : a.status().name(),
                eligible,
                findings(apps.findings(ws, a, null)),
                score,
                flow.answers(a.id()));
    }

    @PostMapping("/calls/{id}/applications")
    @Transactional
    @Operation(summary = "Create a draft application for your organisation, with its consortium and budget")
    ResponseEntity<ApplicationDto> create(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestBody(required = false) ApplicationRequest body) {
        ws.require(Permission.CONTRIBUTE);
        access.call(ws, id);
        if (body == null) {
            throw new InvalidInput(Map.of("body", "funding.api.body-required"));
        }
        var errors = new InvalidInput.Collector();
        if (body.title() == null || body.title().isBlank()) {
            errors.add("title", "funding.error.required");
        }
        if (body.requested() != null && body.requested().signum() < 0) {
            errors.add("requested", "funding.error.amount");
        }
        List<PartnerRequest> partners = body.partners() == null ? List.of() : body.partners();
        for (int i = 0; i < partners.size(); i++) {
            PartnerRequest p = partners.get(i);
            if (p == null
                    || p.organisationId() == null
                    || access.stakeholders()
                            .organisation(ws.id(), p.organisationId())
                            .isEmpty()) {
                errors.add("partners[" + i + "].organisationId", "funding.partner.unknown");
                continue;
            }
            if (p.costs() != null) {
                String prefix = "partners[" + i + "].costs.";
                p.costs().forEach((k, v) -> {
                    String field = prefix + k;
                    if (CostCategoryParser.parse(k) == null) {
                        errors.add(field, "funding.api.cost-category");
                    } else if (v == null || v.signum() < 0 || v.scale() > 2) {
                        errors.add(field, "funding.error.amount");
                    }
                });
            }
        }
        errors.throwIfAny();
        long appId = apps.create(ws, user, id, body.title());
        var repo = access.repo();
        for (PartnerRequest p : partners) {
            apps.invitations().invited(ws.id(), appId, p.organisationId());
        }
        repo.updateForm(
                appId, body.title().strip(), body.summary(), body.objectives(), body.workPlan(), body.requested());
        for (PartnerRequest p : partners) {
            if (p.costs() != null) {
                p.costs().forEach((k, v) -> repo.setCost(appId, p.organisationId(), CostCategoryParser.parse(k), v));
            }
        }
        Application a = repo.application(ws.id(), appId).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + ws.slug() + "/applications/" + appId))
                .body(app(ws, a, null));
    }

    @GetMapping("/applications/{id}/eligibility")
    @Operation(summary = "Check an application's consortium and budget against the call's eligibility rules")
    Map<String, Object> eligibility(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        Application a = access.visible(ws, user, id);
        var fs = apps.findings(ws, a, null);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("applicationId", a.id());
        out.put("eligible", fs.stream().allMatch(Finding::passed));
        out.put("findings", findings(fs));
        return out;
    }

    /** Cost category names in API bodies, case-insensitive. */
    static final class CostCategoryParser {
        private CostCategoryParser() {}

        static CostCategory parse(String s) {
            for (CostCategory c : CostCategory.values()) {
                if (c.name().equalsIgnoreCase(s)) {
                    return c;
                }
            }
            return null;
        }
    }
}
