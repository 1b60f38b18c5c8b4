package org.clusterworks.funding.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.funding.core.Domain.Grant;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Helix;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grants after an award: milestones with tranches, the grantee's reports, payments, and the funder dashboard. */
@Service
public class GrantService {

    private final FundingAccess access;
    private final FundingRepository repo;
    private final ApplicationEventPublisher events;

    GrantService(FundingAccess access, ApplicationEventPublisher events) {
        this.access = access;
        this.repo = access.repo();
        this.events = events;
    }

    /** A grant the user may see (the programme, or the consortium's users) with its application; else 404. */
    public record View(Grant grant, Application application, FundingAccess.Role role) {}

    public View visible(CurrentWorkspace ws, AuthenticatedUser user, long id) {
        Grant g = repo.grant(ws.id(), id).orElseThrow(() -> FundingAccess.notFound("grant"));
        Application a = repo.application(ws.id(), g.applicationId()).orElseThrow();
        FundingAccess.Role role = access.role(ws, user, a);
        if (role != FundingAccess.Role.PROGRAMME && role != FundingAccess.Role.APPLICANT) {
            throw FundingAccess.notFound("grant");
        }
        return new View(g, a, role);
    }

    private Grant managed(CurrentWorkspace ws, long id) {
        ws.require(Permission.MANAGE_PROGRAMME);
        return repo.grant(ws.id(), id).orElseThrow(() -> FundingAccess.notFound("grant"));
    }

