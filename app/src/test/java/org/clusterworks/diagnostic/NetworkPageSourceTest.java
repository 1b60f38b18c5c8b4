package org.clusterworks.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.Surveys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class NetworkPageSourceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Surveys surveys;

    @Test
    void theNetworkPageOpensOnTheLatestClosedNetworkRoundAndCanSwitchToRecordedRelationships() throws Exception {
        long demo = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        long arusha = initiatives.all(demo).stream()
                .filter(i -> i.name().startsWith("Arusha"))
                .findFirst()
                .orElseThrow()
                .id();
        long latestClosed = surveys.rounds(demo, arusha).stream()
                .filter(r -> r.status() == RoundStatus.CLOSED)
                .filter(r -> !surveys.ties(demo, r.id()).isEmpty())
                .map(SurveyRound::id)
                .reduce((a, b) -> b)
                .orElseThrow();
        String page = "/w/demo/initiatives/" + arusha + "/diagnostic/network";

        mvc.perform(get(page).with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-round=\"" + latestClosed + "\"")))
                .andExpect(content().string(containsString("id=\"network-source\"")))
                .andExpect(content().string(containsString("survey round&#39;s network questions")))
                .andExpect(content().string(containsString("round=" + latestClosed)));

        String relationships = mvc.perform(
                        get(page).param("round", "relationships").with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-round="))))
                .andExpect(content().string(containsString("relationships recorded between member organisations")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(relationships).containsPattern("<option value=\"relationships\" selected");
    }
}
