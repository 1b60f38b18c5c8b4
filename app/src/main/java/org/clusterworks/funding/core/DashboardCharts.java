package org.clusterworks.funding.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.funding.core.Domain.Decision;
import org.clusterworks.funding.core.Domain.PartnerBudget;
import org.clusterworks.funding.evaluation.Scoring;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The funder dashboard's charts (as one JSON document for {@code static/js/funding-dashboard.js}) and the figures
 * funders report on a grant scheme: leverage and co-financing share of awarded projects, disbursement, success rate,
 * over-subscription, organisations and SMEs reached.
 */
@Component
class DashboardCharts {

    private final FundingAccess access;
    private final GrantService grants;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    DashboardCharts(FundingAccess access, GrantService grants, MessageSource messages) {
        this.access = access;
        this.grants = grants;
        this.messages = messages;
    }

    /**
     * Figures of the awarded projects (sums over all calls, in their own currencies, not converted).
     *
     * @param awarded projects awarded
     * @param grant grants committed
     * @param totalCost eligible cost of the awarded projects
     * @param cofinancing committed co-financing: total cost minus grant
     * @param cofinancingPct co-financing as a share of the total cost (%), null without awards
     * @param leverage co-financing per unit of grant (private money mobilised per unit of public money), or null
     * @param paid payments made
     * @param disbursedPct paid as a share of the grants (%), or null
     * @param successPct awarded as a share of decided applications (%), or null
     * @param oversubscription grant requested by submitted applications divided by the calls' budgets, or null
     * @param organisations distinct organisations in awarded consortia
     * @param smes of which SMEs
     * @param averageGrant mean grant, or null
     */
    record Figures(
            int awarded,
            BigDecimal grant,
            BigDecimal totalCost,
            BigDecimal cofinancing,
            BigDecimal cofinancingPct,
            BigDecimal leverage,
            BigDecimal paid,
            BigDecimal disbursedPct,
            BigDecimal successPct,
            BigDecimal oversubscription,
            int organisations,
            int smes,
            BigDecimal averageGrant) {}

