package org.clusterworks.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.clusterworks.stakeholders.StakeholderPerson;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Memberships and governance written over the REST API by the initiative's manager, refused to everyone else. */
@WebTest
@Import(ApiTokensForTests.class)
class GovernanceApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests api;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    JdbcClient jdbc;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long arusha() {
        return initiatives.all(demo()).stream()
                .filter(i -> i.name().contains("Arusha"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    String base() {
        return "/api/v1/workspaces/demo/initiatives/" + arusha();
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    long newOrganisation(String name) throws Exception {
        String created = mvc.perform(json(
                        post("/api/v1/workspaces/demo/organisations").with(api.bearer("manager")),
                        "{\"name\":\"" + name + "\",\"helix\":\"BUSINESS\",\"city\":\"Arusha\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void theManagerAddsRenewsAndRemovesAMembershipAndBadFieldsAreNamed() throws Exception {
        long org = newOrganisation("Api Member Greens Ltd");
        String created = mvc.perform(json(
                        post(base() + "/memberships").with(api.bearer("manager")),
                        "{\"organisationId\":" + org + ",\"memberType\":\"associate\",\"fee\":120,"
                                + "\"currency\":\"tzs\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.memberType", is("ASSOCIATE")))
                .andExpect(jsonPath("$.currency", is("TZS")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long membership = ((Number) JsonPath.read(created, "$.id")).longValue();
        assertThat(initiatives.activeMembers(demo(), arusha(), LocalDate.of(2026, 6, 1)))
                .contains(org);

        mvc.perform(json(
                        post(base() + "/memberships").with(api.bearer("manager")),
                        "{\"organisationId\":" + org + ",\"currency\":\"shillings\",\"endDate\":\"not a date\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("organisationId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("currency")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("endDate")));

        mvc.perform(json(
                        put(base() + "/memberships/" + membership).with(api.bearer("manager")),
                        "{\"memberType\":\"FULL\",\"fee\":\"150\",\"currency\":\"TZS\",\"endDate\":\"2027-12-31\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberType", is("FULL")))
                .andExpect(jsonPath("$.startDate", is("2026-01-01")))
                .andExpect(jsonPath("$.endDate", is("2027-12-31")));
        mvc.perform(json(
                        put(base() + "/memberships/" + membership).with(api.bearer("manager")),
                        "{\"startDate\":\"2026-01-01\",\"endDate\":\"2025-12-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("endDate")));
        mvc.perform(get(base() + "/memberships").with(api.bearer("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + membership + ")].endDate", hasItem("2027-12-31")));

        mvc.perform(delete(base() + "/memberships/" + membership).with(api.bearer("member")))
                .andExpect(status().isForbidden());
        mvc.perform(delete(base() + "/memberships/" + membership).with(api.bearer("manager")))
                .andExpect(status().isNoContent());
        mvc.perform(get(base() + "/memberships").with(api.bearer("manager")))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) membership))));
        mvc.perform(delete(base() + "/memberships/" + membership).with(api.bearer("manager")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theManagerRunsABodyItsSeatsAMeetingAndADecisionOverTheApi() throws Exception {
        String body = mvc.perform(json(
                        post(base() + "/bodies").with(api.bearer("manager")),
                        "{\"name\":\"Export readiness working group\",\"kind\":\"WORKING_GROUP\",\"seats\":\"5\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.seats.length()", is(0)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long bodyId = ((Number) JsonPath.read(body, "$.id")).longValue();

        long kimaro =
                stakeholders.byName(demo(), "Kimaro Greens Ltd").orElseThrow().id();
        StakeholderPerson paulo = stakeholders.peopleOf(demo(), java.util.List.of(kimaro)).stream()
                .filter(p -> p.fullName().equals("Paulo Kimaro"))
                .findFirst()
                .orElseThrow();
        mvc.perform(json(
                        post(base() + "/bodies/" + bodyId + "/seats").with(api.bearer("manager")),
                        "{\"personId\":" + paulo.id() + ",\"role\":\"CHAIR\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.seats[0].person", is("Paulo Kimaro")))
                .andExpect(jsonPath("$.seats[0].role", is("CHAIR")))
                // one seat, held by a business: business share 1 of 1 = 100 %
                .andExpect(jsonPath("$.representation[?(@.share == 'helix.business')].percent", hasItem(100)));
        mvc.perform(json(
                        post(base() + "/bodies/" + bodyId + "/seats").with(api.bearer("manager")),
                        "{\"personId\":" + paulo.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("personId")));

        mvc.perform(json(
                        post(base() + "/meetings").with(api.bearer("manager")),
                        "{\"bodyId\":" + bodyId + ",\"title\":\"\",\"startsAt\":\"tomorrow\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("startsAt")));
        String meeting = mvc.perform(json(
                        post(base() + "/meetings").with(api.bearer("manager")),
                        "{\"bodyId\":" + bodyId + ",\"title\":\"Kick-off\",\"startsAt\":\"2026-12-01T09:30\","
                                + "\"agenda\":\"1. Export markets\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long meetingId = ((Number) JsonPath.read(meeting, "$.id")).longValue();
        mvc.perform(json(
                        put(base() + "/meetings/" + meetingId + "/minutes").with(api.bearer("manager")),
                        "{\"minutes\":\"Agreed to map export markets.\",\"present\":[" + paulo.id() + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attendance['" + paulo.id() + "']", is(true)));

        String decision = mvc.perform(json(
                        post(base() + "/meetings/" + meetingId + "/decisions").with(api.bearer("manager")),
                        "{\"text\":\"Commission an export market study\",\"votesFor\":\"1\","
                                + "\"outcome\":\"ADOPTED\",\"dueDate\":\"2027-03-31\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.followUp", is("OPEN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long decisionId = ((Number) JsonPath.read(decision, "$.id")).longValue();
        mvc.perform(json(
                        put(base() + "/decisions/" + decisionId).with(api.bearer("manager")),
                        "{\"followUp\":\"maybe\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("followUp")));
        mvc.perform(json(
                        put(base() + "/decisions/" + decisionId).with(api.bearer("manager")),
                        "{\"followUp\":\"DONE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.followUp", is("DONE")));
        mvc.perform(get(base() + "/decisions").with(api.bearer("member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + decisionId + ")].followUp", hasItem("DONE")));
        mvc.perform(get(base() + "/bodies").with(api.bearer("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Export readiness working group")));

        mvc.perform(json(
                        post(base() + "/meetings/" + meetingId + "/decisions").with(api.bearer("member")),
                        "{\"text\":\"Members decide alone\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base() + "/meetings").with(api.bearer("other"))).andExpect(status().isNotFound());
    }

    @Test
    void theWriteApiIsDescribedInTheOpenApiDocument() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String path : java.util.List.of(
                "/api/v1/workspaces/{workspace}/initiatives/{id}/memberships",
                "/api/v1/workspaces/{workspace}/initiatives/{id}/memberships/{membershipId}",
                "/api/v1/workspaces/{workspace}/initiatives/{id}/bodies/{bodyId}/seats",
                "/api/v1/workspaces/{workspace}/initiatives/{id}/meetings/{meetingId}/minutes",
                "/api/v1/workspaces/{workspace}/initiatives/{id}/decisions/{decisionId}")) {
            assertThat(doc).contains("\"" + path + "\"");
        }
        assertThat(doc).contains("Initiative governance");
    }
}
