package org.clusterworks.monitoring.core;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.clusterworks.identity.DemoData;
import org.clusterworks.initiatives.EndorsedDocument;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.monitoring.core.Domain.Criterion;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.monitoring.core.Domain.Status;
import org.clusterworks.monitoring.logic.Level;
import org.clusterworks.monitoring.logic.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo results framework of the Arusha horticulture cluster in workspace {@code demo} (seeded after the demo
 * surveys, before the demo diagnostic whose approval sets the survey indicator's baseline): a results chain from
 * activities to impact, fifteen indicators copied from the library and one read from the baseline firm survey with baselines at the end of the year before
 * last, targets for last year, this year and next, values for last year and this year (entered by the cluster
 * manager and approved by the programme officer; two wait for approval, one was returned), the platform counts and
 * formulas computed, evaluation questions; and a programme framework rolling the initiatives up. Years are relative
 * to the day the demo is seeded.
 */
@Component
@Order(60)
class DemoMonitoring implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMonitoring.class);

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final Initiatives initiatives;
    private final MonitoringRepository repo;
    private final IndicatorLibrary library;
    private final Computations computations;
    private final Reports reports;

    DemoMonitoring(
            DemoData demo,
            JdbcClient jdbc,
            Initiatives initiatives,
            MonitoringRepository repo,
            IndicatorLibrary library,
            Computations computations,
            Reports reports) {
        this.reports = reports;
        this.demo = demo;
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.repo = repo;
        this.library = library;
        this.computations = computations;
    }

    private Long user(String name) {
        return jdbc.sql("select id from app_user where username = :u")
                .param("u", name)
                .query(Long.class)
                .optional()
                .orElse(null);
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
        if (arusha == null || repo.frameworkOf(ws, arusha.id()).isPresent()) {
            return;
        }
        arusha(ws, arusha);
        programme(ws);
        progressReport(ws, arusha);
        log.info("Demo mode: created the results framework of the Arusha initiative and the programme's.");
    }

    /** Submits the Arusha progress report to its governance body, as the manager, when it has one. */
    private void progressReport(long ws, InitiativeSummary arusha) {
        int bodies = jdbc.sql("select count(*) from governance_body where initiative_id = :i")
                .param("i", arusha.id())
                .query(Integer.class)
                .single();
        Long manager = user("manager");
        if (bodies == 0
                || manager == null
                || initiatives
                        .latestEndorsement(ws, arusha.id(), EndorsedDocument.PROGRESS_REPORT)
                        .isPresent()) {
            return;
        }
        String workspace = jdbc.sql("select name from workspace where id = :ws")
                .param("ws", ws)
                .query(String.class)
                .single();
        Framework f = repo.frameworkOf(ws, arusha.id()).orElseThrow();
        initiatives.submitForEndorsement(
                ws,
                arusha.id(),
                EndorsedDocument.PROGRESS_REPORT,
                "Progress report: " + arusha.name(),
                "progress-report-" + LocalDate.now() + ".pdf",
                reports.pdf(f, arusha.name(), workspace),
                "Progress report of the demo framework",
                manager,
                "Demo manager");
    }

    private void arusha(long ws, InitiativeSummary arusha) {
        int y = LocalDate.now().getYear();
        long fid = repo.insertFramework(ws, arusha.id(), 1, y - 1, y + 1);
        Framework f = repo.framework(ws, fid).orElseThrow();
        Map<String, Long> r = new HashMap<>();
        r.put(
                "I1",
                repo.insertResult(
                        fid,
                        Level.IMPACT,
                        null,
                        "I1",
                        "Arusha horticulture firms sell more abroad and create more decent jobs",
                        "Export markets stay open to East African horticulture; no major drought",
                        "Export declarations (TAHA, TRA); member survey",
                        null));
        r.put(
                "O1",
                repo.insertResult(
                        fid,
                        Level.OUTCOME,
                        r.get("I1"),
                        "O1",
                        "Members work together on quality, cold chain and market access, and innovate",
                        "Members see a return on joint work within a season",
                        "Member survey; joint action reports",
                        "Objective 1: quality and market access"));
        r.put(
                "O2",
                repo.insertResult(
                        fid,
                        Level.OUTCOME,
                        r.get("I1"),
                        "O2",
                        "Women and smallholder producers take a larger part in the cluster",
                        "Fees stay affordable for smallholders",
                        "Membership register",
                        "Objective 2: inclusion"));
        r.put(
                "P1",
                repo.insertResult(
                        fid,
                        Level.OUTPUT,
                        r.get("O2"),
                        "P1",
                        "A representative cluster organisation that keeps growing",
                        "Regional secretariat keeps supporting the association",
                        "Membership register",
                        null));
        r.put(
                "P2",
                repo.insertResult(
                        fid,
                        Level.OUTPUT,
                        r.get("O1"),
                        "P2",
                        "Joint actions on cold chain and export standards delivered",
                        "Co-financing partners confirm their share",
                        "Joint action reports",
                        "Action line 1.2: shared cold chain"));
        r.put(
                "A1",
                repo.insertResult(
                        fid,
                        Level.ACTIVITY,
                        r.get("P2"),
                        "A1",
                        "Trainings, study tours and business-to-business events",
                        null,
                        "Attendance lists",
                        "Action line 1.1: GlobalG.A.P. training"));
        r.put(
                "A2",
                repo.insertResult(
                        fid,
                        Level.ACTIVITY,
                        r.get("P2"),
                        "A2",
                        "Cold-chain feasibility study and joint investment plan",
                        null,
                        "Study report",
                        null));

        LocalDate baseDate = LocalDate.of(y - 2, 12, 31);
        // key, result, baseline, targets (y-1, y, y+1), values (y-1, y) or null for computed
        Object[][] plan = {
            {"members", "P1", 12.0, new double[] {18, 22, 26}, null},
            {"business-members", "P1", 8.0, new double[] {11, 14, 17}, null},
            {"sme-share", "P1", 75.0, new double[] {75, 75, 75}, null},
            {"women-led", "O2", 20.0, new double[] {25, 30, 35}, null},
            {"joint-actions", "P2", 0.0, new double[] {2, 3, 3}, new double[] {2, 1}},
            {"event-participants", "A1", 60.0, new double[] {120, 150, 150}, new double[] {134, 96}},
            {"people-trained", "A1", 0.0, new double[] {40, 60, 60}, new double[] {38, 41}},
            {
                "co-financing",
                "O1",
                0.0,
                new double[] {20_000_000, 35_000_000, 40_000_000},
                new double[] {18_500_000, 12_000_000}
            },
            {"new-products", "O1", 2.0, new double[] {4, 6, 8}, new double[] {5, 3}},
            {"satisfaction", "O1", 55.0, new double[] {65, 70, 75}, new double[] {68, 71}},
            {"collaboration-density", "O1", 0.12, new double[] {0.15, 0.18, 0.2}, new double[] {0.14, 0.16}},
            {
                "exports",
                "I1",
                4_200_000.0,
                new double[] {4_600_000, 5_100_000, 5_600_000},
                new double[] {4_750_000, 3_900_000}
            },
            {"employment", "I1", 1850.0, new double[] {1950, 2050, 2150}, new double[] {1990, 2040}},
            {"exports-per-firm", "I1", 525_000.0, new double[] {420_000, 365_000, 330_000}, null},
            {"cluster-lq", "I1", 3.1, new double[] {3.1, 3.2, 3.3}, new double[] {3.15, 3.2}},
        };
        Long manager = user("manager");
        Long officer = user("officer");
        for (Object[] p : plan) {
            var entry = library.entry((String) p[0]).orElseThrow();
            var s = entry.spec();
            var spec = new IndicatorForm.Spec(
                    s.code(),
                    r.get((String) p[1]),
                    s.nameEn(),
                    s.nameFr(),
                    s.nameSw(),
                    s.definitionEn(),
                    s.definitionFr(),
                    s.definitionSw(),
                    s.unit(),
                    s.currency(),
                    s.direction(),
                    s.accumulation(),
                    s.combine(),
                    s.frequency(),
                    s.disaggregations(),
                    "Cluster manager",
                    s.sourceKind(),
                    s.sourceParam(),
                    (Double) p[2],
                    baseDate,
                    s.fromDiagnostic() ? "Diagnostic network analysis" : "Baseline survey and membership register",
                    s.fromDiagnostic(),
                    s.libraryKey(),
                    null);
            long id = repo.insertIndicator(fid, spec);
            double[] targets = (double[]) p[3];
            for (int k = 0; k < 3; k++) {
                repo.setTarget(id, Integer.toString(y - 1 + k), targets[k]);
            }
            double[] values = (double[]) p[4];
            if (values != null && s.sourceKind() == SourceKind.MANUAL) {
                for (int k = 0; k < 2; k++) {
                    String period = Integer.toString(y - 1 + k);
                    repo.putValue(
                            id,
                            period,
                            "",
                            values[k],
                            Status.SUBMITTED,
                            "Cluster association records " + period,
                            null,
                            manager,
                            "manager");
                    var v = repo.value(id, period, "").orElseThrow();
                    boolean pending =
                            k == 1 && (s.code().equals("EXPORTS") || s.code().equals("EMPLOYMENT"));
                    boolean returned = k == 1 && s.code().equals("CLUSTER_LQ");
                    if (returned) {
                        repo.review(
                                v, Status.RETURNED, "Use the 2025 mapping run, not the 2024 one", officer, "officer");
                    } else if (!pending) {
                        repo.review(v, Status.APPROVED, null, officer, "officer");
                    }
                }
            }
            if (s.code().equals("EVENT_PARTICIPANTS")) {
                String period = Integer.toString(y - 1);
                repo.putValue(
                        id, period, "GENDER=WOMAN", 58, Status.SUBMITTED, "Attendance lists", null, manager, "manager");
                repo.review(
                        repo.value(id, period, "GENDER=WOMAN").orElseThrow(),
                        Status.APPROVED,
                        null,
                        officer,
                        "officer");
                repo.putValue(
                        id, period, "GENDER=MAN", 76, Status.SUBMITTED, "Attendance lists", null, manager, "manager");
                repo.review(
                        repo.value(id, period, "GENDER=MAN").orElseThrow(), Status.APPROVED, null, officer, "officer");
            }
        }
        // Read from the baseline firm survey: members agreeing that they trust other organisations of the cluster.
        var trust = new IndicatorForm.Spec(
                "MEMBER_TRUST",
                r.get("O1"),
                "Members who trust other organisations of the cluster",
                "Membres qui font confiance aux autres organisations du cluster",
                "Wanachama wanaoamini mashirika mengine ya klasta",
                "Respondents agreeing or strongly agreeing with 'I trust other organisations in the cluster'"
                        + " (top-two box of a five-point scale), in percent of respondents to the round.",
                "Répondants d'accord ou tout à fait d'accord avec « J'ai confiance dans les autres organisations du"
                        + " cluster » (deux meilleures notes sur cinq), en pourcentage des répondants.",
                "Waliojibu wanaokubali au kukubali kabisa 'Ninaamini mashirika mengine katika klasta' (alama mbili"
                        + " za juu kati ya tano), kwa asilimia ya waliojibu duru.",
                org.clusterworks.monitoring.logic.Unit.PERCENTAGE,
                null,
                org.clusterworks.monitoring.logic.Direction.HIGHER_IS_BETTER,
                org.clusterworks.monitoring.logic.Accumulation.INCREMENTAL,
                org.clusterworks.monitoring.logic.Combine.LAST,
                org.clusterworks.monitoring.logic.Granularity.YEAR,
                java.util.List.of(),
                "Cluster manager",
                SourceKind.SURVEY,
                "coop_trust",
                null,
                null,
                null,
                true,
                null,
                null);
        long trustId = repo.insertIndicator(fid, trust);
        for (int k = 0; k < 3; k++) {
            repo.setTarget(trustId, Integer.toString(y - 1 + k), 40.0 + 10 * k);
        }
        computations.recomputeAll(f, "demo");
        repo.insertEvaluation(
                fid,
                Criterion.RELEVANCE,
                "Do the joint actions answer the bottlenecks the diagnostic found (cold chain, certification)?",
                "Yes for certification; the cold-chain action started a year later than planned.");
        repo.insertEvaluation(
                fid,
                Criterion.EFFECTIVENESS,
                "Did members who took part in joint actions export more than those who did not?",
                null);
        repo.insertEvaluation(
                fid,
                Criterion.EFFICIENCY,
                "What did each participant of a training cost, against the programme's benchmark?",
                null);
        repo.insertEvaluation(
                fid,
                Criterion.SUSTAINABILITY,
                "Can the association cover its running costs from fees and services when the programme ends?",
                "Fees cover about a third of the costs; services to members must grow.");
    }

    private void programme(long ws) {
        if (repo.frameworkOf(ws, null).isPresent()) {
            return;
        }
        int y = LocalDate.now().getYear();
        long fid = repo.insertFramework(ws, null, 1, y - 1, y + 1);
        long impact = repo.insertResult(
                fid,
                Level.IMPACT,
                null,
                "PI",
                "Supported clusters grow their exports and employment",
                "Macro-economic stability",
                "Initiatives' progress reports",
                null);
        long outcome = repo.insertResult(
                fid,
                Level.OUTCOME,
                impact,
                "PO",
                "Cluster organisations are representative and run joint actions with private co-financing",
                "Agencies keep their co-funding",
                "Initiatives' frameworks",
                null);
        String[][] rollups = {
            {"members", "MEMBERS", "ROLLUP"}, {"joint-actions", "JOINT_ACTIONS", "ROLLUP"},
            {"co-financing", "COFINANCING", "ROLLUP"}, {"exports", "EXPORTS", "ROLLUP"}
        };
        for (String[] x : rollups) {
            var s = library.entry(x[0]).orElseThrow().spec();
            var spec = new IndicatorForm.Spec(
                    s.code(),
                    x[1].equals("EXPORTS") ? impact : outcome,
                    s.nameEn(),
                    s.nameFr(),
                    s.nameSw(),
                    s.definitionEn(),
                    s.definitionFr(),
                    s.definitionSw(),
                    s.unit(),
                    s.currency(),
                    s.direction(),
                    s.accumulation(),
                    s.combine(),
                    s.frequency(),
                    java.util.List.of(),
                    "Programme officer",
                    SourceKind.ROLLUP,
                    x[1],
                    null,
                    null,
                    null,
                    false,
                    s.libraryKey(),
                    null);
            long id = repo.insertIndicator(fid, spec);
            double base = switch (x[1]) {
                case "MEMBERS" -> 20;
                case "JOINT_ACTIONS" -> 3;
                case "COFINANCING" -> 30_000_000;
                default -> 5_000_000;
            };
            for (int k = 0; k < 3; k++) {
                repo.setTarget(id, Integer.toString(y - 1 + k), base * (1 + 0.2 * k));
            }
        }
        computations.recomputeAll(repo.framework(ws, fid).orElseThrow(), "demo");
    }
}
