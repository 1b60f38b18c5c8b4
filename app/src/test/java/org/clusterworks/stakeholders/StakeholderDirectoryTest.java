package org.clusterworks.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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

@WebTest
@Import(ApiTokensForTests.class)
class StakeholderDirectoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests api;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    JdbcClient jdbc;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long orgId(String name) {
        return stakeholders.byName(demo(), name).orElseThrow().id();
    }

    @Test
    void directoryListsDemoOrganisationsAndFiltersByHelixAndSize() throws Exception {
        mvc.perform(get("/w/demo/organisations").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kimaro Greens Ltd")));
        mvc.perform(get("/w/demo/organisations?helix=RESEARCH_EDUCATION").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tengeru Institute of Community Development")))
                .andExpect(content().string(not(containsString("Kimaro Greens Ltd"))));
        mvc.perform(get("/w/demo/organisations?sector=10.3").with(users.as("viewer")))
                .andExpect(content().string(containsString("Karatu Fruit Processors")))
                .andExpect(content().string(not(containsString("Kimaro Greens Ltd"))));
        mvc.perform(get("/w/demo/organisations?size=large").with(users.as("viewer")))
                .andExpect(content().string(containsString("Mount Meru Flowers Ltd")))
                .andExpect(content().string(not(containsString("Kimaro Greens Ltd"))));
    }

    @Test
    void relationshipsAreAvailableForNetworkAnalysis() {
        var links = stakeholders.relationships(demo());
        assertThat(links).hasSizeGreaterThanOrEqualTo(10);
        assertThat(links).anySatisfy(r -> {
            assertThat(r.fromId()).isEqualTo(orgId("Tengeru Seedlings Co."));
            assertThat(r.toId()).isEqualTo(orgId("Kimaro Greens Ltd"));
            assertThat(r.kind()).isEqualTo("SUPPLIER_OF");
            assertThat(r.source()).isEqualTo("SURVEY");
        });
    }

    @Test
    void aMemberAddsARelationshipFromTheirOwnOrganisationAndBadValuesAreNamed() throws Exception {
        long own = orgId("Kimaro Greens Ltd");
        mvc.perform(post("/w/demo/organisations/" + own + "/relationships")
                        .with(users.as("member"))
                        .with(csrf())
                        .param("toOrganisation", "" + orgId("Karatu Fruit Processors"))
                        .param("kind", "CUSTOMER_OF")
                        .param("weight", "9")
                        .param("validFrom", "2024-13-01"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute(
                                "relationshipErrors",
                                java.util.Map.of("weight", "input.weight-range", "validFrom", "input.date")));
        mvc.perform(post("/w/demo/organisations/" + own + "/relationships")
                        .with(users.as("member"))
                        .with(csrf())
                        .param("toOrganisation", "" + orgId("Karatu Fruit Processors"))
                        .param("kind", "CUSTOMER_OF")
                        .param("weight", "2"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("success", "relationship.added"));
        mvc.perform(get("/w/demo/organisations/" + own).with(users.as("member")))
                .andExpect(content().string(containsString("customer of")));
    }

    @Test
    void aMemberUpdatesTheirOwnContactDetailsAndConsentButNotAnotherOrganisationsPeople() throws Exception {
        long own = orgId("Kimaro Greens Ltd");
        long paulo = stakeholders.peopleOf(demo(), java.util.List.of(own)).stream()
                .filter(p -> p.fullName().equals("Paulo Kimaro"))
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(post("/w/demo/organisations/" + own + "/people/" + paulo)
                        .with(users.as("member"))
                        .with(csrf())
                        .param("fullName", "Paulo Kimaro")
                        .param("jobTitle", "Farm manager")
                        .param("phone", "+255 754 000 111")
                        .param("consentToContact", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select consent_recorded_at is not null from person where id = :id")
                        .param("id", paulo)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        long other = orgId("Karatu Fruit Processors");
        long rehema =
                stakeholders.peopleOf(demo(), java.util.List.of(other)).get(0).id();
        mvc.perform(post("/w/demo/organisations/" + other + "/people/" + rehema)
                        .with(users.as("member"))
                        .with(csrf())
                        .param("fullName", "Changed"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/w/demo/organisations/" + own + "/people/" + rehema)
                        .with(users.as("member"))
                        .with(csrf())
                        .param("fullName", "Changed"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theMapShowsFilteredOrganisationsWithTranslatedHelixRoles() throws Exception {
        mvc.perform(get("/w/demo/organisations/map.json?territory=FR&lang=fr").with(users.as("member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points[*].name", hasItem("Fromagerie du Vercors")))
                .andExpect(jsonPath("$.points[*].name", not(hasItem("Karatu Fruit Processors"))))
                .andExpect(jsonPath("$.points[*].helixLabel", hasItem("Entreprise")));
    }

    @Test
    void aStrangerToTheWorkspaceGets404() throws Exception {
        mvc.perform(get("/w/demo/organisations").with(users.as("other"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/demo/organisations").with(api.bearer("other")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMemberEditsTheirOwnOrganisationButNotAnother() throws Exception {
        long own = orgId("Kimaro Greens Ltd");
        long other = orgId("Karatu Fruit Processors");
        mvc.perform(post("/w/demo/organisations/" + own)
                        .with(users.as("member"))
                        .with(csrf())
                        .param("name", "Kimaro Greens Ltd")
                        .param("helix", "BUSINESS")
                        .param("city", "Arusha")
                        .param("employeesBand", "FROM_10_TO_49")
                        .param("website", "https://kimaro-greens.example.org"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select website from organisation where id = :id")
                        .param("id", own)
                        .query(String.class)
                        .single())
                .isEqualTo("https://kimaro-greens.example.org");
        mvc.perform(post("/w/demo/organisations/" + other)
                        .with(users.as("member"))
                        .with(csrf())
                        .param("name", "Hijacked")
                        .param("helix", "BUSINESS"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/w/demo/organisations/" + other + "/edit").with(users.as("member")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/workspaces/demo/organisations/" + other)
                        .with(api.bearer("member"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Hijacked\",\"helix\":\"BUSINESS\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/w/demo/organisations/" + other + "/people")
                        .with(users.as("member"))
                        .with(csrf())
                        .param("fullName", "Intruder"))
                .andExpect(status().isForbidden());
        assertThat(stakeholders.organisation(demo(), other).orElseThrow().name())
                .isEqualTo("Karatu Fruit Processors");
    }

    @Test
    void aViewerCannotAddOrEditOrganisations() throws Exception {
        mvc.perform(post("/w/demo/organisations")
                        .with(users.as("viewer"))
                        .with(csrf())
                        .param("name", "Viewer Co")
                        .param("helix", "BUSINESS"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/w/demo/organisations/" + orgId("Kimaro Greens Ltd"))
                        .with(users.as("viewer"))
                        .with(csrf())
                        .param("name", "X")
                        .param("helix", "BUSINESS"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/w/demo/organisations/import")
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFormNamesEachInvalidField() throws Exception {
        mvc.perform(post("/w/demo/organisations")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("name", "")
                        .param("helix", "PIRATES")
                        .param("latitude", "95")
                        .param("longitude", "36.7")
                        .param("website", "not a url"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("is not one of the allowed values")))
                .andExpect(content().string(containsString("is out of range")))
                .andExpect(content().string(containsString("must be a web address")));
    }

    @Test
    void theApiListsFiltersCreatesAndRejectsBadInputWithFieldErrors() throws Exception {
        mvc.perform(get("/api/v1/workspaces/demo/organisations?helix=FINANCE").with(api.bearer("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].helix", everyItem(is("FINANCE"))))
                .andExpect(jsonPath("$[*].name", hasItem("Kaskazini Agri Finance Ltd")));
        mvc.perform(get("/api/v1/workspaces/demo/organisations?q=kimaro").with(api.bearer("viewer")))
                .andExpect(jsonPath("$[0].name", is("Kimaro Greens Ltd")))
                .andExpect(jsonPath("$[0].sme", is(true)));
        mvc.perform(post("/api/v1/workspaces/demo/organisations")
                        .with(api.bearer("manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Moshi Spice Traders\",\"helix\":\"business\",\"city\":\"Moshi\","
                                + "\"latitude\":-3.33,\"longitude\":37.34,\"foundedIn\":2019}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.helix", is("BUSINESS")))
                .andExpect(jsonPath("$.foundedIn", is(2019)));
        mvc.perform(post("/api/v1/workspaces/demo/organisations")
                        .with(api.bearer("manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"helix\":\"pirates\",\"email\":\"nope\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message", hasItem("is required")))
                .andExpect(jsonPath(
                        "$.errors[?(@.field == 'helix')].message", hasItem("is not one of the allowed values")))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists());
        mvc.perform(post("/api/v1/workspaces/demo/organisations")
                        .with(api.bearer("viewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"V\",\"helix\":\"BUSINESS\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anImportWithOneBadRowWritesNothingAndNamesRowAndColumn() throws Exception {
        String csv = "name,helix,city,employees_band,contact_name,contact_consent\n"
                + "Import Alpha Ltd,BUSINESS,Arusha,10-49,Alice Alpha,yes\n"
                + "Import Beta Ltd,PIRATES,Arusha,1-9,,\n";
        mvc.perform(multipart("/w/demo/organisations/import")
                        .file(new MockMultipartFile(
                                "file", "orgs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("row 3, column helix")));
        assertThat(stakeholders.byName(demo(), "Import Alpha Ltd")).isEmpty();

        String good = csv.replace("PIRATES", "FINANCE");
        mvc.perform(multipart("/w/demo/organisations/import")
                        .file(new MockMultipartFile(
                                "file", "orgs.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long alpha = orgId("Import Alpha Ltd");
        assertThat(stakeholders.peopleOf(demo(), java.util.List.of(alpha)))
                .extracting(StakeholderPerson::fullName)
                .containsExactly("Alice Alpha");
        assertThat(stakeholders.byName(demo(), "Import Beta Ltd").orElseThrow().helix())
                .isEqualTo(Helix.FINANCE);
    }

    @Test
    void anXlsxImportIsReadAndEveryCreationIsAudited() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("orgs");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("name");
            header.createCell(1).setCellValue("helix");
            header.createCell(2).setCellValue("founded_in");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Xlsx Dairy Cooperative");
            row.createCell(1).setCellValue("CIVIL_SOCIETY");
            row.createCell(2).setCellValue(2004);
            wb.write(out);
        }
        mvc.perform(multipart("/w/demo/organisations/import")
                        .file(new MockMultipartFile("file", "orgs.xlsx", "application/octet-stream", out.toByteArray()))
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = orgId("Xlsx Dairy Cooperative");
        mvc.perform(get("/api/v1/workspaces/demo/organisations/" + id).with(api.bearer("viewer")))
                .andExpect(jsonPath("$.foundedIn", is(2004)))
                .andExpect(jsonPath("$.helix", is("CIVIL_SOCIETY")));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'organisation-import'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        mvc.perform(multipart("/w/demo/organisations/import")
                        .file(new MockMultipartFile("file", "orgs.pdf", "application/pdf", new byte[] {1, 2, 3}))
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a .csv or .xlsx file")));
    }

    @Test
    void exportsAreForManagersAndHoldTheDirectory() throws Exception {
        byte[] xlsx = mvc.perform(get("/w/demo/organisations/export.xlsx").with(users.as("officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(xlsx.length).isGreaterThan(1000);
        mvc.perform(get("/w/demo/organisations/export.csv").with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kimaro Greens Ltd")));
        mvc.perform(get("/w/demo/organisations/export.csv").with(users.as("member")))
                .andExpect(status().isForbidden());
    }

    @Test
    void duplicatesAreFoundAndAMergeKeepsPeopleAndRelationships() throws Exception {
        mvc.perform(get("/w/demo/organisations/duplicates").with(users.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Meru Fresh Produce Limited")));
        long kept = orgId("Meru Fresh Produce Ltd");
        long merged = orgId("Meru Fresh Produce Limited");
        mvc.perform(post("/w/demo/organisations/merge")
                        .with(users.as("member"))
                        .with(csrf())
                        .param("kept", "" + kept)
                        .param("merged", "" + merged))
                .andExpect(status().isForbidden());
        mvc.perform(post("/w/demo/organisations/merge")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("kept", "" + kept)
                        .param("merged", "" + merged))
                .andExpect(redirectedUrlPattern("/w/demo/organisations/" + kept + "*"));
        assertThat(stakeholders.organisation(demo(), merged)).isEmpty();
        assertThat(stakeholders.peopleOf(demo(), java.util.List.of(kept)))
                .extracting(StakeholderPerson::fullName)
                .contains("Joseph Lyimo", "Anna Mollel");
    }
}
