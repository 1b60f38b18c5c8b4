package org.clusterworks.surveys.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.clusterworks.identity.DemoData;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.stakeholders.Helix;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.surveys.RoundKind;
import org.clusterworks.surveys.form.Answers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo surveys in workspace {@code demo}: the three ready questionnaires, and for the Arusha horticulture cluster a
 * closed baseline round of the firm diagnostic (the cluster's Tanzanian organisations plus anonymous answers from a
 * field day; made-up but plausible answers drawn from a fixed seed) and a closed collaboration-network round of its
 * members, whose ties feed the diagnostic's network.
 */
@Component
@Order(50)
class DemoSurveys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

    private final DemoData demo;
    private final SurveyService service;
    private final JdbcClient jdbc;

    DemoSurveys(DemoData demo, SurveyService service, JdbcClient jdbc) {
        this.demo = demo;
        this.service = service;
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
        if (ws == null || !service.questionnaires().all(ws).isEmpty()) {
            return;
        }
        InitiativeSummary arusha = service.initiatives().all(ws).stream()
                .filter(i -> i.name().startsWith("Arusha"))
                .findFirst()
                .orElse(null);
        Map<String, Long> ids = new HashMap<>();
        for (String key : Library.KEYS) {
            ids.put(key, service.createQuestionnaire(ws, Library.load(key)));
        }
        if (arusha == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        baseline(ws, arusha, ids.get("firm-diagnostic"), today);
        network(ws, arusha, ids.get("collaboration-network"), today);
        log.info("Demo mode: created survey questionnaires and two closed rounds for {}.", arusha.name());
    }

    private void baseline(long ws, InitiativeSummary arusha, long questionnaire, LocalDate today) {
        long round = service.createRound(
                ws,
                arusha.id(),
                questionnaire,
                "Baseline firm survey",
                RoundKind.BASELINE,
                today.minusDays(75),
                today.minusDays(45));
        List<StakeholderOrganisation> orgs = service.stakeholders().search(ws, null, 5000).stream()
                .filter(o -> o.territoryCode() != null && o.territoryCode().startsWith("TZ"))
                .toList();
        for (StakeholderOrganisation o : orgs) {
            service.rounds().addRespondent(round, o.id(), null, false);
        }
        service.open(ws, round);
        Random random = new Random(20261124L);
        List<Respondent> panel = service.rounds().respondents(round);
        // two organisations never answered: they stay on the reminders list
        for (int i = 0; i < panel.size() - 2; i++) {
            Respondent r = panel.get(i);
            StakeholderOrganisation o = orgs.get(i);
            submit(ws, r, firmAnswers(random, o.helix(), o.sme()));
        }
        String publicToken = service.enablePublicLink(ws, round);
        for (int i = 0; i < 6; i++) {
            Respondent r = service.startAnonymous(publicToken).orElseThrow();
            submit(ws, r, firmAnswers(random, Helix.BUSINESS, true));
        }
        service.close(ws, round);
    }

    private void submit(long ws, Respondent r, Map<String, List<String>> raw) {
        submit(ws, r, raw, (k, w) -> null);
    }

    private void submit(
            long ws,
            Respondent r,
            Map<String, List<String>> raw,
            java.util.function.BiFunction<String, String, String> sub) {
        Answers.Outcome outcome = service.answer(ws, r, raw, sub, true, null);
        if (!outcome.problems().isEmpty()) {
            throw new IllegalStateException("Demo answers refused: " + outcome.problems());
        }
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String likert(Random random, int centre) {
        int v = Math.max(1, Math.min(5, centre + random.nextInt(3) - 1));
        return Integer.toString(v);
    }

    private static Map<String, List<String>> firmAnswers(Random random, Helix helix, boolean sme) {
        Map<String, List<String>> a = new HashMap<>();
        boolean business = helix == Helix.BUSINESS;
        int employees = business ? (sme ? 3 + random.nextInt(120) : 260 + random.nextInt(600)) : 8 + random.nextInt(60);
        a.put("year_founded", List.of(Integer.toString(1965 + random.nextInt(58))));
        a.put("employees", List.of(Integer.toString(employees)));
        a.put("women_share", List.of(Integer.toString(20 + random.nextInt(55))));
        boolean exports = business && random.nextDouble() < (sme ? 0.35 : 0.8);
        a.put(
                "main_market",
                List.of(
                        exports
                                ? pick(random, "regional", "international", "national")
                                : pick(random, "local", "national", "local")));
        a.put("exports", List.of(exports ? "yes" : "no"));
        if (exports) {
            a.put("export_share", List.of(Integer.toString(10 + random.nextInt(80))));
            a.put(
                    "export_destinations",
                    random.nextBoolean()
                            ? List.of("eac", "europe")
                            : List.of(pick(random, "eac", "europe", "middle_east")));
        }
        a.put("sales_trend", List.of(pick(random, "up", "up", "stable", "down")));
        a.put(
                "input_sources",
                random.nextBoolean() ? List.of("local", "imported") : List.of(pick(random, "local", "national")));
        a.put("input_quality", List.of(likert(random, 2)));
        boolean gap = random.nextDouble() < 0.6;
        a.put("skills_gap", List.of(gap ? "yes" : "no"));
        if (gap) {
            List<String> skills = new ArrayList<>(List.of(pick(random, "technical", "quality", "marketing")));
            if (random.nextBoolean()) {
                skills.add("digital");
            }
            a.put("missing_skills", skills);
        }
        a.put("training_days", List.of(Integer.toString(random.nextInt(12))));
        a.put("certifications", exports ? List.of(pick(random, "globalgap", "haccp", "organic")) : List.of("none"));
        a.put("new_product", List.of(random.nextDouble() < 0.4 ? "yes" : "no"));
        a.put("digital_tools", List.of(likert(random, 3)));
        a.put("coop_trust", List.of(likert(random, 3)));
        a.put("coop_share", List.of(likert(random, 3)));
        a.put("coop_joint", List.of(likert(random, 4)));
        List<String> constraints = new ArrayList<>(List.of("finance"));
        constraints.add(pick(random, "cold_chain", "market_access", "infrastructure", "water"));
        if (random.nextBoolean()) {
            constraints.add(pick(random, "regulation", "skills", "energy", "inputs"));
        }
        a.put("main_constraints", constraints.stream().distinct().toList());
        a.put("finance_access", List.of(likert(random, 2)));
        a.put(
                "support_needs",
                List.of(
                        pick(random, "training", "certification", "joint_marketing"),
                        pick(random, "market_info", "finance_access", "shared_equipment")));
        return a;
    }

    private void network(long ws, InitiativeSummary arusha, long questionnaire, LocalDate today) {
        long round = service.createRound(
                ws,
                arusha.id(),
                questionnaire,
                "Collaboration network 2026",
                RoundKind.BASELINE,
                today.minusDays(70),
                today.minusDays(40));
        service.addMembers(ws, round, false);
        service.open(ws, round);
        List<Long> members = service.initiatives().activeMembers(ws, arusha.id(), today);
        Map<Long, StakeholderOrganisation> orgs = new HashMap<>();
        service.stakeholders().organisations(ws, members).forEach(o -> orgs.put(o.id(), o));
        Long association = service.stakeholders()
                .byName(ws, "Arusha Horticulture Cluster Association")
                .map(StakeholderOrganisation::id)
                .orElse(null);
        Random random = new Random(424242L);
        List<Respondent> panel = service.rounds().respondents(round);
        for (int i = 0; i < panel.size(); i++) {
            Respondent r = panel.get(i);
            if (i % 9 == 8) {
                continue; // a few members did not answer
            }
            StakeholderOrganisation self = orgs.get(r.organisationId());
            List<String> named = new ArrayList<>();
            Map<String, String> sub = new HashMap<>();
            if (association != null && !association.equals(r.organisationId()) && random.nextDouble() < 0.8) {
                named.add(Long.toString(association));
            }
            for (Long other : members) {
                if (other.equals(r.organisationId()) || named.contains(Long.toString(other))) {
                    continue;
                }
                StakeholderOrganisation o = orgs.get(other);
                boolean sameHelix = self != null && o != null && self.helix() == o.helix();
                if (random.nextDouble() < (sameHelix ? 0.22 : 0.12)) {
                    named.add(Long.toString(other));
                }
            }
            for (String id : named) {
                sub.put("partners." + id + ".frequency", Integer.toString(1 + random.nextInt(4)));
                sub.put("partners." + id + ".trust", Integer.toString(1 + random.nextInt(3)));
            }
            Map<String, List<String>> raw = new HashMap<>();
            raw.put("partners", named);
            if (!named.isEmpty()) {
                raw.put(
                        "tie_types",
                        List.of(
                                pick(random, "trade", "information"),
                                pick(random, "joint_project", "information", "research")));
            }
            raw.put("want_more", List.of(likert(random, 4)));
            submit(ws, r, raw, (k, w) -> sub.get(k + "." + w));
        }
        service.close(ws, round);
    }
}
