package org.clusterworks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.clusterworks.initiatives.EndorsedDocument;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The progress report PDF goes to the initiative's governance body through {@code Initiatives.submitForEndorsement},
 * and the framework page shows where it stands ({@code Initiatives.latestEndorsement}).
 */
@WebTest
class ProgressReportEndorsementTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Initiatives initiatives;

    private long ws() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    private String page(long initiative) throws Exception {
        return mvc.perform(get("/w/demo/monitoring/initiatives/" + initiative).with(users.as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long framework(long initiative) {
        return jdbc.sql("select id from mon_framework where initiative_id = :i")
                .param("i", initiative)
                .query(Long.class)
                .single();
    }

    @Test
    void theProgressReportIsSubmittedToTheGovernanceBodyAndItsStatusShown() throws Exception {
        String location = mvc.perform(post("/w/demo/initiatives")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("name", "Kagera Honey Cluster (progress report test)")
                        .param("territoryName", "Kagera region")
                        .param("managerFte", "1"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long initiative = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page(initiative)).contains("data-endorsement=\"NONE\"");
        long f = framework(initiative);
        String submit = "/w/demo/monitoring/frameworks/" + f + "/report/submit";

        // Without a governance body there is nobody to endorse it.
        mvc.perform(post(submit).with(users.as("manager")).with(csrf()))
                .andExpect(flash().attribute("formErrors", Map.of("bodyId", "planning.no-governance-body")));
        mvc.perform(post("/w/demo/initiatives/" + initiative + "/bodies")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("name", "Kagera Honey Cluster Commission")
                        .param("kind", "CLUSTER_COMMISSION")
                        .param("seats", "7"))
                .andExpect(flash().attribute("success", "body.added"));

        // A member of the workspace who does not manage the initiative may not submit it.
        mvc.perform(post(submit).with(users.as("viewer")).with(csrf())).andExpect(status().isForbidden());

        mvc.perform(post(submit).with(users.as("manager")).with(csrf()).param("note", "First progress report"))
                .andExpect(flash().attribute("success", "monitoring.endorsement.submitted"));
        var state = initiatives
                .latestEndorsement(ws(), initiative, EndorsedDocument.PROGRESS_REPORT)
                .orElseThrow();
        assertThat(state.status()).isEqualTo("SUBMITTED");
        assertThat(state.bodyName()).isEqualTo("Kagera Honey Cluster Commission");
        byte[] stored = jdbc.sql("select v.content from document_version v join initiative_document d on d.id ="
                        + " v.document_id where d.initiative_id = :i and v.version_no = :n")
                .param("i", initiative)
                .param("n", state.versionNo())
                .query(byte[].class)
                .single();
        assertThat(new String(stored, 0, 5)).isEqualTo("%PDF-");
        assertThat(page(initiative)).contains("data-endorsement=\"SUBMITTED\"", "Waiting for endorsement");

        // While it is pending, a second submission is refused.
        mvc.perform(post(submit).with(users.as("manager")).with(csrf()))
                .andExpect(flash().attribute("formErrors", Map.of("document", "endorsement.already-pending")));

        long endorsement = jdbc.sql("select max(id) from endorsement where initiative_id = :i")
                .param("i", initiative)
                .query(Long.class)
                .single();
        mvc.perform(post("/w/demo/initiatives/" + initiative + "/endorsements/" + endorsement)
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("decision", "ENDORSE"))
                .andExpect(flash().attribute("success", "endorsement.decided"));
        assertThat(page(initiative)).contains("data-endorsement=\"ENDORSED\"");
    }

    @Test
    void theProgrammesFrameworkHasNoGovernanceBodyToSubmitTo() throws Exception {
        mvc.perform(get("/w/demo/monitoring/programme").with(users.as("officer")))
                .andExpect(status().isOk());
        long programme = jdbc.sql("select id from mon_framework where initiative_id is null and workspace_id = :ws")
                .param("ws", ws())
                .query(Long.class)
                .single();
        mvc.perform(post("/w/demo/monitoring/frameworks/" + programme + "/report/submit")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(flash().attribute("formErrors", Map.of("framework", "monitoring.endorsement.programme")));
    }
}