    private static LocalDate date(String field, String text, InvalidInput.Collector errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "funding.error.date");
            return null;
        }
    }

    @Transactional
    public void addMilestone(CurrentWorkspace ws, long id, String title, String dueOn, String tranche) {
        Grant g = managed(ws, id);
        var errors = new InvalidInput.Collector();
        if (title == null || title.isBlank()) {
            errors.add("title", "funding.error.required");
        }
        LocalDate due = date("dueOn", dueOn, errors);
        BigDecimal t = CallForm.amount("tranche", tranche, errors, false);
        if (t != null) {
            BigDecimal planned = repo.milestones(id).stream()
                    .map(Domain.Milestone::tranche)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (planned.add(t).compareTo(g.amount()) > 0) {
                errors.add("tranche", "funding.grant.tranches-over-amount");
            }
        }
        errors.throwIfAny();
        repo.insertMilestone(id, title.strip(), due, t);
    }

    /** The lead applicant reports on a milestone: progress text and the co-financing spent so far. */
    @Transactional
    public void report(
            CurrentWorkspace ws, AuthenticatedUser user, long id, long milestoneId, String report, String cofinancing) {
        ws.require(Permission.CONTRIBUTE);
        View v = visible(ws, user, id);
        Optional<Long> org = access.organisationOf(ws, user);
        if (org.isEmpty() || org.get() != v.application().leadOrgId()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the lead applicant reports");
        }
        var errors = new InvalidInput.Collector();
        if (report == null || report.isBlank()) {
            errors.add("report", "funding.error.required");
        }
        BigDecimal c = ApplicationForm.optionalAmount("cofinancingSpent", cofinancing, errors);
        errors.throwIfAny();
        if (repo.report(id, milestoneId, report.strip(), c, user.id()) == 0) {
            throw FundingAccess.notFound("milestone");
        }
    }

    @Transactional
    public void accept(CurrentWorkspace ws, long id, long milestoneId) {
        managed(ws, id);
        repo.accept(id, milestoneId);
    }

    @Transactional
    public void pay(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            long id,
            String milestoneId,
            String paidOn,
            String amount,
            String reference) {
        Grant g = managed(ws, id);
        var errors = new InvalidInput.Collector();
        LocalDate d = date("paidOn", paidOn, errors);
        BigDecimal a = CallForm.amount("amount", amount, errors, false);
        Long m = null;
        if (milestoneId != null && !milestoneId.isBlank()) {
            try {
                long mid = Long.parseLong(milestoneId.strip());
                if (repo.milestones(id).stream().noneMatch(x -> x.id() == mid)) {
                    errors.add("milestoneId", "funding.grant.unknown-milestone");
                }
                m = mid;
            } catch (NumberFormatException e) {
                errors.add("milestoneId", "funding.grant.unknown-milestone");
            }
        }
        if (a != null) {
            if (a.signum() == 0) {
                errors.add("amount", "funding.error.amount");
            } else if (paid(id).add(a).compareTo(g.amount()) > 0) {
                errors.add("amount", "funding.grant.over-paid");
            }
        }
        errors.throwIfAny();
        repo.insertPayment(id, m, d, a, reference == null || reference.isBlank() ? null : reference.strip(), user.id());
        events.publishEvent(new AuditEvent(
                ws.id(), AuditEvent.Action.CREATED, "funding-payment", "" + id, "Payment of " + a.toPlainString()));
    }

    public BigDecimal paid(long grantId) {
        return repo.payments(grantId).stream().map(Domain.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal cofinancingReported(long grantId) {
        return repo.milestones(grantId).stream()
                .map(Domain.Milestone::cofinancingSpent)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Success among decided applications of one group: awarded and decided counts. */
    public record Rate(long awarded, long decided) {

        public int percent() {
            return decided == 0 ? 0 : (int) Math.round(100.0 * awarded / decided);
        }
    }

    /** One call on the dashboard: its budget, what submitted applications request and what was awarded. */
    public record CallLine(
            Domain.Call call, long applications, long submitted, BigDecimal requested, BigDecimal awarded) {}

    /** The funder dashboard's figures. */
    public record Dashboard(
            List<CallLine> lines,
            int calls,
            Map<String, Long> applicationsByStatus,
            Map<Helix, Rate> byHelix,
            Map<String, Rate> byTerritory,
            BigDecimal committed,
            BigDecimal paid,
            BigDecimal cofinancing,
            int grants) {}

    public Dashboard dashboard(CurrentWorkspace ws) {
        ws.require(Permission.MANAGE_PROGRAMME);
        var calls = repo.calls(ws.id());
        List<Application> apps =
                calls.stream().flatMap(c -> repo.applications(c.id()).stream()).toList();
        Map<Long, StakeholderOrganisation> leads = new LinkedHashMap<>();
        access.stakeholders()
                .organisations(
                        ws.id(),
                        apps.stream().map(Application::leadOrgId).distinct().toList())
                .forEach(o -> leads.put(o.id(), o));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<Helix, long[]> helix = new LinkedHashMap<>();
        Map<String, long[]> territory = new java.util.TreeMap<>();
        for (Application a : apps) {
            byStatus.merge(a.statusKey(), 1L, Long::sum);
            if (a.decision() == null) {
                continue;
            }
            var o = leads.get(a.leadOrgId());
            int won = a.decision() == Domain.Decision.AWARDED ? 1 : 0;
            if (o != null && o.helix() != null) {
                long[] h = helix.computeIfAbsent(o.helix(), k -> new long[2]);
                h[0] += won;
                h[1]++;
            }
            String t = o == null || o.territoryCode() == null ? "-" : o.territoryCode();
            long[] r = territory.computeIfAbsent(t, k -> new long[2]);
            r[0] += won;
            r[1]++;
        }
        Map<Helix, Rate> hr = new LinkedHashMap<>();
        helix.forEach((k, v) -> hr.put(k, new Rate(v[0], v[1])));
        Map<String, Rate> tr = new LinkedHashMap<>();
        territory.forEach((k, v) -> tr.put(k, new Rate(v[0], v[1])));
        var grants = repo.grants(ws.id());
        BigDecimal committed = grants.stream().map(Grant::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = grants.stream().map(g -> paid(g.id())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cof = grants.stream().map(g -> cofinancingReported(g.id())).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CallLine> lines = new java.util.ArrayList<>();
        for (var c : calls) {
            var own = apps.stream().filter(a -> a.callId() == c.id()).toList();
            var submitted = own.stream()
                    .filter(a -> a.status() == Domain.Status.SUBMITTED)
                    .toList();
            lines.add(new CallLine(
                    c,
                    own.size(),
                    submitted.size(),
                    submitted.stream()
                            .map(Application::requested)
                            .filter(java.util.Objects::nonNull)
                            .reduce(BigDecimal.ZERO, BigDecimal::add),
                    own.stream()
                            .filter(a -> a.decision() == Domain.Decision.AWARDED)
                            .map(Application::requested)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        return new Dashboard(lines, calls.size(), byStatus, hr, tr, committed, paid, cof, grants.size());
    }
}
