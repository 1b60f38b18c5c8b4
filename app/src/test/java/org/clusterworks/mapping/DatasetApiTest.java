package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebTest
class DatasetApiTest {

    static final String BEARER = "Bearer " + DemoUsers.ANALYST_TOKEN;
    static final String API = "/api/v1/workspaces/demo/datasets";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "data.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static MockMultipartFile mapping(String name, Long replace) {
        String m = """
                {"name":"%s","regionScheme":"us-fips","industryScheme":"us-benchmark-clusters",%s
                 "columns":{"region":"state_fips","industry":"cluster_code","year":"year",
                            "employment":"employment","establishments":"establishments"}}""".formatted(name, replace == null ? "" : "\"datasetId\":" + replace + ",");
        return new MockMultipartFile("mapping", "", "application/json", m.getBytes(StandardCharsets.UTF_8));
    }

    long observations() {
        return jdbc.sql("select count(*) from map_observation")
                .query(Long.class)
                .single();
    }

    long datasets() {
        return jdbc.sql("select count(*) from map_dataset").query(Long.class).single();
    }

    @Test
    void importWithTwoBadRowsReportsBothWithRowColumnAndReasonAndStoresNothing() throws Exception {
        long before = observations();
        long datasetsBefore = datasets();
        String body = """
                year,state_fips,cluster_code,employment,establishments
                2016,01,1,100,3
                2016,01,2,lots,4
                2016,01,999,5,1
                2016,02,1,7,2
                """;
        mvc.perform(multipart(API).file(csv(body)).file(mapping("Bad", null)).header("Authorization", BEARER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("employment"))
                .andExpect(jsonPath("$.errors[0].message").value("'lots' is not a number"))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("cluster_code"));
        assertThat(observations()).isEqualTo(before);
        assertThat(datasets()).isEqualTo(datasetsBefore);
    }

    @Test
    void negativesDuplicatesAndUnknownRegionsAreReported() throws Exception {
        String body = """
                year,state_fips,cluster_code,employment,establishments
                2016,01,1,-5,3
                2016,01,1,5,3
                2016,77,2,5,3
                """;
        String out = mvc.perform(multipart(API)
                        .file(csv(body))
                        .file(mapping("Bad", null))
                        .header("Authorization", BEARER))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(out).contains("negative value -5").contains("unknown region code '77'");
        // row 3 duplicates nothing because row 2 was rejected; a real duplicate:
        String dup = """
                year,state_fips,cluster_code,employment,establishments
                2016,01,1,5,3
                2016,01,1,6,3
                """;
        mvc.perform(multipart(API).file(csv(dup)).file(mapping("Dup", null)).header("Authorization", BEARER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("row 2")));
    }

    @Test
    void goodImportStoresAllRowsAndReplacingCreatesANewVersionKeepingTheOld() throws Exception {
        String body = """
                year,state_fips,cluster_code,employment,establishments
                2016,01,1,100,3
                2016,01,2,50,4
                2016,02,1,7,2
                """;
        String created = mvc.perform(multipart(API)
                        .file(csv(body))
                        .file(mapping("Good", null))
                        .header("Authorization", BEARER))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(API + "/")))
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.version").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        mvc.perform(get(API + "/" + id).header("Authorization", BEARER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dataset.name").value("Good"))
                .andExpect(jsonPath("$.dataset.years[0]").value(2016))
                .andExpect(jsonPath("$.dataset.industryScheme").value("us-benchmark-clusters"));

        String replacement = body + "2016,02,2,9,1\n";
        mvc.perform(multipart(API)
                        .file(csv(replacement))
                        .file(mapping("Good", id))
                        .header("Authorization", BEARER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.rows").value(4));
        mvc.perform(get(API + "/" + id).header("Authorization", BEARER))
                .andExpect(jsonPath("$.dataset.version").value(2))
                .andExpect(jsonPath("$.versions.length()").value(2));
        // the old version still answers with its own rows
        mvc.perform(get(API + "/" + id + "/strength?year=2016&version=1").header("Authorization", BEARER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get(API + "/" + id + "/strength?year=2016").header("Authorization", BEARER))
                .andExpect(jsonPath("$.length()").value(4));
    }

    @Test
    void listShowsTheDemoDatasetsWithYearsAndSchemes() throws Exception {
        String out = mvc.perform(get(API).header("Authorization", BEARER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode list = json.readTree(out);
        List<String> names =
                list.valueStream().map(n -> n.get("name").asString()).toList();
        assertThat(names)
                .contains(
                        "US states x benchmark clusters, 2016",
                        "German Länder x NACE sections, 2015",
                        "World exports by SITC product, 1998-2000");
        JsonNode us = list.valueStream()
                .filter(n -> n.get("name").asString().startsWith("US states"))
                .findFirst()
                .orElseThrow();
        assertThat(us.get("years").get(0).asInt()).isEqualTo(2016);
        assertThat(us.get("regionScheme").asString()).isEqualTo("us-fips");
        assertThat(us.get("rows").asLong()).isEqualTo(3350);
        assertThat(us.get("referenceTotals").asBoolean()).isTrue();
    }

    @Test
    void aForeignWorkspaceIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/workspaces/other-agency/datasets").header("Authorization", BEARER))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/workspaces/other-agency/datasets")
                        .file(csv("a,b\n1,2\n"))
                        .file(mapping("x", null))
                        .header("Authorization", BEARER))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBadMappingIsRefusedWithTheProblem() throws Exception {
        MockMultipartFile m = new MockMultipartFile(
                "mapping",
                "",
                "application/json",
                "{\"name\":\"x\",\"regionScheme\":\"us-fips\",\"industryScheme\":\"nope\",\"columns\":{\"region\":\"a\"}}"
                        .getBytes(StandardCharsets.UTF_8));
        String out = mvc.perform(multipart(API).file(csv("a,b\n1,2\n")).file(m).header("Authorization", BEARER))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(out).contains("industry column is required").contains("unknown industry scheme");
        Map<?, ?> unused = Map.of();
        assertThat(unused).isEmpty();
    }
}
