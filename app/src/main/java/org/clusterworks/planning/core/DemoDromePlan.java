package org.clusterworks.planning.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterworks.identity.DemoData;
import org.clusterworks.initiatives.EndorsedDocument;
import org.clusterworks.initiatives.Endorsements;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.planning.core.SwotLookup.Swot;
import org.clusterworks.planning.implementation.EventInput;
import org.clusterworks.planning.implementation.ImplementationRepository;
import org.clusterworks.planning.plan.ActionLineInput;
import org.clusterworks.planning.plan.PlanExports;
import org.clusterworks.planning.plan.PlanRepository;
import org.clusterworks.planning.plan.PlanService;
import org.clusterworks.shared.InvalidInput;
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
 * The Drôme-Ardèche agri-food cluster's plan in workspace {@code demo}: a vision, four objectives (shared R&D at the
 * Valence food lab, skills, energy and packaging, export), eight action lines in EUR with owners, partners, members'
 * and funders' shares (Région Auvergne-Rhône-Alpes, ADEME, Bpifrance, OPCO, Team France Export) and milestones, one
 * saved draft version, the plan submitted as PDF to the cluster's board and endorsed by it, and a public open day at
 * the food lab's pilot plant. Objectives are linked to the diagnostic's SWOT items of the initiative when it has any.
 * Dates are relative to the day the demo is seeded.
 */
