package org.clusterworks.funding.core;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.funding.core.Domain.CostCategory;
import org.clusterworks.funding.eligibility.EligibilityRules;
import org.clusterworks.funding.eligibility.RuleKind;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.DemoData;
import org.clusterworks.identity.WorkspaceRole;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.stakeholders.Stakeholders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo funding in workspace {@code demo}: the cluster innovation fund that Tanzania's programme pairs with its
 * innovative clusters, for the Arusha horticulture cluster. A closed call with six applications (two awarded with
 * grants and milestones, the first with a report and a payment; one on the reserve list, scored by one reviewer
 * because the other is linked to a partner; two rejected; one ineligible because its lead lies outside Arusha
 * region), reviewed by the demo users {@code analyst} and {@code manager}; and an open call with a draft of the demo
 * user {@code member}.
 */
@Component
@Order(50)
class DemoFunding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFunding.class);
    private static final ZoneId TZ = ZoneId.of("Africa/Dar_es_Salaam");

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final FundingRepository repo;
    private final Stakeholders stakeholders;
    private final Initiatives initiatives;
    private final ApplicationService apps;
    private final EvaluationService evaluation;
    private final GrantService grants;

    DemoFunding(
            DemoData demo,
            JdbcClient jdbc,
            FundingRepository repo,
            Stakeholders stakeholders,
            Initiatives initiatives,
            ApplicationService apps,
            EvaluationService evaluation,
            GrantService grants) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.repo = repo;
        this.stakeholders = stakeholders;
        this.initiatives = initiatives;
        this.apps = apps;
        this.evaluation = evaluation;
        this.grants = grants;
    }

    private Long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u")
                .param("u", username)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private AuthenticatedUser user(String username) {
        return new AuthenticatedUser(userId(username), username, username, false);
    }

    private long org(long ws, String name) {
        return stakeholders.byName(ws, name).orElseThrow().id();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(TZ).toInstant();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.active()) {
            return;
        }
        Long wsId = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (wsId == null || !repo.calls(wsId).isEmpty() || userId("analyst") == null) {
            return;
        }
        var arusha = initiatives.all(wsId).stream()
                .filter(i -> i.name().equals("Arusha Horticulture Cluster"))
                .findFirst();
        if (arusha.isEmpty() || stakeholders.byName(wsId, "Kimaro Greens Ltd").isEmpty()) {
            return;
        }
        var ws = new CurrentWorkspace(wsId, "demo", "Demo", WorkspaceRole.ADMIN);
        LocalDate today = LocalDate.now(TZ);
        long closed = call(
                ws,
                arusha.get().id(),
                "Call 2026-1: post-harvest innovation",
                "Appel 2026-1 : innovation post-récolte",
                "Mwito 2026-1: ubunifu baada ya mavuno",
                today.minusDays(70),
                today.minusDays(10),
                "60000000");
        long open = call(
                ws,
                arusha.get().id(),
                "Call 2026-2: digital market access",
                "Appel 2026-2 : accès numérique aux marchés",
                "Mwito 2026-2: upatikanaji wa masoko kidijitali",
                today.minusDays(5),
                today.plusDays(40),
                "80000000");
        for (String reviewer : List.of("analyst", "manager")) {
            repo.addReviewer(closed, userId(reviewer));
            repo.addReviewer(open, userId(reviewer));
        }
        for (long c : List.of(closed, open)) {
            apps.access()
                    .flow()
                    .saveSettings(
                            c,
                            new WorkflowRepository.CallSettings(null, WorkflowRepository.CallKind.INNOVATION_FUND, 2));
        }
        LocalDate submitted = today.minusDays(12);
        long a1 = application(
                ws,
                closed,
                "Shared cold-chain hub at Usa River",
                "Kimaro Greens Ltd",
                List.of(
                        "Nduruma Cold Chain Services",
                        "Usa River Packhouse Cooperative",
                        "Nelson Mandela African Institution of Science and Technology"),
                new long[] {14_000_000, 16_000_000, 12_000_000, 10_000_000},
                "36000000",
                at(submitted, 10));
        long a2 = application(
                ws,
                closed,
                "Biological pest control for Arumeru tomato growers",
                "Meru Fresh Produce Ltd",
                List.of(
                        "Tropical Pesticides Research Institute",
                        "Tengeru Seedlings Co.",
                        "Arusha Horticulture Cluster Association"),
                new long[] {12_000_000, 14_000_000, 8_000_000, 8_000_000},
                "30000000",
                at(submitted, 15));
        application(
                ws,
                closed,
                "Avocado export certification",
                "Kilimanjaro Avocado Growers Ltd",
                List.of("Tanzania Horticultural Association (TAHA)", "Karatu Fruit Processors"),
                new long[] {15_000_000, 8_000_000, 7_000_000},
                "20000000",
                at(submitted.plusDays(1), 9));
        long a4 = application(
                ws,
                closed,
                "Solar drying of fruit at Karatu",
                "Karatu Fruit Processors",
                List.of("Tengeru Institute of Community Development", "Kilimo Women Farmers Network"),
                new long[] {16_000_000, 9_000_000, 9_000_000},
                "25000000",
                at(submitted.plusDays(1), 16));
        long a5 = application(
                ws,
                closed,
                "Soil testing and fertiliser advice for women-led farms",
                "Agro Inputs East Africa Ltd",
                List.of("Tanzania Agricultural Research Institute - Tengeru", "Kilimo Women Farmers Network"),
                new long[] {10_000_000, 7_000_000, 5_000_000},
                "16000000",
                at(submitted.plusDays(1), 11));
        long a6 = application(
                ws,
                closed,
                "Composting flower-farm waste for seedling nurseries",
                "Tengeru Seedlings Co.",
                List.of("Mount Meru Flowers Ltd", "Tengeru Institute of Community Development"),
                new long[] {9_000_000, 4_000_000, 4_000_000},
                "12000000",
                at(submitted.plusDays(2), 10));
        // The draft of the demo member in the open call: consortium started, budget not yet filled in.
        long draft = repo.insertApplication(
                wsId,
                open,
                org(wsId, "Kimaro Greens Ltd"),
                userId("member"),
                "Market price text messages for smallholders");
        // Invited by the lead, not yet accepted: the draft shows the partner as pending.
        apps.invitations().invited(wsId, draft, org(wsId, "Kilimo Women Farmers Network"));
        repo.updateForm(
                draft,
                "Market price text messages for smallholders",
                "Daily wholesale prices from Arusha and Dar es Salaam markets sent to 2,000 smallholders.",
                null,
                null,
                null);

        var analyst = user("analyst");
        var manager = user("manager");
        review(ws, analyst, a1, 5, 4, 4, 4);
        review(ws, manager, a1, 4, 5, 4, 3);
        review(ws, analyst, a2, 4, 4, 3, 3); // the manager is linked to a partner of a2: excluded
        review(ws, analyst, a4, 3, 2, 3, 2);
        review(ws, manager, a4, 2, 3, 2, 3);
        review(ws, analyst, a5, 4, 4, 4, 3);
        review(ws, manager, a5, 4, 3, 4, 4);
        review(ws, analyst, a6, 3, 2, 2, 3);
        review(ws, manager, a6, 2, 2, 3, 2);

        var officer = user("officer");
        evaluation.decide(
                ws,
                officer,
                a1,
                "AWARDED",
                "Ranked first (4.20 of 5): a shared cold store answers the main bottleneck named in the cluster diagnostic.");
        evaluation.decide(
                ws,
                officer,
                a2,
                "RESERVE",
                "Scored by one reviewer (the other is linked to a partner); the remaining budget does not cover the full"
                        + " request.");
        evaluation.decide(
                ws, officer, a4, "REJECTED", "The market for dried fruit and the operating costs are not analysed.");
        evaluation.decide(
                ws,
                officer,
                a5,
                "AWARDED",
                "Within the remaining budget: soil advice reaches the women-led farms the diagnostic found least"
                        + " served.");
        evaluation.decide(
                ws, officer, a6, "REJECTED", "No buyer for the compost is identified and the partners' roles overlap.");
        long second = repo.grantOf(a5).orElseThrow().id();
        grants.addMilestone(
                ws,
                second,
                "Soil laboratory equipped and staff trained",
                today.plusMonths(2).toString(),
                "7000000");
        grants.addMilestone(
                ws,
                second,
                "600 farms tested and advised, final report",
                today.plusMonths(10).toString(),
                "9000000");
        long grant = repo.grantOf(a1).orElseThrow().id();
        grants.addMilestone(
                ws,
                grant,
                "Site agreement and cold-room design approved",
                today.minusDays(1).toString(),
                "12000000");
        grants.addMilestone(
                ws,
                grant,
                "Cold room installed and commissioned",
                today.plusMonths(5).toString(),
                "16000000");
        grants.addMilestone(
                ws,
                grant,
                "First season: 400 tonnes stored, final report",
                today.plusMonths(11).toString(),
                "8000000");
        var m1 = repo.milestones(grant).get(0);
        grants.report(
                ws,
                user("member"),
                grant,
                m1.id(),
                "Site lease signed with the packhouse cooperative; cold-room design approved by the partners.",
                "4500000");
        grants.accept(ws, grant, m1.id());
        grants.pay(ws, officer, grant, Long.toString(m1.id()), today.toString(), "12000000", "Tranche 1");
        log.info("Demo mode: created two funding calls, seven applications and two grants in workspace 'demo'.");
    }

    private long call(
            CurrentWorkspace ws,
            long initiative,
            String en,
            String fr,
            String sw,
            LocalDate opens,
            LocalDate closes,
            String budget) {
        Call c = new CallForm(
                        "COSTECH/SIDO innovative clusters programme: cluster innovation fund",
                        "Arusha Horticulture Innovation Fund, " + en,
                        "Fonds d'innovation horticole d'Arusha, " + fr,
                        "Mfuko wa Ubunifu wa Kilimo cha Bustani Arusha, " + sw,
                        "Grants for collaborative innovation projects of members of the Arusha horticulture cluster:"
                                + " consortia of at least three organisations with at least two helix roles and an SME,"
                                + " led by a cluster member in Arusha region, co-financing at least 25 % of the cost.",
                        "Subventions pour des projets d'innovation collaboratifs des membres du cluster horticole"
                                + " d'Arusha.",
                        "Ruzuku kwa miradi ya ubunifu ya pamoja ya wanachama wa klasta ya kilimo cha bustani Arusha.",
                        "TZS",
                        budget,
                        "40000000",
                        "25",
                        TZ.getId(),
                        opens.atTime(9, 0).toString(),
                        closes.atTime(17, 0).toString(),
                        Long.toString(initiative),
                        "0",
                        "5")
                .toCall(0, ws.id());
        long id = repo.insertCall(c, userId("officer"));
        Map<RuleKind, Map<String, String>> rules = new java.util.LinkedHashMap<>();
        rules.put(RuleKind.MIN_PARTNERS, Map.of("min", "3"));
        rules.put(RuleKind.MIN_HELIX_ROLES, Map.of("min", "2"));
        rules.put(RuleKind.MIN_SMES, Map.of("min", "1"));
        rules.put(RuleKind.LEAD_IN_TERRITORY, Map.of("codes", "TZ-01"));
        rules.put(RuleKind.INITIATIVE_MEMBERS, Map.of("initiativeId", Long.toString(initiative), "all", "false"));
        rules.put(RuleKind.MAX_PARTNER_SHARE, Map.of("maxPct", "60"));
        rules.put(RuleKind.MAX_GRANT, Map.of("max", "40000000"));
        rules.put(RuleKind.MIN_COFINANCING, Map.of("minPct", "25"));
        rules.forEach((k, p) -> repo.insertRule(id, EligibilityRules.of(k, p)));
        repo.insertDocType(id, "Partnership letter signed by every partner", "pdf", 10);
        repo.insertCriterion(id, "Innovation", "Novelty for the cluster and the region", new BigDecimal("30"));
        repo.insertCriterion(
                id, "Impact on the cluster", "Members reached, jobs, income, women and youth", new BigDecimal("30"));
        repo.insertCriterion(
                id,
                "Quality of the consortium",
                "Complementary roles, triple helix, SME leadership",
                new BigDecimal("20"));
        repo.insertCriterion(id, "Feasibility and budget", "Work plan, costs and co-financing", new BigDecimal("20"));
        return id;
    }

    /** A submitted application: costs per partner (lead first) spread over personnel, equipment and other. */
    private long application(
            CurrentWorkspace ws,
            long callId,
            String title,
            String lead,
            List<String> partners,
            long[] costs,
            String requested,
            Instant submittedAt) {
        long id = repo.insertApplication(ws.id(), callId, org(ws.id(), lead), null, title);
        partners.forEach(p -> repo.addPartner(id, org(ws.id(), p)));
        List<Long> ids = repo.partners(id);
        for (int i = 0; i < ids.size(); i++) {
            BigDecimal total = BigDecimal.valueOf(costs[i]);
            BigDecimal personnel = total.multiply(new BigDecimal("0.5"));
            BigDecimal equipment = total.multiply(new BigDecimal("0.3"));
            repo.setCost(id, ids.get(i), CostCategory.PERSONNEL, personnel);
            repo.setCost(id, ids.get(i), CostCategory.EQUIPMENT, equipment);
            repo.setCost(
                    id,
                    ids.get(i),
                    CostCategory.OTHER,
                    total.subtract(personnel).subtract(equipment));
        }
        repo.updateForm(
                id,
                title,
                title + ": a joint project of " + lead + " and " + String.join(", ", partners) + ".",
                "Raise the income of cluster members and cut post-harvest losses.",
                "Month 1-3: preparation. Month 4-9: investment and pilots. Month 10-12: results and dissemination.",
                new BigDecimal(requested));
        long doc = repo.docTypes(callId).get(0).id();
        repo.replaceDocument(
                id,
                doc,
                "partnership-letter.pdf",
                "application/pdf",
                ("%PDF-1.4\n% Partnership letter for " + title + "\n").getBytes(StandardCharsets.UTF_8),
                null);
        apps.record(ws.id(), repo.application(ws.id(), id).orElseThrow(), submittedAt, null);
        return id;
    }

    private void review(CurrentWorkspace ws, AuthenticatedUser reviewer, long id, int... scores) {
        evaluation.declare(ws, reviewer, id, false, null);
        Map<String, String> fields = new HashMap<>();
        var criteria = repo.criteria(repo.application(ws.id(), id).orElseThrow().callId());
        for (int i = 0; i < criteria.size(); i++) {
            fields.put("score_" + criteria.get(i).id(), Integer.toString(scores[i]));
            fields.put("comment_" + criteria.get(i).id(), i == 0 ? "Clear and relevant for the cluster." : "");
        }
        evaluation.score(ws, reviewer, id, fields);
    }
}
