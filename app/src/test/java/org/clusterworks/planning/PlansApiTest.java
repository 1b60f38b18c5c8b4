package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.planning.implementation.EventInput;
import org.clusterworks.planning.implementation.ImplementationRepository;
import org.clusterworks.planning.implementation.JointActionInput;
import org.clusterworks.planning.plan.ActionLineInput;
import org.clusterworks.planning.plan.PlanRepository;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Gender;
import org.clusterworks.stakeholders.Helix;
import org.clusterworks.stakeholders.StakeholderPerson;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The root API other modules read: an initiative's plan and implementation, scoped to its workspace. */
@WebTest
class PlansApiTest {

    @Autowired
    Plans plans;

    @Autowired
    PlanRepository planRepo;

    @Autowired
    ImplementationRepository implRepo;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    JdbcClient jdbc;

    long workspace(String slug) {
        return jdbc.sql("select id from workspace where slug = :s")
                .param("s", slug)
                .query(Long.class)
                .single();
    }

    InitiativeSummary drome() {
        return initiatives.all(workspace("demo")).stream()
                .filter(i -> i.name().contains("Drôme") || i.name().contains("Drome"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void actionLinesCarryTheirObjectiveBudgetSharesPartnersAndSwotItemsOnlyInTheirWorkspace() {
        long ws = workspace("demo");
        long init = drome().id();
        long objective = planRepo.insertObjective(ws, init, "OX1", "API test objective", null, "DRAFT");
        planRepo.setObjectiveSwot(objective, List.of(901L, 902L));
        var partner = stakeholders.search(ws, null, 3);
        var v = new ActionLineInput(
                        Long.toString(objective),
                        "AX1.1",
                        "API test line",
                        null,
                        Long.toString(partner.get(0).id()),
                        null,
                        "2027-01-01",
                        "2027-12-31",
                        "120000",
                        "eur",
                        "25",
                        "ONGOING",
                        List.of("Region", "EU"),
                        List.of("40", "30"),
                        List.of(Long.toString(partner.get(1).id())),
                        List.of("903"))
                .check(new InvalidInput.Collector());
        long line = planRepo.insertLine(ws, init, v);
        planRepo.setFunders(line, v.funders());
        planRepo.setPartners(line, v.partnerIds());
        planRepo.setLineSwot(line, v.swotItemIds());

        PlannedActionLine got = plans.actionLines(ws, init).stream()
                .filter(l -> l.id() == line)
                .findFirst()
                .orElseThrow();
        assertThat(got.objectiveId()).isEqualTo(objective);
        assertThat(got.currency()).isEqualTo("EUR");
        assertThat(got.budget()).isEqualByComparingTo("120000");
        assertThat(got.membersSharePct()).isEqualByComparingTo("25");
        assertThat(got.funderSharesPct()).containsOnlyKeys("Region", "EU");
        assertThat(got.funderSharesPct().get("EU")).isEqualByComparingTo("30");
        assertThat(got.partnerOrganisationIds()).containsExactly(partner.get(1).id());
        assertThat(got.swotItemIds()).containsExactly(903L);
        assertThat(got.status()).isEqualTo("ONGOING");
        assertThat(plans.objectives(ws, init))
                .filteredOn(o -> o.id() == objective)
                .singleElement()
                .satisfies(o -> assertThat(o.swotItemIds()).containsExactly(901L, 902L));

        long other = workspace("other-agency");
        assertThat(plans.actionLines(other, init)).isEmpty();
        assertThat(plans.objectives(other, init)).isEmpty();
        assertThat(plans.jointActions(other, init)).isEmpty();
        assertThat(plans.events(other, init)).isEmpty();
    }

    @Test
    void jointActionsAddUpTheParticipantsContributionsAsCofinancing() {
        long ws = workspace("demo");
        long init = drome().id();
        long ja = implRepo.insertJointAction(
                ws,
                init,
                new JointActionInput(
                                null,
                                "API test purchase",
                                "SHARED_PURCHASING",
                                "HORIZONTAL",
                                null,
                                null,
                                "10000",
                                "EUR",
                                "ONGOING",
                                null,
                                null)
                        .check(new InvalidInput.Collector()));
        var orgs = stakeholders.search(ws, null, 3);
        implRepo.saveParticipant(ja, orgs.get(0).id(), new BigDecimal("1500.50"), null);
        implRepo.saveParticipant(ja, orgs.get(1).id(), new BigDecimal("499.50"), "lead");
        implRepo.saveParticipant(ja, orgs.get(2).id(), null, null);

        JointActionSummary got = plans.jointActions(ws, init).stream()
                .filter(j -> j.id() == ja)
                .findFirst()
                .orElseThrow();
        assertThat(got.cofinancing()).isEqualByComparingTo("2000.00");
        assertThat(got.participants()).hasSize(3);
        assertThat(got.kind()).isEqualTo("SHARED_PURCHASING");
    }

    @Test
    void eventsCountAttendeesByHelixOfTheirOrganisationAndByGender() {
        long ws = workspace("demo");
        long init = drome().id();
        long ev = implRepo.insertEvent(
                ws,
                init,
                new EventInput(null, "API test seminar", "SEMINAR", "2027-03-01T09:00", null, null, null, null)
                        .check(new InvalidInput.Collector()));
        List<StakeholderPerson> people =
                stakeholders
                        .peopleOf(
                                ws,
                                stakeholders.search(ws, null, 50).stream()
                                        .map(o -> o.id())
                                        .toList())
                        .stream()
                        .filter(p -> p.organisationId() != null)
                        .limit(6)
                        .toList();
        assertThat(people).hasSize(6);
        for (int k = 0; k < people.size(); k++) {
            var p = people.get(k);
            long reg = implRepo.insertRegistration(ev, p.id(), p.organisationId(), "test", false);
            if (k % 3 != 2) {
                implRepo.setAttended(ev, reg, true);
            }
        }
        List<StakeholderPerson> attended = List.of(people.get(0), people.get(1), people.get(3), people.get(4));
        EventSummary got = plans.events(ws, init).stream()
                .filter(e -> e.id() == ev)
                .findFirst()
                .orElseThrow();
        assertThat(got.registered()).isEqualTo(6);
        assertThat(got.attended()).isEqualTo(4);
        for (Helix h : Helix.values()) {
            long expected = attended.stream()
                    .filter(p -> stakeholders
                                    .organisation(ws, p.organisationId())
                                    .orElseThrow()
                                    .helix()
                            == h)
                    .count();
            assertThat(got.attendedByHelix().getOrDefault(h, 0)).as(h.name()).isEqualTo((int) expected);
        }
        for (Gender g : Gender.values()) {
            long expected = attended.stream().filter(p -> p.gender() == g).count();
            assertThat(got.attendedByGender().getOrDefault(g, 0)).as(g.name()).isEqualTo((int) expected);
        }
        assertThat(got.attendedOrganisations()).isEqualTo((int) attended.stream()
                .map(StakeholderPerson::organisationId)
                .distinct()
                .count());
        assertThat(got.startsAt()).isEqualTo(OffsetDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    }
}
