package org.clusterworks.planning.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.identity.DemoData;
import org.clusterworks.initiatives.EndorsedDocument;
import org.clusterworks.initiatives.Endorsements;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.planning.core.SwotLookup.Swot;
import org.clusterworks.planning.implementation.EventInput;
import org.clusterworks.planning.implementation.ImplementationRepository;
import org.clusterworks.planning.implementation.JointActionInput;
import org.clusterworks.planning.implementation.PublicEvents;
import org.clusterworks.planning.implementation.PublicRegistrationInput;
import org.clusterworks.planning.matchmaking.Matching;
import org.clusterworks.planning.matchmaking.MatchmakingRepository;
import org.clusterworks.planning.plan.ActionLineInput;
import org.clusterworks.planning.plan.PlanExports;
import org.clusterworks.planning.plan.PlanRepository;
import org.clusterworks.planning.plan.PlanService;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.StakeholderPerson;
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
 * The Arusha horticulture cluster's vision and action plan in workspace {@code demo}: four objectives, nine action
 * lines with owners, partners, budgets in TZS, co-financing shares and milestones, two saved plan versions, three
 * joint actions, two events with registrations and attendance, and offers and requests for matchmaking. Objectives
 * and lines are linked to the diagnostic's SWOT items whose titles mention their theme, when the diagnostic has any.
 * Dates are relative to the day the demo is seeded.
 */