@Component
@Order(76)
class DemoDromePlan implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDromePlan.class);
    private static final String BY = "Claire Martin";
    static final String NAME = "Drôme-Ardèche Agri-Food Cluster";

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final Initiatives initiatives;
    private final Stakeholders stakeholders;
    private final PlanRepository plans;
    private final PlanService planService;
    private final ImplementationRepository implementation;
    private final SwotLookup swot;
    private final Endorsements endorsements;
    private final PlanExports exports;

    DemoDromePlan(
            DemoData demo,
            JdbcClient jdbc,
            Initiatives initiatives,
            Stakeholders stakeholders,
            PlanRepository plans,
            PlanService planService,
            ImplementationRepository implementation,
            SwotLookup swot,
            Endorsements endorsements,
            PlanExports exports) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
        this.plans = plans;
        this.planService = planService;
        this.implementation = implementation;
        this.swot = swot;
        this.endorsements = endorsements;
        this.exports = exports;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.active()) {
            return;
        }
        Long ws = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (ws == null) {
            return;
        }
        InitiativeSummary drome = initiatives.all(ws).stream()
                .filter(i -> i.name().equals(NAME))
                .findFirst()
                .orElse(null);
        if (drome == null) {
            return;
        }
        if (plans.objectives(drome.id()).isEmpty()) {
            seed(ws, drome);
            log.info("Demo mode: seeded the Drôme-Ardèche action plan and its public open day.");
        }
        endorse(ws, drome);
    }

    /**
     * Submits the plan as it stands to the cluster's board (its only governance body) and records the board's
     * endorsement, as the Arusha demo does with its commission. Skipped once anything was submitted, so that a
     * later submission by people is left alone.
     */
    private void endorse(long ws, InitiativeSummary drome) {
        if (initiatives
                .latestEndorsement(ws, drome.id(), EndorsedDocument.ACTION_PLAN)
                .isPresent()) {
            return;
        }
        long manager = jdbc.sql("select id from app_user where username = 'manager'")
                .query(Long.class)
                .optional()
                .orElseThrow();
        planService.submitForSeeding(drome, exports::pdf, manager, BY);
        endorsements.decide(
                ws,
                drome.id(),
                EndorsedDocument.ACTION_PLAN,
                true,
                "Board secretary",
                "Endorsed by the board at its spring meeting; the packaging tender waits for the energy audits.");
        log.info("Demo mode: the Drôme-Ardèche action plan is submitted and endorsed by its board.");
    }

    private String orgId(long ws, String name) {
        return Long.toString(stakeholders.byName(ws, name).orElseThrow().id());
    }

    private String personOf(long ws, String orgName) {
        var people = stakeholders.peopleOf(ws, List.of(Long.valueOf(orgId(ws, orgName))));
        return people.isEmpty() ? null : Long.toString(people.get(0).id());
    }

    private static List<String> swotAbout(List<Swot> items, String... words) {
        List<String> out = new ArrayList<>();
        for (Swot s : items) {
            String t = s.title().toLowerCase(Locale.ROOT);
            if (java.util.Arrays.stream(words).anyMatch(t::contains)) {
                out.add(Long.toString(s.id()));
            }
        }
        return out;
    }

    private long objective(long ws, long init, String code, String title, String text, List<String> swotIds) {
        long id = plans.insertObjective(ws, init, code, title, text, "AGREED");
        plans.setObjectiveSwot(id, swotIds.stream().map(Long::valueOf).toList());
        return id;
    }

    /** One action line; {@code funders} alternate name and share, {@code milestones} title and due date. */
    private long line(
            long ws,
            long init,
            long objective,
            String code,
            String title,
            String owner,
            List<String> partners,
            LocalDate start,
            LocalDate end,
            String budget,
            String members,
            List<String> funders,
            String status,
            Object... milestones) {
        List<String> names = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        for (int k = 0; k < funders.size(); k += 2) {
            names.add(funders.get(k));
            shares.add(funders.get(k + 1));
        }
        var v = new ActionLineInput(
                        Long.toString(objective),
                        code,
                        title,
                        null,
                        orgId(ws, owner),
                        personOf(ws, owner),
                        start.toString(),
                        end.toString(),
                        budget,
                        "EUR",
                        members,
                        status,
                        names,
                        shares,
                        partners.stream().map(p -> orgId(ws, p)).toList(),
                        List.of())
                .check(new InvalidInput.Collector());
        long id = plans.insertLine(ws, init, v);
        plans.setFunders(id, v.funders());
        plans.setPartners(id, v.partnerIds());
        for (int k = 0; k < milestones.length; k += 2) {
            long m = plans.insertMilestone(id, (String) milestones[k], (LocalDate) milestones[k + 1]);
            if (((LocalDate) milestones[k + 1]).isBefore(LocalDate.now())) {
                plans.setMilestoneDone(id, m, true);
            }
        }
        return id;
    }

    private void seed(long ws, InitiativeSummary drome) {
        long init = drome.id();
        LocalDate t = LocalDate.now();
        LocalDate s = t.minusMonths(4).withDayOfMonth(1);
        List<Swot> items = swot.items(ws, init);
        plans.saveVision(
                ws,
                init,
                "By 2030 the food processors of the Drôme and Ardèche turn the region's fruit, chestnuts and milk into"
                        + " products that win in French and export markets: they innovate together with the Valence"
                        + " food lab, train and keep skilled people, halve the energy and packaging footprint of"
                        + " their plants and prospect abroad as one cluster.",
                BY);
        plans.insertComment(
                init,
                null,
                null,
                "Sophie Blanc",
                "Say 'protected-origin products' too: Bleu du Vercors and Châtaigne d’Ardèche sell on their origin.");
        String region = "Région Auvergne-Rhône-Alpes";
        long o1 = objective(
                ws,
                init,
                "O1",
                "Innovate together with the Valence food lab",
                "Pilot-plant trials and shared R&D projects so that SMEs launch products they could not develop"
                        + " alone.",
                swotAbout(items, "research", "innovation", "r&d", "lab"));
        long o2 = objective(
                ws,
                init,
                "O2",
                "Train and keep skilled production staff",
                "Apprenticeships and shared training for operators and maintenance technicians, the jobs plants"
                        + " struggle most to fill.",
                swotAbout(items, "skill", "recruit", "staff", "training"));
        long o3 = objective(
                ws,
                init,
                "O3",
                "Halve the energy and packaging footprint of members' plants",
                "Collective energy audits, heat recovery and recyclable packaging bought together.",
                swotAbout(items, "energy", "packag", "waste", "carbon"));
        long o4 = objective(
                ws,
                init,
                "O4",
                "Prospect export markets as one cluster",
                "Joint stands and missions for origin products, with export working capital from the cluster's"
                        + " bank member.",
                swotAbout(items, "export", "market", "international"));
        plans.insertComment(
                init,
                o3,
                null,
                "Julien Roux",
                "The autoclaves in Romans are our largest energy use; heat recovery there pays back in three years.");

        line(
                ws,
                init,
                o1,
                "A1.1",
                "Pilot-plant days for SME product trials",
                "Institut Agro Valence Food Lab",
                List.of("Conserverie de la Drôme SAS", "Ardèche Châtaignes SARL", "Biscuiterie Valentinoise"),
                s,
                s.plusMonths(24).minusDays(1),
                "240000",
                "30",
                List.of(region, "50", "ERDF (FEDER) Auvergne-Rhône-Alpes", "20"),
                "ONGOING",
                "Trial protocol and pricing agreed",
                s.plusMonths(2),
                "Ten SME trials completed",
                s.plusMonths(14));
        line(
                ws,
                init,
                o1,
                "A1.2",
                "Chestnut by-products into fibre-rich flours (R&D project)",
                "Ardèche Châtaignes SARL",
                List.of("Institut Agro Valence Food Lab", "Biscuiterie Valentinoise"),
                t.plusMonths(2).withDayOfMonth(1),
                t.plusMonths(26),
                "180000",
                "40",
                List.of("Bpifrance innovation aid", "45"),
                "PLANNED",
                "Consortium agreement signed",
                t.plusMonths(3),
                "First biscuit recipe with chestnut fibre",
                t.plusMonths(14));
        line(
                ws,
                init,
                o2,
                "A2.1",
                "Shared apprenticeships for production operators",
                "Valence Agri-Food Cluster",
                List.of(
                        "Agglomération Valence Romans Développement",
                        "Biscuiterie Valentinoise",
                        "Fromagerie du Vercors"),
                s.plusMonths(1),
                s.plusMonths(25),
                "95000",
                "25",
                List.of("OPCO OCAPIAT", "50", region, "25"),
                "ONGOING",
                "Twelve apprentices recruited",
                s.plusMonths(3),
                "First cohort certified",
                s.plusMonths(23));
        line(
                ws,
                init,
                o2,
                "A2.2",
                "Shared maintenance-technician course on autoclaves and packaging lines",
                "Fromagerie du Vercors",
                List.of("Conserverie de la Drôme SAS", "Biscuiterie Valentinoise", "Institut Agro Valence Food Lab"),
                t.plusMonths(2).withDayOfMonth(1),
                t.plusMonths(14),
                "48000",
                "35",
                List.of("OPCO OCAPIAT", "50"),
                "PLANNED",
                "Course content agreed with the plants",
                t.plusMonths(3),
                "First sixteen technicians trained",
                t.plusMonths(12));
        line(
                ws,
                init,
                o3,
                "A3.1",
                "Collective energy audit and heat recovery in twelve plants",
                "Valence Agri-Food Cluster",
                List.of("Conserverie de la Drôme SAS", "Fromagerie du Vercors", "Biscuiterie Valentinoise"),
                s,
                s.plusMonths(18),
                "120000",
                "30",
                List.of("ADEME", "50", region, "20"),
                "ONGOING",
                "Audits of twelve plants",
                s.plusMonths(5),
                "Heat-recovery investment plan",
                s.plusMonths(10));
        line(
                ws,
                init,
                o3,
                "A3.2",
                "Recyclable packaging bought together",
                "Biscuiterie Valentinoise",
                List.of("Conserverie de la Drôme SAS", "Ardèche Châtaignes SARL"),
                t.plusMonths(1).withDayOfMonth(1),
                t.plusMonths(13),
                "60000",
                "70",
                List.of(region, "30"),
                "PLANNED",
                "Joint tender published",
                t.plusMonths(4));
        line(
                ws,
                init,
                o4,
                "A4.1",
                "Joint stand at SIAL Paris and a Nordic export mission",
                "Valence Agri-Food Cluster",
                List.of("Fromagerie du Vercors", "Ardèche Châtaignes SARL", "Conserverie de la Drôme SAS"),
                t.plusMonths(3).withDayOfMonth(1),
                t.plusMonths(15),
                "150000",
                "40",
                List.of("Team France Export (Business France)", "30", region, "30"),
                "PLANNED",
                "Stand booked at SIAL",
                t.plusMonths(4),
                "Mission to Copenhagen and Stockholm",
                t.plusMonths(12));
        line(
                ws,
                init,
                o4,
                "A4.2",
                "Export working-capital desk for members",
                "Crédit Agricole Sud Rhône Alpes - Agri Desk",
                List.of("Valence Agri-Food Cluster"),
                t.minusMonths(1).withDayOfMonth(1),
                t.plusMonths(11),
                "40000",
                "20",
                List.of("Crédit Agricole Sud Rhône Alpes - Agri Desk", "80"),
                "ONGOING",
                "Desk open to members",
                t.plusMonths(1));
        plans.insertVersion(init, "Draft approved by the board for consultation", planService.snapshotJson(drome), BY);

        long open = implementation.insertEvent(
                ws,
                init,
                new EventInput(
                                null,
                                "Open day at the Valence food lab pilot plant",
                                "SEMINAR",
                                LocalDateTime.of(t.plusDays(18), LocalTime.of(9, 30))
                                        .toString(),
                                LocalDateTime.of(t.plusDays(18), LocalTime.of(16, 0))
                                        .toString(),
                                "Institut Agro, Valence",
                                "25",
                                "Visit the pilot plant, see three SME product trials and meet the lab's engineers.")
                        .check(new InvalidInput.Collector()));
        implementation.setPublic(open, true);
    }
}
