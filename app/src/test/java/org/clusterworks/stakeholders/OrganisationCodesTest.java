package org.clusterworks.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.clusterworks.reference.Classifications;
import org.clusterworks.reference.Territories;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Industry and territory codes of organisations are checked against the reference module and shown with labels. */
@WebTest
@Import(ApiTokensForTests.class)
class OrganisationCodesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests api;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    Classifications classifications;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    @Test
    void theReferenceDataHoldsTheCodesTheseTestsRelyOn() {
        assertThat(classifications.find("nace-rev2", "10.39")).isPresent();
        assertThat(classifications.find("nace-rev2", "10.99")).isEmpty();
        assertThat(territories.find("tz-regions", "TZ-01").orElseThrow().name()).isEqualTo("Arusha");
        assertThat(territories.find("nuts-2021", "FRK23")).isPresent();
    }

    @Test
    void aFormWithAnUnknownIndustryOrTerritoryCodeNamesTheCode() throws Exception {
        mvc.perform(post("/w/demo/organisations")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("name", "Code Check Ltd")
                        .param("helix", "BUSINESS")
                        .param("industryCodes", "10.39, 10.99")
                        .param("territoryCode", "TZ-99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"industryCodes-error\"")))
                .andExpect(content().string(containsString("unknown industry code 10.99")))
                .andExpect(content().string(containsString("unknown territory code TZ-99")));
        assertThat(stakeholders.byName(demo(), "Code Check Ltd")).isEmpty();
    }

    @Test
    void theApiRejectsUnknownCodesInTheCallersLanguageAndLabelsKnownOnes() throws Exception {
        mvc.perform(post("/api/v1/workspaces/demo/organisations")
                        .param("lang", "fr")
                        .with(api.bearer("manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Api Codes Ltd\",\"helix\":\"BUSINESS\",\"industryCodes\":\"99.99\","
                                + "\"territoryCode\":\"FRK99\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[?(@.field == 'industryCodes')].message",
                        hasItem("code d’activité inconnu 99.99 : ce n’est pas un code NACE Rév. 2")))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'territoryCode')].message", hasItem(containsString("FRK99"))));
        mvc.perform(post("/api/v1/workspaces/demo/organisations")
                        .with(api.bearer("manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Api Codes Ltd\",\"helix\":\"BUSINESS\",\"industryCodes\":\"10.39\","
                                + "\"territoryCode\":\"FRK23\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath(
                        "$.industryTitles['10.39']",
                        is(classifications
                                .find("nace-rev2", "10.39")
                                .orElseThrow()
                                .title())))
                .andExpect(jsonPath(
                        "$.territoryName",
                        is(territories.find("nuts-2021", "FRK23").orElseThrow().name())));
    }

    @Test
    void anImportWithAnUnknownCodeNamesRowColumnAndCodeAndWritesNothing() throws Exception {
        String csv = "name,helix,industry_codes,territory_code\n"
                + "Codes Alpha Ltd,BUSINESS,01.13,TZ-01\n"
                + "Codes Beta Ltd,BUSINESS,01.13;77.77,TZ-01\n";
        mvc.perform(multipart("/w/demo/organisations/import")
                        .file(new MockMultipartFile(
                                "file", "codes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("row 3, column industry_codes")))
                .andExpect(content().string(containsString("unknown industry code 77.77")));
        assertThat(stakeholders.byName(demo(), "Codes Alpha Ltd")).isEmpty();
    }

    @Test
    void theDirectoryAndOrganisationPageShowTerritoryNamesAndIndustryTitles() throws Exception {
        long kimaro =
                stakeholders.byName(demo(), "Kimaro Greens Ltd").orElseThrow().id();
        mvc.perform(get("/w/demo/organisations/" + kimaro).with(users.as("viewer")))
                .andExpect(content().string(containsString("TZ-01")))
                .andExpect(content().string(containsString(" · Arusha")));
        mvc.perform(get("/w/demo/organisations?helix=BUSINESS").with(users.as("viewer")))
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(containsString("hx-get=\"/w/demo/organisations\"")))
                .andExpect(content().string(containsString(" · Arusha")));
    }
}