@Component
@Order(75)
class DemoPlanning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);
    private static final String BY = "Daudi Mwakyusa";

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final Initiatives initiatives;
    private final Stakeholders stakeholders;
    private final PlanRepository plans;
    private final PlanService planService;
    private final ImplementationRepository implementation;
    private final MatchmakingRepository matchmaking;
    private final SwotLookup swot;
    private final Endorsements endorsements;
    private final PlanExports exports;
    private final PublicEvents publicEvents;

    DemoPlanning(
            DemoData demo,
            JdbcClient jdbc,
            Initiatives initiatives,
            Stakeholders stakeholders,
            PlanRepository plans,
            PlanService planService,
            ImplementationRepository implementation,
            MatchmakingRepository matchmaking,
            SwotLookup swot,
            Endorsements endorsements,
            PlanExports exports,
            PublicEvents publicEvents) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
        this.plans = plans;
        this.planService = planService;
        this.implementation = implementation;
        this.matchmaking = matchmaking;
        this.swot = swot;
        this.endorsements = endorsements;
        this.exports = exports;
        this.publicEvents = publicEvents;
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
        InitiativeSummary arusha = initiatives.all(ws).stream()
                .filter(i -> i.name().equals("Arusha Horticulture Cluster"))
                .findFirst()
                .orElse(null);
        if (arusha == null) {
            return;
        }
        if (plans.objectives(arusha.id()).isEmpty()) {
            seed(ws, arusha);
            log.info("Demo mode: seeded the Arusha action plan, joint actions, events and matchmaking posts.");
        }
        endorse(ws, arusha);
    }

    /**
     * Takes the Arusha plan through governance as people would: the commission returns the draft the initiatives
     * demo submitted, the plan as it now stands is submitted as PDF and the commission endorses it. Skipped once
     * endorsed.
     */
    private void endorse(long ws, InitiativeSummary arusha) {
        var state = initiatives.latestEndorsement(ws, arusha.id(), EndorsedDocument.ACTION_PLAN);
        if (state.isPresent() && state.get().endorsed()) {
            return;
        }
        if (state.isPresent() && "SUBMITTED".equals(state.get().status())) {
            endorsements.decide(
                    ws,
                    arusha.id(),
                    EndorsedDocument.ACTION_PLAN,
                    false,
                    "Commission secretary",
                    "Link every objective to the diagnostic and re-cost the Usa River cold room before endorsement.");
        }
        long manager = jdbc.sql("select id from app_user where username = 'manager'")
                .query(Long.class)
                .optional()
                .orElseThrow();
        planService.submitForSeeding(arusha, exports::pdf, manager, BY);
        endorsements.decide(
                ws,
                arusha.id(),
                EndorsedDocument.ACTION_PLAN,
                true,
                "Commission secretary",
                "Endorsed by the commission; the re-costed cold room (TZS 420 million) is accepted.");
        log.info("Demo mode: the Arusha action plan is submitted and endorsed by its commission.");
    }

    private long org(long ws, String name) {
        return stakeholders.byName(ws, name).orElseThrow().id();
    }

    private String orgId(long ws, String name) {
        return Long.toString(org(ws, name));
    }

    private String personOf(long ws, String orgName) {
        var people = stakeholders.peopleOf(ws, List.of(org(ws, orgName)));
        return people.isEmpty() ? null : Long.toString(people.get(0).id());
    }

    /** The ids of the SWOT items whose title mentions one of the words, as strings for a form. */
    private static List<String> swotAbout(List<Swot> items, String kind, String... words) {
        List<String> out = new ArrayList<>();
        for (Swot s : items) {
            String t = s.title().toLowerCase(Locale.ROOT);
            if ((kind == null || kind.equals(s.kind()))
                    && java.util.Arrays.stream(words).anyMatch(t::contains)) {
                out.add(Long.toString(s.id()));
            }
        }
        return out;
    }

    private static List<Long> ids(List<String> s) {
        return s.stream().map(Long::valueOf).toList();
    }

    private long objective(long ws, long init, String code, String title, String text, List<String> swotIds) {
        long id = plans.insertObjective(ws, init, code, title, text, "AGREED");
        plans.setObjectiveSwot(id, ids(swotIds));
        return id;
    }

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
            Map<String, String> funders,
            String status,
            List<String> swotIds,
            Object... milestones) {
        var v = new ActionLineInput(
                        objective < 0 ? null : Long.toString(objective),
                        code,
                        title,
                        null,
                        orgId(ws, owner),
                        personOf(ws, owner),
                        start.toString(),
                        end.toString(),
                        budget,
                        "TZS",
                        members,
                        status,
                        List.copyOf(funders.keySet()),
                        List.copyOf(funders.values()),
                        partners.stream().map(p -> orgId(ws, p)).toList(),
                        swotIds)
                .check(new InvalidInput.Collector());
        long id = plans.insertLine(ws, init, v);
        plans.setFunders(id, v.funders());
        plans.setPartners(id, v.partnerIds());
        plans.setLineSwot(id, v.swotItemIds());
        for (int k = 0; k < milestones.length; k += 3) {
            long m = plans.insertMilestone(id, (String) milestones[k], (LocalDate) milestones[k + 1]);
            if ((Boolean) milestones[k + 2]) {
                plans.setMilestoneDone(id, m, true);
            }
        }
        return id;
    }

    private static Map<String, String> shares(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            m.put(pairs[k], pairs[k + 1]);
        }
        return m;
    }

    private void seed(long ws, InitiativeSummary arusha) {
        long init = arusha.id();
        LocalDate t = LocalDate.now();
        List<Swot> items = swot.items(ws, init);
        plans.saveVision(
                ws,
                init,
                "By 2030 the Arusha horticulture cluster is East Africa's reference for safe, traceable fresh produce:"
                        + " growers, packhouses and processors meet export standards together, lose less after"
                        + " harvest, and share the value they add with smallholders and women farmers.",
                BY);
        plans.insertComment(
                init, null, null, "Esther Kimaro", "Please name women farmers explicitly; they are half our growers.");

        long o1 = objective(
                ws,
                init,
                "O1",
                "Meet export quality standards together",
                "Group certification, residue testing and joint promotion so that members reach EU and regional"
                        + " buyers.",
                swotAbout(items, null, "standard", "certif", "quality", "market", "export"));
        long o2 = objective(
                ws,
                init,
                "O2",
                "Cut post-harvest losses with a shared cold chain",
                "Shared cold rooms, crates and handling skills between farm gate and packhouse.",
                swotAbout(items, null, "cold", "loss", "post-harvest", "storage"));
        long o3 = objective(
                ws,
                init,
                "O3",
                "Bring research into growers' fields",
                "Improved seedlings and integrated pest management tested with TARI Tengeru and NM-AIST.",
                swotAbout(items, null, "research", "seed", "pest", "innovation", "skill"));
        long o4 = objective(
                ws,
                init,
                "O4",
                "Open finance to SMEs and women-led farms",
                "Input credit and leasing adapted to the season, through the cluster's finance members.",
                swotAbout(items, null, "finance", "credit", "loan", "women"));
        plans.insertComment(
                init,
                o2,
                null,
                "Paulo Kimaro",
                "The Usa River cold room is where our beans wait longest; start there.");

        LocalDate s = t.minusMonths(8).withDayOfMonth(1);
        line(
                ws,
                init,
                o1,
                "A1.1",
                "Group GlobalG.A.P. certification for 40 smallholders",
                "Tanzania Horticultural Association (TAHA)",
                List.of("Kimaro Greens Ltd", "Meru Fresh Produce Ltd", "Kilimo Women Farmers Network"),
                s,
                s.plusMonths(24).minusDays(1),
                "180000000",
                "20",
                shares("COSTECH/SIDO innovation fund", "50", "UNIDO", "30"),
                "ONGOING",
                List.of(),
                "Internal control system in place",
                s.plusMonths(4),
                true,
                "Pre-audit of 40 growers",
                s.plusMonths(11),
                false,
                "Certification audit",
                s.plusMonths(20),
                false);
        long a12 = line(
                ws,
                init,
                o1,
                "A1.2",
                "Joint stand and buyer meetings at Fruit Logistica",
                "Arusha Horticulture Cluster Association",
                List.of("Mount Meru Flowers Ltd", "Kilimanjaro Avocado Growers Ltd", "TCCIA Arusha Chapter"),
                t.plusMonths(2).withDayOfMonth(1),
                t.plusMonths(8),
                "95000000",
                "40",
                shares("Tanzania Trade Development Authority", "40"),
                "PLANNED",
                List.of(),
                "Stand booked",
                t.plusMonths(3),
                false);
        line(
                ws,
                init,
                o1,
                "A1.3",
                "Pesticide-residue testing service for exporters",
                "Tropical Pesticides Research Institute",
                List.of("Agro Inputs East Africa Ltd"),
                s.plusMonths(2),
                s.plusMonths(14),
                "60000000",
                "35",
                shares("COSTECH/SIDO innovation fund", "65"),
                "ONGOING",
                List.of(),
                "Sampling protocol agreed",
                s.plusMonths(3),
                true);
        long a21 = line(
                ws,
                init,
                o2,
                "A2.1",
                "Shared cold room at the Usa River packhouse",
                "Usa River Packhouse Cooperative",
                List.of("Nduruma Cold Chain Services", "Kaskazini Agri Finance Ltd"),
                s.plusMonths(1),
                s.plusMonths(19),
                "380000000",
                "25",
                shares("COSTECH/SIDO innovation fund", "45", "Kaskazini Agri Finance Ltd", "20"),
                "ONGOING",
                List.of(),
                "Site and design approved",
                s.plusMonths(3),
                true,
                "Cold room commissioned",
                s.plusMonths(12),
                false);
        long a22 = line(
                ws,
                init,
                o2,
                "A2.2",
                "Crates and careful handling from farm gate to packhouse",
                "Nduruma Cold Chain Services",
                List.of("Kimaro Greens Ltd", "Mama Shamba Organic Farm"),
                s,
                s.plusMonths(6),
                "18000000",
                "60",
                shares("UNIDO", "40"),
                "DONE",
                List.of(),
                "Crates delivered",
                s.plusMonths(2),
                true,
                "Handling training held",
                s.plusMonths(5),
                true);
        long a31 = line(
                ws,
                init,
                o3,
                "A3.1",
                "Improved seedlings and IPM field trials",
                "Tanzania Agricultural Research Institute - Tengeru",
                List.of("Tengeru Seedlings Co.", "Nelson Mandela African Institution of Science and Technology"),
                s.plusMonths(3),
                s.plusMonths(27),
                "75000000",
                "15",
                shares("COSTECH/SIDO innovation fund", "60", "UNIDO", "15"),
                "ONGOING",
                List.of(),
                "Trial plots planted",
                s.plusMonths(6),
                true,
                "First-season results shared",
                s.plusMonths(13),
                false);
        line(
                ws,
                init,
                o3,
                "A3.2",
                "Packhouse operators' skills programme",
                "Tengeru Institute of Community Development",
                List.of("Usa River Packhouse Cooperative"),
                t.plusMonths(1),
                t.plusMonths(13),
                "32000000",
                "30",
                shares("SIDO", "70"),
                "PLANNED",
                List.of());
        line(
                ws,
                init,
                o4,
                "A4.1",
                "Seasonal input credit for women-led farms",
                "Kaskazini Agri Finance Ltd",
                List.of("Kilimo Women Farmers Network", "SIDO Arusha Regional Office"),
                t.minusMonths(1),
                t.plusMonths(17),
                "150000000",
                "10",
                shares("Kaskazini Agri Finance Ltd", "70"),
                "DELAYED",
                List.of(),
                "Credit product approved",
                t.plusMonths(1),
                false);
        line(
                ws,
                init,
                -1,
                "A5",
                "Cluster website and newsletter",
                "Arusha Horticulture Cluster Association",
                List.of(),
                t.minusMonths(2),
                t.plusMonths(10),
                "12000000",
                "100",
                shares(),
                "ONGOING",
                List.of());

        // Version 1 as discussed at the validation workshop, then the cold room's budget rose and it slipped.
        plans.insertVersion(init, "Draft discussed at the validation workshop", planService.snapshotJson(arusha), BY);
        var a21now = plans.line(init, a21).orElseThrow();
        var revised = new ActionLineInput(
                        Long.toString(o2),
                        "A2.1",
                        a21now.title(),
                        null,
                        Long.toString(a21now.ownerOrgId()),
                        a21now.ownerPersonId() == null ? null : Long.toString(a21now.ownerPersonId()),
                        a21now.startDate().toString(),
                        a21now.endDate().plusMonths(3).toString(),
                        "420000000",
                        "TZS",
                        "25",
                        "DELAYED",
                        List.of("COSTECH/SIDO innovation fund", "Kaskazini Agri Finance Ltd"),
                        List.of("45", "20"),
                        plans.partners(init).getOrDefault(a21, List.of()).stream()
                                .map(String::valueOf)
                                .toList(),
                        List.of())
                .check(new InvalidInput.Collector());
        plans.updateLine(init, a21, revised);
        plans.insertVersion(
                init, "Cold room re-costed after the engineering study", planService.snapshotJson(arusha), BY);

        jointActions(ws, init, a22, a12, a31, t);
        events(ws, init, a12, t);
        posts(ws);
    }

    private void jointActions(long ws, long init, long a22, long a12, long a31, LocalDate t) {
        long crates = implementation.insertJointAction(
                ws,
                init,
                new JointActionInput(
                                Long.toString(a22),
                                "Shared purchase of certified crates and packaging",
                                "SHARED_PURCHASING",
                                "HORIZONTAL",
                                t.minusMonths(8).toString(),
                                t.minusMonths(5).toString(),
                                "18000000",
                                "TZS",
                                "COMPLETED",
                                "4,200 crates bought at 18% below the price members paid alone; losses in transport"
                                        + " down by a third on the pilot routes.",
                                "true")
                        .check(new InvalidInput.Collector()));
        participant(ws, crates, "Kimaro Greens Ltd", "2500000", "buyer");
        participant(ws, crates, "Meru Fresh Produce Ltd", "3000000", "buyer");
        participant(ws, crates, "Mama Shamba Organic Farm", "800000", "buyer");
        participant(ws, crates, "Usa River Packhouse Cooperative", "4000000", "lead buyer");
        long avocado = implementation.insertJointAction(
                ws,
                init,
                new JointActionInput(
                                Long.toString(a12),
                                "Avocado export consortium",
                                "EXPORT_CONSORTIUM",
                                "HORIZONTAL",
                                t.minusMonths(3).toString(),
                                t.plusMonths(15).toString(),
                                "60000000",
                                "TZS",
                                "ONGOING",
                                "First joint container to Rotterdam shipped.",
                                null)
                        .check(new InvalidInput.Collector()));
        participant(ws, avocado, "Kilimanjaro Avocado Growers Ltd", "9000000", "lead exporter");
        participant(ws, avocado, "Meru Fresh Produce Ltd", "6000000", "member");
        participant(ws, avocado, "Karatu Fruit Processors", "3000000", "grade-B outlet");
        participant(ws, avocado, "Tanzania Horticultural Association (TAHA)", null, "coordinator");
        long seeds = implementation.insertJointAction(
                ws,
                init,
                new JointActionInput(
                                Long.toString(a31),
                                "Seedling quality R&D with TARI Tengeru",
                                "RD_PROJECT",
                                "VERTICAL",
                                t.minusMonths(5).toString(),
                                t.plusMonths(19).toString(),
                                "75000000",
                                "TZS",
                                "ONGOING",
                                null,
                                null)
                        .check(new InvalidInput.Collector()));
        participant(ws, seeds, "Tengeru Seedlings Co.", "5000000", "nursery");
        participant(ws, seeds, "Tanzania Agricultural Research Institute - Tengeru", "4000000", "research lead");
        participant(ws, seeds, "Nelson Mandela African Institution of Science and Technology", "2000000", "lab");
        participant(ws, seeds, "Agro Inputs East Africa Ltd", "1500000", "inputs supplier");
    }

    private void participant(long ws, long action, String org, String contribution, String role) {
        implementation.saveParticipant(
                action, org(ws, org), contribution == null ? null : new BigDecimal(contribution), role);
    }

    private void events(long ws, long init, long a12, LocalDate t) {
        long training = implementation.insertEvent(
                ws,
                init,
                new EventInput(
                                null,
                                "GlobalG.A.P. training for growers",
                                "TRAINING",
                                LocalDateTime.of(t.minusDays(40), java.time.LocalTime.of(9, 0))
                                        .toString(),
                                LocalDateTime.of(t.minusDays(39), java.time.LocalTime.of(16, 0))
                                        .toString(),
                                "TAHA training hall, Arusha",
                                "30",
                                "Two days on good agricultural practice, records and the internal control system.")
                        .check(new InvalidInput.Collector()));
        long b2b = implementation.insertEvent(
                ws,
                init,
                new EventInput(
                                Long.toString(a12),
                                "B2B meetings with Nairobi and Dubai buyers",
                                "B2B",
                                LocalDateTime.of(t.plusDays(25), java.time.LocalTime.of(10, 0))
                                        .toString(),
                                null,
                                "Mount Meru Hotel, Arusha",
                                "40",
                                null)
                        .check(new InvalidInput.Collector()));
        List<String> orgs = List.of(
                "Kimaro Greens Ltd",
                "Meru Fresh Produce Ltd",
                "Kilimo Women Farmers Network",
                "Mama Shamba Organic Farm",
                "Tengeru Seedlings Co.",
                "Kilimanjaro Avocado Growers Ltd",
                "Usa River Packhouse Cooperative",
                "Tanzania Agricultural Research Institute - Tengeru",
                "SIDO Arusha Regional Office",
                "Karatu Fruit Processors");
        List<StakeholderPerson> people =
                stakeholders.peopleOf(ws, orgs.stream().map(o -> org(ws, o)).toList());
        int n = 0;
        for (StakeholderPerson p : people) {
            long r = implementation.insertRegistration(training, p.id(), p.organisationId(), BY, false);
            if (n++ % 5 != 4) {
                implementation.setAttended(training, r, true);
            }
            if (n <= 6) {
                implementation.insertRegistration(b2b, p.id(), p.organisationId(), BY, false);
            }
        }
        // The buyers' session is open to the public: two buyers registered themselves on its public page.
        implementation.setPublic(b2b, true);
        publicEvents.register(
                b2b,
                new PublicRegistrationInput(
                        "Grace Wanjiru",
                        "grace.wanjiru@twiga-fresh.example.org",
                        "Twiga Fresh Buyers, Nairobi",
                        "true"));
        publicEvents.register(
                b2b,
                new PublicRegistrationInput(
                        "Omar Al Mansoori", "omar@gulf-fresh.example.org", "Gulf Fresh Trading, Dubai", "true"));
    }

    private void posts(long ws) {
        post(
                ws,
                "Nduruma Cold Chain Services",
                Matching.PostKind.OFFER,
                "Cold storage at Usa River, 2-8 °C",
                "Pallet space by the week for fresh vegetables and fruit.",
                "52.10, 01.13",
                Matching.Stage.LOGISTICS);
        post(
                ws,
                "Kimaro Greens Ltd",
                Matching.PostKind.REQUEST,
                "Cold storage for French beans before export",
                "Two pallets a week from November to March.",
                "01.13",
                Matching.Stage.LOGISTICS);
        post(
                ws,
                "Kimaro Greens Ltd",
                Matching.PostKind.REQUEST,
                "Shelf-life tests for packed beans",
                "To prove a 10-day shelf life to a new buyer.",
                "01.13, 10.39",
                Matching.Stage.SERVICES);
        post(
                ws,
                "Nelson Mandela African Institution of Science and Technology",
                Matching.PostKind.OFFER,
                "Food-science lab: shelf-life and residue tests",
                null,
                "72.19, 10.39",
                Matching.Stage.SERVICES);
        post(
                ws,
                "Karatu Fruit Processors",
                Matching.PostKind.REQUEST,
                "Steady supply of grade-B mangoes and avocados for pulp",
                null,
                "01.22, 10.39",
                Matching.Stage.PROCESSING);
        post(
                ws,
                "Kilimanjaro Avocado Growers Ltd",
                Matching.PostKind.OFFER,
                "Grade-B avocados, 20 t a month",
                "Fruit below export grade, sound for processing.",
                "01.22",
                Matching.Stage.PROCESSING);
        post(
                ws,
                "Agro Inputs East Africa Ltd",
                Matching.PostKind.OFFER,
                "Bio-pesticides and IPM kits",
                null,
                "20.20, 01.13",
                Matching.Stage.INPUTS);
        post(
                ws,
                "Meru Fresh Produce Ltd",
                Matching.PostKind.REQUEST,
                "IPM inputs accepted by EU buyers",
                null,
                "01.13",
                Matching.Stage.INPUTS);
        long to = org(ws, "Nduruma Cold Chain Services");
        long offer = matchmaking.posts(ws).stream()
                .filter(p -> p.organisationId() == to)
                .findFirst()
                .orElseThrow()
                .id();
        matchmaking.insertMeeting(
                ws,
                org(ws, "Meru Fresh Produce Ltd"),
                to,
                offer,
                "Could we visit the cold room next week?",
                "Meru Fresh Produce Ltd");
    }

    private void post(
            long ws, String org, Matching.PostKind kind, String title, String text, String codes, Matching.Stage s) {
        matchmaking.insertPost(ws, org(ws, org), kind, title, text, codes, s, org);
    }
}
