package org.clusterworks.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.funding.core.Domain.CostCategory;
import org.clusterworks.funding.core.Domain.Decision;
import org.clusterworks.funding.core.Domain.Status;
import org.clusterworks.funding.core.FundingRepository;
import org.clusterworks.funding.eligibility.EligibilityRules;
import org.clusterworks.funding.eligibility.RuleKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The funding repository on a real database: written once, run on H2 and on PostgreSQL. */
abstract class FundingPersistenceContract {

    @Autowired
    FundingRepository repo;

    @Autowired
    JdbcClient jdbc;

    long ws() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long newCall(String title) {
        ZoneId zone = ZoneId.of("Pacific/Chatham"); // +12:45 / +13:45: an offset that is not whole hours
        return repo.insertCall(
                new Call(
                        0,
                        ws(),
                        "Programme",
                        title,
                        "Titre",
                        null,
                        "Text",
                        null,
                        null,
                        "NZD",
                        new BigDecimal("1000000.50"),
                        new BigDecimal("250000"),
                        new BigDecimal("33.33"),
                        zone,
                        Instant.parse("2026-01-10T08:15:30Z"),
                        Instant.parse("2026-07-01T11:59:59Z"),
                        null,
                        1,
                        10),
                null);
    }

    @Test
    void aCallKeepsItsInstantsZoneAndAmountsExactly() {
        long id = newCall("Persistence call " + System.nanoTime());
        Call c = repo.call(ws(), id).orElseThrow();
        assertThat(c.opens()).isEqualTo(Instant.parse("2026-01-10T08:15:30Z"));
        assertThat(c.closes()).isEqualTo(Instant.parse("2026-07-01T11:59:59Z"));
        assertThat(c.zone()).isEqualTo(ZoneId.of("Pacific/Chatham"));
        assertThat(c.closesLocal().toLocalDateTime().toString())
                .isEqualTo("2026-07-02T00:44:59"); // +12:45 in the southern winter
        assertThat(c.budget()).isEqualByComparingTo("1000000.50");
        assertThat(c.cofinancingPct()).isEqualByComparingTo("33.33");
        assertThat(c.initiativeId()).isNull();
        assertThat(repo.call(ws() + 100_000, id)).isEmpty();
    }

    @Test
    void rulesSurviveTheirJsonParameters() {
        long id = newCall("Rules call " + System.nanoTime());
        var share = EligibilityRules.of(RuleKind.MAX_PARTNER_SHARE, Map.of("maxPct", "62.5"));
        var where = EligibilityRules.of(RuleKind.LEAD_IN_TERRITORY, Map.of("codes", "TZ-01, TZ-26"));
        var members = EligibilityRules.of(RuleKind.INITIATIVE_MEMBERS, Map.of("initiativeId", "42", "all", "true"));
        repo.insertRule(id, share);
        long middle = repo.insertRule(id, where);
        repo.insertRule(id, members);
        assertThat(repo.rules(id)).extracting(r -> r.rule()).containsExactly(share, where, members);
        assertThat(repo.deleteRule(id, middle)).isEqualTo(1);
        assertThat(repo.rules(id)).extracting(r -> r.rule()).containsExactly(share, members);
    }

