package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.clusterworks.funding.GrantAwarded;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A grant awarded for an initiative ({@link GrantAwarded}, published by funding) becomes a joint action in the
 * initiative's ledger, once: the consortium as participants, each contributing its eligible costs less its pro-rata
 * share of the grant, linked back to the grant. Checked against the funding tables, computed independently in SQL.
 */
@WebTest
class GrantJointActionTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Plans plans;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    record Award(
            long workspaceId, long grantId, long applicationId, long initiativeId, long leadOrgId, BigDecimal amount) {}

    /** The grant the funding demo awarded for the Arusha cluster's call (the shared cold store). */
    Award demoAward() {
        return jdbc.sql("select g.workspace_id, g.id as grant_id, a.id as application_id, c.initiative_id,"
                        + " a.lead_org_id, g.amount from funding_grant g join funding_application a on a.id ="
                        + " g.application_id join funding_call c on c.id = a.call_id where c.initiative_id is not null"
                        + " order by g.id")
                .query(Award.class)
                .list()
                .get(0);
    }

    long jointActionsOfGrant(long grantId) {
        return jdbc.sql("select count(*) from planning_joint_action where grant_id = :g")
                .param("g", grantId)
                .query(Long.class)
                .single();
    }

    void publish(Award a) {
        tx.executeWithoutResult(s -> events.publishEvent(new GrantAwarded(
                a.workspaceId(), a.grantId(), a.applicationId(), a.initiativeId(), a.leadOrgId(), a.amount())));
    }

    @Test
    void theAwardedGrantIsAJointActionOfTheConsortiumWithItsCofinancing() throws Exception {
        Award a = demoAward();
        assertThat(jointActionsOfGrant(a.grantId())).isEqualTo(1);
        long jointId = jdbc.sql("select id from planning_joint_action where grant_id = :g")
                .param("g", a.grantId())
                .query(Long.class)
                .single();
        var joint = plans.jointActions(a.workspaceId(), a.initiativeId()).stream()
                .filter(j -> j.id() == jointId)
                .findFirst()
                .orElseThrow();
        List<Long> consortium = jdbc.sql("select org_id from funding_partner where application_id = :a")
                .param("a", a.applicationId())
                .query(Long.class)
                .list();
        var expected = new HashSet<>(consortium);
        expected.add(a.leadOrgId());
        assertThat(joint.participants())
                .extracting(JointActionSummary.Participant::organisationId)
                .containsExactlyInAnyOrderElementsOf(expected);
        BigDecimal costs = jdbc.sql("select coalesce(sum(amount), 0) from funding_cost where application_id = :a")
                .param("a", a.applicationId())
                .query(BigDecimal.class)
                .single();
        assertThat(costs).isGreaterThan(a.amount());
        // Co-financing mobilised = the consortium's eligible costs the grant does not pay (pro-rata cents aside).
        assertThat(joint.cofinancing().subtract(costs.subtract(a.amount())).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(expected.size())));
        assertThat(joint.budget()).isEqualByComparingTo(costs);
        assertThat(joint.status()).isEqualTo("ONGOING");
        String page = mvc.perform(get("/w/demo/initiatives/" + a.initiativeId() + "/joint-actions/" + jointId)
                        .with(users.as("officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("/w/demo/funding/grants/" + a.grantId());
    }

    @Test
    void theSameAwardTwiceRecordsOneJointAction() {
        Award a = demoAward();
        long before = plans.jointActions(a.workspaceId(), a.initiativeId()).size();
        publish(a);
        publish(a);
        assertThat(jointActionsOfGrant(a.grantId())).isEqualTo(1);
        assertThat(plans.jointActions(a.workspaceId(), a.initiativeId())).hasSize((int) before);
    }

    @Test
    void anAwardForNoInitiativeRecordsNothing() {
        Award a = demoAward();
        long total = jdbc.sql("select count(*) from planning_joint_action")
                .query(Long.class)
                .single();
        tx.executeWithoutResult(s -> events.publishEvent(
                new GrantAwarded(a.workspaceId(), 987654321L, a.applicationId(), null, a.leadOrgId(), a.amount())));
        assertThat(jdbc.sql("select count(*) from planning_joint_action")
                        .query(Long.class)
                        .single())
                .isEqualTo(total);
    }
}
