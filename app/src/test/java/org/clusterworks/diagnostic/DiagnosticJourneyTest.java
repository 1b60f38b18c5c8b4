package org.clusterworks.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
@Import(ApiTokensForTests.class)
@RecordApplicationEvents
class DiagnosticJourneyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Diagnostics diagnostics;

    @Autowired
    ApplicationEvents events;

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

    String base() {
        return "/w/demo/initiatives/" + arusha() + "/diagnostic";
    }

    long itemId(String title) {
        return jdbc.sql("select max(id) from diagnostic_swot_item where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    int votes(long item) {
        return jdbc.sql("select count(*) from diagnostic_swot_vote where item_id = :i")
                .param("i", item)
                .query(Integer.class)
                .single();
    }

    @Test
    void theDemoInitiativeHasAVotedSwotAValueChainAndAnApprovedDiagnostic() throws Exception {
        var swot = diagnostics.swot(demo(), arusha());
        assertThat(swot).hasSizeGreaterThanOrEqualTo(12);
        assertThat(swot).extracting(SwotItem::kind).contains(SwotKind.values());
        assertThat(swot).anyMatch(SwotItem::highPriority);
        assertThat(diagnostics.baseline(demo(), arusha()))
                .hasValueSatisfying(
                        b -> assertThat(b.figures()).containsKeys("network.density", "swot.items", "valuechain.gaps"));
        mvc.perform(get(base() + "/value-chain").with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nduruma Cold Chain Services")))
                .andExpect(content().string(containsString("group certification")));
        mvc.perform(get("/w/demo/diagnostic").with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Arusha Horticulture Cluster")));
    }

    @Test
    void theManagerAddsAnItemStakeholdersVoteOnceAndCanTakeTheirVoteBack() throws Exception {
        String title = "Packaging suppliers far away " + System.nanoTime();
        mvc.perform(post(base() + "/swot")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("kind", "WEAKNESS")
                        .param("category", "INPUTS")
                        .param("title", title)
                        .param("description", "Cartons come from Nairobi."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "swot.added"));
        long item = itemId(title);
        mvc.perform(get(base() + "/swot").with(users.as("member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));

        mvc.perform(post(base() + "/swot/" + item + "/vote")
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "swot.voted"));
        mvc.perform(post(base() + "/swot/" + item + "/vote")
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(votes(item)).isEqualTo(2);
        mvc.perform(post(base() + "/swot/" + item + "/vote")
                        .with(users.as("member"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "swot.unvoted"));
        assertThat(votes(item)).isEqualTo(1);
        assertThat(diagnostics.swot(demo(), arusha()))
                .filteredOn(i -> i.id() == item)
                .singleElement()
                .extracting(SwotItem::priority)
                .isEqualTo(1);
    }

    @Test
    void whoMayNotEditVoteOrSeeIsRefused() throws Exception {
        long item = diagnostics.swot(demo(), arusha()).getFirst().id();
        mvc.perform(post(base() + "/swot")
                        .with(users.as("member"))
                        .with(csrf())
                        .param("kind", "STRENGTH")
                        .param("category", "MARKETS")
                        .param("title", "not allowed"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base() + "/swot/" + item + "/vote")
                        .with(users.as("viewer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base() + "/approve").with(users.as("analyst")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(base() + "/swot").with(users.as("other"))).andExpect(status().isNotFound());
        mvc.perform(get("/w/other-agency/initiatives/" + arusha() + "/diagnostic/swot")
                        .with(users.as("other")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/other-agency/initiatives/" + arusha() + "/network")
                        .with(api.bearer("other")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/w/demo/initiatives/" + arusha() + "/diagnostic/swot/" + item + "/delete")
                        .with(users.as("manager")))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsRefusedWithTheFieldAndTheProblem() throws Exception {
        mvc.perform(post(base() + "/swot")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("kind", "MAYBE")
                        .param("category", "MARKETS")
                        .param("title", " "))
                .andExpect(flash().attribute("error", "diagnostic.input.see-fields"))
                .andExpect(flash().attribute(
                                "swotErrors",
                                java.util.Map.of(
                                        "kind",
                                        "diagnostic.input.unknown-choice",
                                        "title",
                                        "diagnostic.input.required")));
        long item = diagnostics.swot(demo(), arusha()).getFirst().id();
        mvc.perform(post(base() + "/swot/" + item + "/evidence")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("kind", "DOCUMENT")
                        .param("label", "script")
                        .param("url", "javascript:alert(1)"))
                .andExpect(flash().attribute("swotErrors", java.util.Map.of("url", "diagnostic.input.url")));
        mvc.perform(post(base() + "/swot/" + item + "/evidence")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("kind", "MAPPING")
                        .param("label", "no dataset")
                        .param("regionCode", "TZ"))
                .andExpect(flash().attribute("swotErrors", java.util.Map.of("datasetId", "diagnostic.input.required")));
        mvc.perform(post(base() + "/value-chain/placements")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("stage", "INPUTS")
                        .param("organisationId", "987654"))
                .andExpect(
                        flash().attribute("swotErrors", java.util.Map.of("organisationId", "valuechain.not-a-member")));
        mvc.perform(get("/api/v1/workspaces/demo/initiatives/" + arusha() + "/network?helix=PIRATES&minWeight=-1")
                        .with(api.bearer("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("helix"))
                .andExpect(jsonPath("$.errors[1].field").value("minWeight"));
    }

    @Test
    void approvingFreezesTheFiguresAndAnnouncesTheBaseline() throws Exception {
        events.clear();
        long before = diagnostics.baseline(demo(), arusha()).orElseThrow().id();
        mvc.perform(post(base() + "/approve")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("note", "workshop"))
                .andExpect(flash().attribute("success", "diagnostic.approved"));
        var baseline = diagnostics.baseline(demo(), arusha()).orElseThrow();
        assertThat(baseline.id()).isGreaterThan(before);
        assertThat(events.stream(DiagnosticApproved.class)).singleElement().satisfies(e -> {
            assertThat(e.initiativeId()).isEqualTo(arusha());
            assertThat(e.diagnosticId()).isEqualTo(baseline.id());
        });
        String snapshot = jdbc.sql("select snapshot from diagnostic_baseline where id = :id")
                .param("id", baseline.id())
                .query(String.class)
                .single();
        assertThat(snapshot).contains("\"density\"", "\"swot\"", "Year-round growing conditions");
        mvc.perform(get(base()).with(users.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"approve\"")));
        mvc.perform(get(base()).with(users.as("viewer"))).andExpect(status().isNotFound());
        mvc.perform(get(base()).with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"approve\""))));
    }

    @Test
    void theReportIsAPdfInTheReadersLanguage() throws Exception {
        for (var lang : java.util.Map.of(
                        "en", "Cluster diagnostic", "fr", "Diagnostic du cluster", "sw", "Tathmini ya klasta")
                .entrySet()) {
            byte[] pdf = mvc.perform(
                            get(base() + "/report.pdf?lang=" + lang.getKey()).with(users.as("officer")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (var doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains(lang.getValue(), "Year-round growing conditions", "Nduruma Cold Chain");
            }
        }
    }
}
