package org.clusterworks.initiatives.core;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.clusterworks.identity.DemoData;
import org.clusterworks.initiatives.Stage;
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
 * Demo initiatives in workspace {@code demo}: the Arusha horticulture cluster (Tanzania; 22 members across six
 * helix roles, a cluster commission, meetings, decisions, an endorsed diagnostic report and a pending action plan),
 * managed by the demo user {@code manager}; and a food-processing cluster in the Drôme (France). Dates are relative
 * to the day the demo is seeded, so renewal reminders and upcoming meetings stay meaningful.
 */
@Component
@Order(30)
class DemoInitiatives implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInitiatives.class);

    private final DemoData demo;
    private final InitiativeRepository repo;
    private final Stakeholders stakeholders;
    private final JdbcClient jdbc;

    DemoInitiatives(DemoData demo, InitiativeRepository repo, Stakeholders stakeholders, JdbcClient jdbc) {
        this.demo = demo;
        this.repo = repo;
        this.stakeholders = stakeholders;
        this.jdbc = jdbc;
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
        if (ws == null
                || !repo.all(ws).isEmpty()
                || stakeholders.byName(ws, "Kimaro Greens Ltd").isEmpty()) {
            return;
        }
        Long manager = jdbc.sql("select id from app_user where username = 'manager'")
                .query(Long.class)
                .optional()
                .orElse(null);
        arusha(ws, manager);
        drome(ws);
        log.info("Demo mode: created two cluster initiatives in workspace 'demo'.");
    }

    private long org(long ws, String name) {
        return stakeholders.byName(ws, name).orElseThrow().id();
    }

    private StakeholderPerson contact(long ws, String orgName) {
        return stakeholders.peopleOf(ws, List.of(org(ws, orgName))).get(0);
    }

    private void arusha(long ws, Long manager) {
        LocalDate today = LocalDate.now();
        var v = new InitiativeInput(
                        "Arusha Horticulture Cluster",
                        "TZ-01",
                        "Arusha region, Tanzania",
                        "Horticulture: vegetables, fruit, flowers and seedlings",
                        "Cluster mapping 2024: horticulture is a star cluster of Arusha (LQ 3.1)",
                        "COSTECH/SIDO innovative cluster programme, with UNIDO technical assistance",
                        Long.toString(org(ws, "Arusha Horticulture Cluster Association")),
                        null,
                        "Growers, packhouses, processors, input suppliers and institutions around Arusha and Usa River"
                                + " working together on quality, cold chain and export market access.",
                        "2019",
                        "https://arusha-horticulture.example.org",
                        "Registered association",
                        "1.0",
                        "2.5",
                        "01.13, 01.22, 10.39",
                        "40",
                        "40",
                        "40")
                .check(new org.clusterworks.shared.InvalidInput.Collector());
        long id = repo.insert(ws, v, manager, Stage.SELECTION);
        // Selection and governance are complete; the diagnostic is almost done.
        for (var c : repo.checklist(id)) {
            boolean done = c.stage() == Stage.SELECTION
                    || c.stage() == Stage.GOVERNANCE
                    || (c.stage() == Stage.DIAGNOSTIC && !c.itemKey().equals("validation-workshop"));
            if (done) {
                repo.setCheck(id, c.id(), true, manager);
            }
        }
        repo.setStage(id, Stage.SELECTION, Stage.GOVERNANCE, manager);
        repo.setStage(id, Stage.GOVERNANCE, Stage.DIAGNOSTIC, manager);

        List<String> members = List.of(
                "Arusha Horticulture Cluster Association",
                "Kimaro Greens Ltd",
                "Meru Fresh Produce Ltd",
                "Tengeru Seedlings Co.",
                "Kilimanjaro Avocado Growers Ltd",
                "Arumeru Onion Traders",
                "Karatu Fruit Processors",
                "Mount Meru Flowers Ltd",
                "Nduruma Cold Chain Services",
                "Mama Shamba Organic Farm",
                "Usa River Packhouse Cooperative",
                "Agro Inputs East Africa Ltd",
                "Tanzania Agricultural Research Institute - Tengeru",
                "Nelson Mandela African Institution of Science and Technology",
                "Tengeru Institute of Community Development",
                "Arusha Regional Secretariat - Agriculture Section",
                "SIDO Arusha Regional Office",
                "Tropical Pesticides Research Institute",
                "Tanzania Horticultural Association (TAHA)",
                "TCCIA Arusha Chapter",
                "Kilimo Women Farmers Network",
                "Meru Smallholders Trust",
                "Kaskazini Agri Finance Ltd");
        int n = 0;
        for (String name : members) {
            LocalDate start = today.minusMonths(20).plusDays(n * 7L);
            LocalDate end = today.plusMonths(4);
            String type = "FULL";
            switch (name) {
                case "Arumeru Onion Traders" -> end = today.plusDays(30); // renewal reminder
                case "Mama Shamba Organic Farm" -> end = today.minusDays(20); // grace period
                case "Meru Smallholders Trust" -> {
                    end = today.minusDays(120); // expired
                    type = "ASSOCIATE";
                }
                case "Kaskazini Agri Finance Ltd" -> start = today.minusDays(30); // new
                case "Arusha Regional Secretariat - Agriculture Section", "Tropical Pesticides Research Institute" ->
                    type = "OBSERVER";
                default -> {}
            }
            boolean business = !type.equals("OBSERVER");
            repo.insertMembership(
                    id,
                    new MembershipInput(
                                    Long.toString(org(ws, name)),
                                    type,
                                    business ? (name.contains("Ltd") ? "300000" : "100000") : null,
                                    business ? "TZS" : null,
                                    start.toString(),
                                    end.toString(),
                                    "true")
                            .check(new org.clusterworks.shared.InvalidInput.Collector()));
            n++;
        }

        long commission = repo.insertBody(
                id,
                "Arusha Horticulture Cluster Commission",
                Domain.BodyKind.CLUSTER_COMMISSION,
                "Steers the initiative: endorses the diagnostic, the vision and action plan and progress reports;"
                        + " business-led, with public, research, finance and civil-society members and a seat for women producers.",
                12);
        List<StakeholderPerson> seated = new ArrayList<>();
        String[][] seats = {
            {"Tanzania Horticultural Association (TAHA)", "CHAIR"},
            {"Kimaro Greens Ltd", "VICE_CHAIR"},
            {"Arusha Horticulture Cluster Association", "SECRETARY"},
            {"Meru Fresh Produce Ltd", "MEMBER"},
            {"Usa River Packhouse Cooperative", "MEMBER"},
            {"Karatu Fruit Processors", "MEMBER"},
            {"Tanzania Agricultural Research Institute - Tengeru", "MEMBER"},
            {"SIDO Arusha Regional Office", "MEMBER"},
            {"Kilimo Women Farmers Network", "MEMBER"},
            {"Kaskazini Agri Finance Ltd", "MEMBER"}
        };
        for (String[] s : seats) {
            StakeholderPerson p = contact(ws, s[0]);
            if (s[0].equals("Kimaro Greens Ltd")) {
                p = stakeholders.peopleOf(ws, List.of(org(ws, s[0]))).stream()
                        .filter(x -> x.fullName().equals("Esther Kimaro"))
                        .findFirst()
                        .orElse(p);
            }
            repo.insertSeat(commission, p.id(), Domain.SeatRole.valueOf(s[1]), today.minusMonths(18));
            seated.add(p);
        }
        long wg = repo.insertBody(
                id,
                "Post-harvest and cold chain working group",
                Domain.BodyKind.WORKING_GROUP,
                "Prepares the joint cold-chain investment and packhouse standards.",
                null);
        for (String o : List.of(
                "Nduruma Cold Chain Services",
                "Usa River Packhouse Cooperative",
                "Nelson Mandela African Institution of Science and Technology")) {
            repo.insertSeat(wg, contact(ws, o).id(), Domain.SeatRole.MEMBER, today.minusMonths(10));
        }

        long constitutive = repo.insertMeeting(
                id,
                commission,
                "Constitutive meeting of the cluster commission",
                at(today.minusMonths(17), 10),
                "SIDO Arusha conference room",
                "1. Welcome and introductions\n2. Mandate and rules of procedure\n3. Membership fees\n"
                        + "4. Terms of reference of the diagnostic");
        repo.updateMinutes(
                id,
                constitutive,
                "The commission adopted its rules of procedure and the membership fees."
                        + " TAHA was elected to the chair, Kimaro Greens to the vice-chair.");
        var presence = new java.util.LinkedHashMap<Long, Boolean>();
        for (int i = 0; i < seated.size(); i++) {
            presence.put(seated.get(i).id(), i != 7);
        }
        repo.setAttendance(constitutive, presence);
        long d1 = repo.insertDecision(
                id,
                constitutive,
                new DecisionInput(
                                "Adopt the rules of procedure of the cluster commission.",
                                "9",
                                "0",
                                "0",
                                "ADOPTED",
                                null,
                                null)
                        .check(new org.clusterworks.shared.InvalidInput.Collector()));
        repo.setFollowUp(id, d1, Domain.FollowUp.DONE);
        repo.insertDecision(
                id,
                constitutive,
                new DecisionInput(
                                "Set annual fees at TZS 300,000 for companies and TZS 100,000 for other members.",
                                "7",
                                "1",
                                "1",
                                "ADOPTED",
                                "Cluster manager",
                                today.minusMonths(14).toString())
                        .check(new org.clusterworks.shared.InvalidInput.Collector()));

        long validation = repo.insertMeeting(
                id,
                commission,
                "Review of the diagnostic report",
                at(today.minusDays(14), 9),
                "Nelson Mandela African Institution, Arusha",
                "1. Presentation of the revised diagnostic report\n2. Endorsement\n3. Preparing the vision workshop");
        repo.updateMinutes(
                id,
                validation,
                "The commission endorsed version 2 of the diagnostic report, which answers"
                        + " the comments on cold-chain capacity and the role of women producers.");
        repo.setAttendance(validation, presence);
        long d3 = repo.insertDecision(
                id,
                validation,
                new DecisionInput(
                                "Hold the vision and action plan workshop within six weeks, open to all members.",
                                null,
                                null,
                                null,
                                "ADOPTED",
                                "Daudi Mwakyusa",
                                today.plusDays(30).toString())
                        .check(new org.clusterworks.shared.InvalidInput.Collector()));
        repo.setFollowUp(id, d3, Domain.FollowUp.IN_PROGRESS);
        repo.insertMeeting(
                id,
                commission,
                "Vision and action plan workshop",
                at(today.plusDays(21), 9),
                "Arusha International Conference Centre",
                "1. Shared vision 2030\n2. Objectives and action lines\n3. Co-financing");

        String by = "Daudi Mwakyusa (cluster manager)";
        long rules = repo.insertDocument(
                id, "Rules of procedure of the cluster commission", Domain.DocumentKind.RULES_OF_PROCEDURE, manager);
        repo.addVersion(
                rules,
                "rules-of-procedure.txt",
                "text/plain",
                text("Rules of procedure of the Arusha Horticulture Cluster Commission"),
                null,
                manager,
                by);
        long report = repo.insertDocument(
                id,
                "Diagnostic report of the Arusha horticulture cluster",
                Domain.DocumentKind.DIAGNOSTIC_REPORT,
                manager);
        repo.addVersion(
                report,
                "diagnostic-report-v1.txt",
                "text/plain",
                text("Diagnostic report, first draft: SWOT, value chain, network analysis."),
                "First draft",
                manager,
                by);
        long e1 = repo.insertEndorsement(id, report, 1, commission, by);
        repo.decideEndorsement(
                id,
                e1,
                Domain.EndorsementStatus.RETURNED,
                "Commission secretary",
                constitutive,
                "Add the cold-chain capacity figures and the situation of women producers.");
        repo.addVersion(
                report,
                "diagnostic-report-v2.txt",
                "text/plain",
                text("Diagnostic report, revised: adds cold-chain capacity and gender analysis."),
                "Answers the commission's comments",
                manager,
                by);
        long e2 = repo.insertEndorsement(id, report, 2, commission, by);
        repo.decideEndorsement(
                id, e2, Domain.EndorsementStatus.ENDORSED, "Commission secretary", validation, "Endorsed unanimously.");
        long plan = repo.insertDocument(id, "Vision and action plan (draft)", Domain.DocumentKind.ACTION_PLAN, manager);
        repo.addVersion(
                plan,
                "action-plan-draft.txt",
                "text/plain",
                text("Draft vision and action plan for discussion at the workshop."),
                "Draft for the workshop",
                manager,
                by);
        repo.insertEndorsement(id, plan, 1, commission, by);
    }

    private void drome(long ws) {
        LocalDate today = LocalDate.now();
        var v = new InitiativeInput(
                        "Drôme-Ardèche Agri-Food Cluster",
                        "FRK23",
                        "Drôme and Ardèche, France",
                        "Food processing: fruit and vegetables, chestnuts, dairy, bakery",
                        null,
                        "Auvergne-Rhône-Alpes regional cluster programme",
                        Long.toString(org(ws, "Valence Agri-Food Cluster")),
                        null,
                        "Food processors of the Drôme and Ardèche sharing R&D, skills and export missions.",
                        "2009",
                        "https://valence-agrifood.example.org",
                        "Association loi 1901",
                        "0.8",
                        "1.5",
                        "10.3, 10.5, 10.7",
                        "40",
                        "60",
                        "60")
                .check(new org.clusterworks.shared.InvalidInput.Collector());
        long id = repo.insert(ws, v, null, Stage.SELECTION);
        for (var c : repo.checklist(id)) {
            if (c.stage().ordinal() < Stage.IMPLEMENTATION.ordinal()) {
                repo.setCheck(id, c.id(), true, null);
            }
        }
        Stage s = Stage.SELECTION;
        while (s != Stage.IMPLEMENTATION) {
            repo.setStage(id, s, s.next(), null);
            s = s.next();
        }
        for (String name : List.of(
                "Valence Agri-Food Cluster",
                "Conserverie de la Drôme SAS",
                "Fromagerie du Vercors",
                "Ardèche Châtaignes SARL",
                "Biscuiterie Valentinoise",
                "Institut Agro Valence Food Lab",
                "Agglomération Valence Romans Développement",
                "Crédit Agricole Sud Rhône Alpes - Agri Desk")) {
            repo.insertMembership(
                    id,
                    new MembershipInput(
                                    Long.toString(org(ws, name)),
                                    "FULL",
                                    "1200",
                                    "EUR",
                                    today.minusYears(3).toString(),
                                    today.plusMonths(8).toString(),
                                    "true")
                            .check(new org.clusterworks.shared.InvalidInput.Collector()));
        }
        long board = repo.insertBody(
                id,
                "Board of the Drôme-Ardèche Agri-Food Cluster",
                Domain.BodyKind.BOARD,
                "Board of the cluster association.",
                6);
        for (String name : List.of(
                "Conserverie de la Drôme SAS",
                "Fromagerie du Vercors",
                "Institut Agro Valence Food Lab",
                "Agglomération Valence Romans Développement")) {
            repo.insertSeat(
                    board,
                    contact(ws, name).id(),
                    name.startsWith("Conserverie") ? Domain.SeatRole.CHAIR : Domain.SeatRole.MEMBER,
                    today.minusYears(2));
        }
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(ZoneOffset.UTC);
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
