package org.clusterworks.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WebTest
class InitiativesApiTest {

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

    InitiativeSummary arusha() {
        return initiatives.all(workspace("demo")).stream()
                .filter(i -> i.name().contains("Arusha"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void listsTheDemoInitiativesOfTheWorkspaceOnly() {
        assertThat(initiatives.all(workspace("demo"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(initiatives.find(workspace("other-agency"), arusha().id())).isEmpty();
        assertThat(initiatives.find(workspace("demo"), arusha().id())).contains(arusha());
    }

    @Test
    void activeMembersAreTheOrganisationsWithAMembershipRunningThatDay() {
        long ws = workspace("demo");
        var members = initiatives.activeMembers(ws, arusha().id(), LocalDate.now());
        long countedInSql = jdbc.sql("select count(distinct organisation_id) from initiative_membership where"
                        + " initiative_id = :i and start_date <= current_date and (end_date is null or end_date >="
                        + " current_date - 60)")
                .param("i", arusha().id())
                .query(Long.class)
                .single();
        assertThat(members).hasSize((int) countedInSql).doesNotHaveDuplicates();
        assertThat(initiatives.activeMembers(workspace("other-agency"), arusha().id(), LocalDate.now()))
                .isEmpty();
        long member = members.getFirst();
        assertThat(initiatives.initiativesOf(ws, member, LocalDate.now())).contains(arusha().id());
        assertThat(stakeholders.organisation(ws, member)).isPresent();
    }
}
