package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.planning.implementation.EventInput;
import org.clusterworks.planning.implementation.ImplementationRepository;
import org.clusterworks.planning.matchmaking.Matching;
import org.clusterworks.planning.matchmaking.MatchmakingRepository;
import org.clusterworks.planning.plan.ActionLineInput;
import org.clusterworks.planning.plan.PlanRepository;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Stakeholders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The planning repositories, written once and run on H2 and on PostgreSQL. */
abstract class PlanningPersistenceContract {

    @Autowired
    PlanRepository plans;

    @Autowired
    ImplementationRepository implementation;

    @Autowired
    MatchmakingRepository matchmaking;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    JdbcClient jdbc;

    long ws() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    /** The Drôme initiative, so that the Arusha demo plan other tests read stays as seeded. */
    long initiative() {
        return initiatives.all(ws()).stream()
                .filter(i -> !i.name().startsWith("Arusha"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void anActionLineKeepsItsDatesExactBudgetSharesPartnersAndMilestones() {
        long ws = ws();
        long init = initiative();
        var orgs = stakeholders.search(ws, null, 3);
        var v = new ActionLineInput(
                        null,
                        "P1",
                        "Persistence line",
                        "Ünïcode ✓ description",
                        Long.toString(orgs.get(0).id()),
                        null,
                        "2027-02-28",
                        "2028-02-29",
                        "123456789012.34",
                        "TZS",
                        "12.5",
                        "DELAYED",
                        List.of("Fund A", "Fund B"),
                        List.of("50.25", "37.25"),
                        List.of(
                                Long.toString(orgs.get(1).id()),
                                Long.toString(orgs.get(2).id())),
                        List.of("5", "6"))
                .check(new InvalidInput.Collector());
        long id = plans.insertLine(ws, init, v);
        plans.setFunders(id, v.funders());
        plans.setPartners(id, v.partnerIds());
        plans.setLineSwot(id, v.swotItemIds());
        plans.insertMilestone(id, "Second", LocalDate.of(2027, 9, 1));
        long first = plans.insertMilestone(id, "First", LocalDate.of(2027, 3, 1));
        plans.setMilestoneDone(id, first, true);

        var got = plans.line(init, id).orElseThrow();
        assertThat(got.startDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(got.endDate()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(got.budget()).isEqualByComparingTo("123456789012.34");
        assertThat(got.membersSharePct()).isEqualByComparingTo("12.5");
        assertThat(got.description()).isEqualTo("Ünïcode ✓ description");
        assertThat(plans.funders(init))
                .filteredOn(f -> f.actionLineId() == id)
                .extracting(f -> f.sharePct().add(BigDecimal.ZERO))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("50.25"), new BigDecimal("37.25"));
        assertThat(plans.partners(init).get(id))
                .containsExactlyInAnyOrder(orgs.get(1).id(), orgs.get(2).id());
        assertThat(plans.lineSwot(init).get(id)).containsExactly(5L, 6L);
        assertThat(plans.milestones(init))
                .filteredOn(m -> m.actionLineId() == id)
                .extracting(m -> m.title() + ":" + m.done())
                .containsExactly("First:true", "Second:false");
        assertThat(plans.line(
                        initiatives.all(ws).stream()
                                .filter(i -> i.id() != init)
                                .findFirst()
                                .orElseThrow()
                                .id(),
                        id))
                .isEmpty();

        plans.deleteLine(init, id);
        assertThat(plans.funders(init)).noneMatch(f -> f.actionLineId() == id);
        assertThat(plans.milestones(init)).noneMatch(m -> m.actionLineId() == id);
    }

    @Test
    void versionsNumberUpAndKeepALargeSnapshot() {
        long init = initiative();
        String big = "{\"vision\":\"" + "x".repeat(200_000) + "\",\"objectives\":[],\"lines\":[]}";
        int a = plans.insertVersion(init, "one", big, "tester");
        int b = plans.insertVersion(init, "two", "{}", "tester");
        assertThat(b).isEqualTo(a + 1);
        assertThat(plans.version(init, a).orElseThrow().snapshot()).hasSize(big.length());
        assertThat(plans.versions(init).get(0).versionNo()).isEqualTo(b);
    }

    @Test
    void aPersonRegistersOnceAndTheWaitingListMovesUp() {
        long ws = ws();
        long init = initiative();
        long ev = implementation.insertEvent(
                ws,
                init,
                new EventInput(null, "Persistence event", "FAIR", "2027-05-01T08:00", null, null, "1", null)
                        .check(new InvalidInput.Collector()));
        var people = stakeholders.peopleOf(
                ws, stakeholders.search(ws, null, 20).stream().map(o -> o.id()).toList());
        long first = implementation.insertRegistration(ev, people.get(0).id(), null, "t", false);
        implementation.insertRegistration(ev, people.get(1).id(), null, "t", true);
        assertThatThrownBy(() ->
                        implementation.insertRegistration(ev, people.get(0).id(), null, "t", false))
                .isInstanceOf(DataIntegrityViolationException.class);
        implementation.cancelRegistration(ev, first);
        implementation.promoteWaiting(ev);
        assertThat(implementation.registrations(ev))
                .singleElement()
                .satisfies(r -> assertThat(r.waiting()).isFalse());
    }

    @Test
    void postsAndMeetingRequestsStayInTheirWorkspace() {
        long ws = ws();
        var orgs = stakeholders.search(ws, null, 2);
        long p = matchmaking.insertPost(
                ws,
                orgs.get(0).id(),
                Matching.PostKind.OFFER,
                "Persistence offer",
                null,
                "01.13",
                Matching.Stage.INPUTS,
                "t");
        long m = matchmaking.insertMeeting(ws, orgs.get(1).id(), orgs.get(0).id(), p, "hello", "t");
        matchmaking.decide(ws, m, "ACCEPTED");
        assertThat(matchmaking.meeting(ws, m).orElseThrow().status()).isEqualTo("ACCEPTED");
        assertThat(matchmaking.meeting(ws, m).orElseThrow().decidedAt()).isNotNull();
        long other = jdbc.sql("select id from workspace where slug = 'other-agency'")
                .query(Long.class)
                .single();
        assertThat(matchmaking.post(other, p)).isEmpty();
        assertThat(matchmaking.meeting(other, m)).isEmpty();
        assertThat(matchmaking.post(ws, p).orElseThrow().codes()).containsExactly("01.13");
    }
}
