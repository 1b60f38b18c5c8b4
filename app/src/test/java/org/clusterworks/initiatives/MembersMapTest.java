package org.clusterworks.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The map of an initiative's members shows exactly its running members that have coordinates. */
@WebTest
@Import(ApiTokensForTests.class)
class MembersMapTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests api;

    @Autowired
    Initiatives initiatives;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMapHoldsTheRunningMembersWithCoordinates() throws Exception {
        long demo = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        long arusha = initiatives.all(demo).stream()
                .filter(i -> i.name().contains("Arusha"))
                .findFirst()
                .orElseThrow()
                .id();
        String membersJson = mvc.perform(get("/api/v1/workspaces/demo/initiatives/" + arusha + "/members")
                        .with(api.bearer("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> members = JsonPath.read(membersJson, "$[?(@.membershipStatus != 'EXPIRED')]");
        Set<Long> expected = new HashSet<>();
        for (Map<String, Object> m : members) {
            long org = ((Number) m.get("id")).longValue();
            String orgJson = mvc.perform(
                            get("/api/v1/workspaces/demo/organisations/" + org).with(api.bearer("manager")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (JsonPath.read(orgJson, "$.latitude") != null) {
                expected.add(org);
            }
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(15);

        String map = mvc.perform(get("/w/demo/initiatives/" + arusha + "/members/map.json")
                        .with(users.as("member")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(map, "$.points[*].id");
        assertThat(ids.stream().map(Number::longValue).toList()).containsExactlyInAnyOrderElementsOf(expected);
        mvc.perform(get("/w/demo/initiatives/" + arusha + "/members/map.json").with(users.as("viewer")))
                .andExpect(status().isNotFound());
    }
}