    @Test
    void anApplicationKeepsItsBudgetVersionsAndReviews() {
        long call = newCall("Application call " + System.nanoTime());
        long a = repo.insertApplication(ws(), call, 900_001, null, "Persistence application");
        repo.addPartner(a, 900_002);
        repo.addPartner(a, 900_002); // twice: once
        assertThat(repo.partners(a)).containsExactly(900_001L, 900_002L);
        repo.setCost(a, 900_001, CostCategory.PERSONNEL, new BigDecimal("1200.25"));
        repo.setCost(a, 900_002, CostCategory.TRAVEL, new BigDecimal("300"));
        repo.setCost(a, 900_002, CostCategory.TRAVEL, new BigDecimal("350")); // replaces
        var budget = repo.budget(a);
        assertThat(budget).hasSize(2);
        assertThat(budget.get(0).total()).isEqualByComparingTo("1200.25");
        assertThat(budget.get(1).costs().get(CostCategory.TRAVEL)).isEqualByComparingTo("350");
        repo.removePartner(a, 900_002);
        assertThat(repo.budget(a)).hasSize(1);

        repo.updateForm(a, "Persistence application", "s", "o", "w", new BigDecimal("900"));
        assertThat(repo.submit(a, 1, Instant.parse("2026-03-01T10:00:00Z"), null, true, "{\"v\":1}"))
                .isEqualTo(1);
        assertThat(repo.submit(a, 2, Instant.parse("2026-03-01T10:00:01Z"), null, true, "{}"))
                .as("a locked application cannot be submitted twice")
                .isZero();
        repo.updateForm(a, "Changed while locked", "s", "o", "w", BigDecimal.ONE);
        var locked = repo.application(ws(), a).orElseThrow();
        assertThat(locked.title()).isEqualTo("Persistence application");
        assertThat(locked.status()).isEqualTo(Status.SUBMITTED);
        repo.reopen(a);
        repo.submit(a, 2, Instant.parse("2026-03-02T10:00:00Z"), null, false, "{\"v\":2}");
        assertThat(repo.submissions(a))
                .extracting(s -> s.version() + ":" + s.eligible() + ":" + s.snapshot())
                .containsExactly("1:true:{\"v\":1}", "2:false:{\"v\":2}");

        long criterion = repo.insertCriterion(call, "Innovation", null, new BigDecimal("40"));
        long reviewer = jdbc.sql("select id from app_user where username = 'analyst'")
                .query(Long.class)
                .single();
        repo.declare(a, reviewer, false, null);
        repo.declare(a, reviewer, true, "Changed my mind");
        assertThat(repo.conflict(a, reviewer).orElseThrow().conflict()).isTrue();
        repo.score(a, reviewer, criterion, 3, "ok");
        repo.score(a, reviewer, criterion, 4, "better");
        assertThat(repo.scores(a)).singleElement().satisfies(s -> {
            assertThat(s.score()).isEqualTo(4);
            assertThat(s.comment()).isEqualTo("better");
        });
        repo.consensus(a, new BigDecimal("3.75"), "agreed");
        repo.decide(a, Decision.RESERVE, "waiting", reviewer);
        var decided = repo.application(ws(), a).orElseThrow();
        assertThat(decided.consensusScore()).isEqualByComparingTo("3.75");
        assertThat(decided.decision()).isEqualTo(Decision.RESERVE);
        assertThat(decided.decidedAt()).isNotNull();
    }

    @Test
    void aGrantKeepsMilestonesInDueOrderAndItsPayments() {
        long call = newCall("Grant call " + System.nanoTime());
        long a = repo.insertApplication(ws(), call, 900_003, null, "Grant application");
        long g = repo.insertGrant(
                ws(), a, new BigDecimal("5000"), "GA-T", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        long late = repo.insertMilestone(g, "Final", LocalDate.of(2026, 12, 1), new BigDecimal("2000"));
        long early = repo.insertMilestone(g, "Start", LocalDate.of(2026, 2, 1), new BigDecimal("3000"));
        assertThat(repo.milestones(g)).extracting(m -> m.id()).containsExactly(early, late);
        assertThat(repo.report(g, early, "done", new BigDecimal("700"), null)).isEqualTo(1);
        repo.accept(g, early);
        assertThat(repo.report(g, early, "changed after acceptance", null, null))
                .isZero();
        repo.accept(g, late); // not reported: stays open
        assertThat(repo.milestones(g)).extracting(m -> m.accepted()).containsExactly(true, false);
        repo.insertPayment(g, early, LocalDate.of(2026, 2, 15), new BigDecimal("3000"), "T1", null);
        assertThat(repo.payments(g)).singleElement().satisfies(p -> {
            assertThat(p.milestoneId()).isEqualTo(early);
            assertThat(p.amount()).isEqualByComparingTo("3000");
        });
        assertThat(repo.grantOf(a).orElseThrow().agreementRef()).isEqualTo("GA-T");
    }
}
