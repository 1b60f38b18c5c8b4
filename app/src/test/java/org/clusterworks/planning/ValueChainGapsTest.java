package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.clusterworks.planning.matchmaking.Matching;
import org.clusterworks.planning.matchmaking.Matching.Post;
import org.clusterworks.planning.matchmaking.Matching.PostKind;
import org.clusterworks.planning.matchmaking.Matching.Stage;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Matchmaking names the gaps of the value chain: stages at which no organisation of the workspace offers anything,
 * with the requests that wait there, and tells an organisation which of its own requests sit in a gap.
 */
@WebTest
class ValueChainGapsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Stakeholders stakeholders;

    static Post aPost(long id, long org, PostKind kind, Stage stage, boolean active) {
        return new Post(id, org, kind, "post " + id, null, null, stage, "test", OffsetDateTime.now(), active);
    }

    @Test
    void aStageIsAGapWhenNoActiveOfferSitsThereAndItsRequestsAreCounted() {
        List<Post> posts = List.of(
                aPost(1, 10, PostKind.OFFER, Stage.INPUTS, true),
                aPost(2, 11, PostKind.OFFER, Stage.LOGISTICS, false), // closed: does not fill the gap
                aPost(3, 12, PostKind.REQUEST, Stage.LOGISTICS, true),
                aPost(4, 10, PostKind.REQUEST, Stage.LOGISTICS, true),
                aPost(5, 10, PostKind.REQUEST, Stage.INPUTS, true),
                aPost(6, 13, PostKind.OFFER, Stage.PROCESSING, true),
                aPost(7, 13, PostKind.OFFER, null, true));
        var gaps = Matching.gaps(10L, posts);
        assertThat(gaps)
                .extracting(Matching.Gap::stage)
                .containsExactly(Stage.PRODUCTION, Stage.LOGISTICS, Stage.MARKETING, Stage.SERVICES);
        var logistics = gaps.get(1);
        assertThat(logistics.requests()).isEqualTo(2);
        assertThat(logistics.own()).extracting(Post::id).containsExactly(4L);
        assertThat(gaps.get(0).requests()).isZero();
        assertThat(Matching.gaps(null, posts).get(1).own()).isEmpty();
    }

    String gapsSection(String user) throws Exception {
        String html = mvc.perform(get("/w/demo/matchmaking").with(users.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return html.substring(html.indexOf("id=\"value-chain-gaps\""), html.indexOf("id=\"meetings\""));
    }

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    @Test
    void aMembersRequestInAGapIsExplainedUntilSomeoneOffersAtThatStage() throws Exception {
        // The stages offered right now, read from the table, so the test works whatever other tests published.
        List<String> offered = jdbc.sql("select distinct value_chain_stage from planning_match_post where"
                        + " workspace_id = :w and kind = 'OFFER' and active and value_chain_stage is not null")
                .param("w", demo())
                .query(String.class)
                .list();
        Stage gap = Arrays.stream(Stage.values())
                .filter(s -> !offered.contains(s.name()))
                .findFirst()
                .orElse(null);
        if (gap == null) {
            // Every stage offered: close the offers at one stage first so there is a gap to see.
            gap = Stage.SERVICES;
            jdbc.sql("update planning_match_post set active = false where workspace_id = :w and kind = 'OFFER' and"
                            + " value_chain_stage = 'SERVICES'")
                    .param("w", demo())
                    .update();
        }
        mvc.perform(post("/w/demo/matchmaking/posts")
                        .with(users.as("member"))
                        .with(csrf())
                        .param("kind", "REQUEST")
                        .param("title", "Gap test request at " + gap.name())
                        .param("valueChainStage", gap.name()))
                .andExpect(status().is3xxRedirection());
        String section = gapsSection("member");
        assertThat(section)
                .contains("data-stage=\"" + gap.name() + "\"")
                .contains("Gap test request at " + gap.name())
                .contains("has no partner in the workspace at this stage");
        // The API says the same, naming the organisation's own request when asked about it.
        long memberOrg = jdbc.sql("select organisation_id from planning_match_post where title = :t")
                .param("t", "Gap test request at " + gap.name())
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/workspaces/demo/value-chain-gaps")
                        .param("organisationId", Long.toString(memberOrg))
                        .with(users.bearer("member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.stage == '" + gap.name() + "')].requests")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$[?(@.stage == '" + gap.name() + "')].organisationRequests[*].title")
                        .value(org.hamcrest.Matchers.hasItem("Gap test request at " + gap.name())));
        // Someone else offers at that stage: the gap closes.
        long other = stakeholders
                .byName(demo(), "SIDO Arusha Regional Office")
                .orElseThrow()
                .id();
        mvc.perform(post("/w/demo/matchmaking/posts")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("organisationId", Long.toString(other))
                        .param("kind", "OFFER")
                        .param("title", "Gap test offer")
                        .param("valueChainStage", gap.name()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from planning_match_post where title = 'Gap test offer' and active")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(gapsSection("member")).doesNotContain("data-stage=\"" + gap.name() + "\"");
        mvc.perform(get("/api/v1/workspaces/demo/value-chain-gaps").with(users.bearer("member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].stage")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(gap.name()))));
    }
}
