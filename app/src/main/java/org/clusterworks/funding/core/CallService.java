package org.clusterworks.funding.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.funding.eligibility.EligibilityRule;
import org.clusterworks.funding.eligibility.EligibilityRules;
import org.clusterworks.funding.eligibility.InitiativeMembers;
import org.clusterworks.funding.eligibility.RuleKind;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and configuring calls: the call itself, eligibility rules, documents, criteria and reviewers. */
@Service
public class CallService {

    private final FundingAccess access;
    private final FundingRepository repo;
    private final Initiatives initiatives;
    private final ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;

    CallService(
            FundingAccess access,
            Initiatives initiatives,
            ApplicationEventPublisher events,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.access = access;
        this.repo = access.repo();
        this.initiatives = initiatives;
        this.events = events;
    }

    public Initiatives initiatives() {
        return initiatives;
    }

    private void checkInitiative(CurrentWorkspace ws, Long initiativeId, String field) {
        if (initiativeId != null && initiatives.find(ws.id(), initiativeId).isEmpty()) {
            throw new InvalidInput(Map.of(field, "funding.initiative.unknown"));
        }
    }

    @Transactional
    public long create(CurrentWorkspace ws, AuthenticatedUser user, CallForm form) {
        ws.require(Permission.MANAGE_PROGRAMME);
        Call c = form.toCall(0, ws.id());
        checkInitiative(ws, c.initiativeId(), "initiativeId");
        long id = repo.insertCall(c, user.id());
        events.publishEvent(
                new AuditEvent(ws.id(), AuditEvent.Action.CREATED, "funding-call", Long.toString(id), c.titleEn()));
        return id;
    }

    @Transactional
    public void update(CurrentWorkspace ws, long id, CallForm form) {
        ws.require(Permission.MANAGE_PROGRAMME);
        access.call(ws, id);
        Call c = form.toCall(id, ws.id());
        checkInitiative(ws, c.initiativeId(), "initiativeId");
        repo.updateCall(c);
        events.publishEvent(
                new AuditEvent(ws.id(), AuditEvent.Action.CHANGED, "funding-call", Long.toString(id), c.titleEn()));
    }

    private Call managed(CurrentWorkspace ws, long callId) {
        ws.require(Permission.MANAGE_PROGRAMME);
        return access.call(ws, callId);
    }

    @Transactional
    public EligibilityRule addRule(CurrentWorkspace ws, long callId, String kind, Map<String, String> params) {
        managed(ws, callId);
        EligibilityRule rule = EligibilityRules.of(RuleKind.parse(kind), params);
        if (rule instanceof InitiativeMembers im) {
            checkInitiative(ws, im.initiativeId(), "initiativeId");
        }
        repo.insertRule(callId, rule);
        return rule;
    }

    @Transactional
    public void deleteRule(CurrentWorkspace ws, long callId, long ruleId) {
        managed(ws, callId);
        if (repo.deleteRule(callId, ruleId) == 0) {
            throw FundingAccess.notFound("rule");
        }
    }

    @Transactional
    public void addDocType(CurrentWorkspace ws, long callId, String name, String extensions, String maxMb) {
        managed(ws, callId);
        var errors = new InvalidInput.Collector();
        if (name == null || name.isBlank()) {
            errors.add("docName", "funding.error.required");
        }
        if (extensions == null || !extensions.strip().matches("[A-Za-z0-9]+([,; ]+[A-Za-z0-9]+)*")) {
            errors.add("extensions", "funding.error.extensions");
        }
        int mb = 0;
        try {
            mb = Integer.parseInt(maxMb == null ? "" : maxMb.strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (mb < 1 || mb > 100) {
            errors.add("maxMb", "funding.error.max-mb");
        }
        errors.throwIfAny();
        repo.insertDocType(callId, name.strip(), extensions.strip().toLowerCase(java.util.Locale.ROOT), mb);
    }

    @Transactional
    public void addCriterion(CurrentWorkspace ws, long callId, String name, String description, String weight) {
        managed(ws, callId);
        var errors = new InvalidInput.Collector();
        if (name == null || name.isBlank()) {
            errors.add("criterionName", "funding.error.required");
        }
        BigDecimal w = CallForm.amount("weight", weight, errors, true);
        if (w != null && w.signum() == 0) {
            errors.add("weight", "funding.error.percent");
        }
        errors.throwIfAny();
        repo.insertCriterion(callId, name.strip(), description == null ? null : description.strip(), w);
    }

    @Transactional
    public void addReviewer(CurrentWorkspace ws, long callId, long userId) {
        managed(ws, callId);
        if (!access.workspaceUsers(ws.id()).containsKey(userId)) {
            throw new InvalidInput(Map.of("reviewer", "funding.reviewer.unknown"));
        }
        repo.addReviewer(callId, userId);
    }

    @Transactional
    public void removeReviewer(CurrentWorkspace ws, long callId, long userId) {
        managed(ws, callId);
        repo.removeReviewer(callId, userId);
    }

    /** The rule in words, in the language: its kind's description with its parameters (initiatives by name). */
    public String describe(CurrentWorkspace ws, EligibilityRule rule, java.util.Locale locale) {
        List<Object> args = new java.util.ArrayList<>();
        for (String name : rule.kind().parameters()) {
            args.add(rule.parameters().get(name));
        }
        if (rule instanceof InitiativeMembers im) {
            args.set(
                    0,
                    initiatives
                            .find(ws.id(), im.initiativeId())
                            .map(i -> i.name())
                            .orElse("#" + im.initiativeId()));
            args.set(1, im.all() ? 1 : 0);
        }
        return messages.getMessage("funding.rule." + rule.kind().slug() + ".describe", args.toArray(), locale);
    }

    /** The sum of the criteria weights, which the call page shows so the programme can make them add up to 100. */
    public static BigDecimal totalWeight(List<Domain.Criterion> criteria) {
        return criteria.stream().map(Domain.Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
