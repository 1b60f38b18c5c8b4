package org.clusterworks.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clusterworks.initiatives.EndorsedDocument;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class DiagnosticEndorsementTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Initiatives initiatives;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long arusha() {
        return initiatives.all(demo()).stream()
                .filter(i -> i.name().startsWith("Arusha"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    Long pendingEndorsement() {
        return jdbc
                .sql("select e.id from endorsement e join initiative_document d on d.id = e.document_id"
                        + " where d.initiative_id = :i and d.kind = 'DIAGNOSTIC_REPORT' and e.status = 'SUBMITTED'"
                        + " order by e.id desc")
                .param("i", arusha())
                .query(Long.class)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
    }

    void decide(long endorsementId, String decision, String comments) throws Exception {
        mvc.perform(post("/w/demo/initiatives/" + arusha() + "/endorsements/" + endorsementId)
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("decision", decision)
                        .param("comments", comments))
                .andExpect(flash().attribute("success", "endorsement.decided"));
    }

    @Test
    void theReportIsSubmittedShownPendingRefusedTwiceAndShownEndorsedOnceTheBodyDecides() throws Exception {
        String base = "/w/demo/initiatives/" + arusha() + "/diagnostic";
        Long leftOver = pendingEndorsement();
        if (leftOver != null) {
            decide(leftOver, "RETURN", "Left over by another test");
        }
        int before = initiatives
                .latestEndorsement(demo(), arusha(), EndorsedDocument.DIAGNOSTIC_REPORT)
                .map(e -> e.versionNo())
                .orElse(0);

        mvc.perform(post(base + "/endorsement")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("note", "For the December commission meeting"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "diagnostic.endorsement.submitted"));
        var state = initiatives
                .latestEndorsement(demo(), arusha(), EndorsedDocument.DIAGNOSTIC_REPORT)
                .orElseThrow();
        assertThat(state.status()).isEqualTo("SUBMITTED");
        assertThat(state.versionNo()).isGreaterThan(before);
        byte[] stored = jdbc.sql("select v.content from document_version v join initiative_document d on"
                        + " d.id = v.document_id where d.initiative_id = :i and d.kind = 'DIAGNOSTIC_REPORT'"
                        + " and v.version_no = :v")
                .param("i", arusha())
                .param("v", state.versionNo())
                .query(byte[].class)
                .single();
        try (var doc = Loader.loadPDF(stored)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Arusha Horticulture Cluster");
        }
        mvc.perform(get(base).with(users.as("member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-status=\"SUBMITTED\"")))
                .andExpect(content().string(containsString("Waiting for endorsement")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"submit-endorsement\""))));

        mvc.perform(post(base + "/endorsement").with(users.as("manager")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "diagnostic.endorsement.already-pending"));
        assertThat(initiatives
                        .latestEndorsement(demo(), arusha(), EndorsedDocument.DIAGNOSTIC_REPORT)
                        .orElseThrow()
                        .versionNo())
                .isEqualTo(state.versionNo());

        decide(pendingEndorsement(), "ENDORSE", "Endorsed at the December meeting");
        mvc.perform(get(base).with(users.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-status=\"ENDORSED\"")))
                .andExpect(content().string(containsString("Endorsed at the December meeting")))
                .andExpect(content().string(containsString("Decided by")))
                .andExpect(content().string(containsString("id=\"submit-endorsement\"")));
    }

    @Test
    void onlyThoseWhoMayEditTheInitiativeSubmit() throws Exception {
        String base = "/w/demo/initiatives/" + arusha() + "/diagnostic";
        mvc.perform(post(base + "/endorsement").with(users.as("analyst")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/endorsement").with(users.as("member")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