    private static BigDecimal ratio(BigDecimal a, BigDecimal b, int scale) {
        return b == null || b.signum() == 0
                ? null
                : a.divide(b, MathContext.DECIMAL64).setScale(scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal pct(BigDecimal a, BigDecimal b) {
        return b == null || b.signum() == 0
                ? null
                : a.multiply(BigDecimal.valueOf(100)).divide(b, 1, RoundingMode.HALF_UP);
    }

    Figures figures(long workspaceId) {
        FundingRepository repo = access.repo();
        BigDecimal grant = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal requested = BigDecimal.ZERO;
        int awarded = 0;
        int decided = 0;
        Set<Long> orgs = new HashSet<>();
        for (Call c : repo.calls(workspaceId)) {
            budget = budget.add(c.budget());
            for (Application a : repo.applications(c.id())) {
                if (a.status() == Domain.Status.SUBMITTED && a.requested() != null) {
                    requested = requested.add(a.requested());
                }
                if (a.decision() != null) {
                    decided++;
                }
                var g = repo.grantOf(a.id());
                if (a.decision() != Decision.AWARDED || g.isEmpty()) {
                    continue;
                }
                awarded++;
                grant = grant.add(g.get().amount());
                total = total.add(repo.budget(a.id()).stream()
                        .map(PartnerBudget::total)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
                paid = paid.add(grants.paid(g.get().id()));
                orgs.addAll(repo.partners(a.id()));
            }
        }
        BigDecimal cof = total.subtract(grant).max(BigDecimal.ZERO);
        int smes = (int) access.stakeholders().organisations(workspaceId, orgs).stream()
                .filter(o -> o.sme())
                .count();
        return new Figures(
                awarded,
                grant,
                total,
                cof,
                pct(cof, total),
                ratio(cof, grant, 2),
                paid,
                pct(paid, grant),
                pct(BigDecimal.valueOf(awarded), BigDecimal.valueOf(decided)),
                ratio(requested, budget, 2),
                orgs.size(),
                smes,
                awarded == 0 ? null : grant.divide(BigDecimal.valueOf(awarded), 0, RoundingMode.HALF_UP));
    }

    /**
     * Chart labels for the calls: their titles without the beginning they all share up to a comma (e.g. the fund's
     * name in "Arusha Horticulture Innovation Fund, Call 2026-1: ..."), as chart labels are narrow.
     */
    static List<String> shortTitles(List<String> titles) {
        if (titles.size() < 2) {
            return titles;
        }
        String first = titles.get(0);
        String best = "";
        for (int i = first.indexOf(", "); i > 0; i = first.indexOf(", ", i + 2)) {
            String p = first.substring(0, i + 2);
            if (!titles.stream().allMatch(t -> t.startsWith(p) && t.length() > p.length())) {
                break;
            }
            best = p;
        }
        int n = best.length();
        return titles.stream().map(t -> t.substring(n)).toList();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The charts' data: status counts, budget per call, reviewers' score distribution, co-financing per grant. */
    String charts(long workspaceId, GrantService.Dashboard d, Locale locale) {
        FundingRepository repo = access.repo();
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> statusLabels = new ArrayList<>();
        List<Long> statusValues = new ArrayList<>();
        d.applicationsByStatus().forEach((k, v) -> {
            statusLabels.add(msg(k, locale));
            statusValues.add(v);
        });
        out.put("status", Map.of("labels", statusLabels, "values", statusValues));

        List<String> callLabels = new ArrayList<>();
        List<BigDecimal> budget = new ArrayList<>();
        List<BigDecimal> requested = new ArrayList<>();
        List<BigDecimal> awardedAmounts = new ArrayList<>();
        List<String> currencies = new ArrayList<>();
        for (GrantService.CallLine l : d.lines()) {
            currencies.add(l.call().currency());
            callLabels.add(l.call().title(locale));
            budget.add(l.call().budget());
            requested.add(l.requested());
            awardedAmounts.add(l.awarded());
        }
        List<String> shortCalls = shortTitles(callLabels);
        callLabels = new ArrayList<>();
        for (int i = 0; i < shortCalls.size(); i++) {
            callLabels.add(shortCalls.get(i) + " (" + currencies.get(i) + ")");
        }
        out.put(
                "calls",
                Map.of(
                        "labels", callLabels,
                        "budget", budget,
                        "requested", requested,
                        "awarded", awardedAmounts,
                        "names",
                                List.of(
                                        msg("funding.call.budget", locale),
                                        msg("funding.dashboard.requested", locale),
                                        msg("funding.dashboard.awarded", locale))));

        TreeMap<Integer, Map<String, Integer>> byScore = new TreeMap<>();
        List<String> scoreSeries = new ArrayList<>();
        for (Call c : repo.calls(workspaceId)) {
            for (int s = c.scaleMin(); s <= c.scaleMax(); s++) {
                byScore.computeIfAbsent(s, k -> new LinkedHashMap<>());
            }
            List<Scoring.Criterion> criteria = repo.criteria(c.id()).stream()
                    .map(k -> new Scoring.Criterion(k.id(), k.weight()))
                    .toList();
            String name = c.title(locale);
            boolean any = false;
            for (Application a : repo.applications(c.id())) {
                Map<Long, Map<Long, Integer>> byUser = new LinkedHashMap<>();
                repo.scores(a.id())
                        .forEach(s -> byUser.computeIfAbsent(s.userId(), k -> new LinkedHashMap<>())
                                .put(s.criterionId(), s.score()));
                for (Map<Long, Integer> scores : byUser.values()) {
                    var w = Scoring.weighted(criteria, scores);
                    if (w.isPresent()) {
                        int bin = w.get().setScale(0, RoundingMode.HALF_UP).intValue();
                        byScore.computeIfAbsent(bin, k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
                        any = true;
                    }
                }
            }
            if (any) {
                scoreSeries.add(name);
            }
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (String name : scoreSeries) {
            List<Integer> data = new ArrayList<>();
            byScore.values().forEach(m -> data.add(m.getOrDefault(name, 0)));
            series.add(Map.of("name", name, "data", data));
        }
        out.put(
                "scores",
                Map.of(
                        "labels",
                        byScore.keySet().stream().map(String::valueOf).toList(),
                        "series",
                        series,
                        "axis",
                        msg("funding.chart.score-axis", locale),
                        "count",
                        msg("funding.chart.reviews", locale)));

        List<String> grantLabels = new ArrayList<>();
        List<BigDecimal> grantAmounts = new ArrayList<>();
        List<BigDecimal> cofinancing = new ArrayList<>();
        for (Domain.Grant g : repo.grants(workspaceId)) {
            BigDecimal total = repo.budget(g.applicationId()).stream()
                    .map(PartnerBudget::total)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            grantLabels.add(g.agreementRef());
            grantAmounts.add(g.amount());
            cofinancing.add(total.subtract(g.amount()).max(BigDecimal.ZERO));
        }
        out.put(
                "cofinancing",
                Map.of(
                        "labels", grantLabels,
                        "grant", grantAmounts,
                        "cofinancing", cofinancing,
                        "names",
                                List.of(msg("funding.chart.grant", locale), msg("funding.chart.cofinancing", locale))));
        return json.writeValueAsString(out);
    }
}
