package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.selection.Selections;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A selection exercise from a region profile: scores by two stakeholders, AHP weights, ranking, decision, memo. */
@WebTest
class SelectionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    DatasetStore store;

    @Autowired
    Selections selections;

    @Test
    void aSelectionExerciseRanksCandidatesChecksConsistencyAndRecordsTheDecision() throws Exception {
        long us = store.list(1L).stream()
                .filter(d -> d.name().startsWith("US states"))
                .findFirst()
                .orElseThrow()
                .id();
        String location = mvc.perform(post("/w/demo/mapping/selections")
                        .param("dataset", Long.toString(us))
                        .param("region", "06")
                        .param("year", "2016")
                        .param("method", "us")
                        .with(csrf())
                        .with(demo.as("analyst")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        var candidates = selections.candidates(id);
        assertThat(candidates.size()).isGreaterThanOrEqualTo(2);
        var criteria = selections.criteria(id);
        int qualitative = criteria.stream()
                .filter(Selections.Criterion::qualitative)
                .findFirst()
                .orElseThrow()
                .no();
        String first = candidates.get(0).code();
        String second = candidates.get(1).code();
        mvc.perform(post(location + "/scores")
                        .param("s|" + first + "|" + qualitative, "5")
                        .param("n|" + first + "|" + qualitative, "many firms")
                        .param("s|" + second + "|" + qualitative, "1")
                        .with(csrf())
                        .with(demo.as("analyst")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/scores")
                        .param("s|" + first + "|" + qualitative, "3")
                        .param("s|" + second + "|" + qualitative, "2")
                        .with(csrf())
                        .with(demo.as("member")))
                .andExpect(status().is3xxRedirection());
        Selections.Ranking ranking = selections.rank(id);
        assertThat(ranking.rows()).hasSize(candidates.size());
        assertThat(ranking.agreement().get(0).scorers()).isEqualTo(2);
        assertThat(ranking.rows().stream().mapToDouble(Selections.Ranked::topK).sum())
                .isCloseTo(ranking.k(), org.assertj.core.data.Offset.offset(1e-9));

        // inconsistent pairwise judgements: a > b, b > c, c > a
        var ahp = post(location + "/ahp").with(csrf()).with(demo.as("analyst"));
        int n = criteria.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                ahp.param("a" + i + "_" + j, (i == 0 && j == 2) ? "1/9" : "9");
            }
        }
        String cr = mvc.perform(ahp)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = mvc.perform(get(cr).with(demo.as("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("above 0.1").contains("data-kind=\"bar\"");

        mvc.perform(post(location + "/decision")
                        .param("chosen", first)
                        .param("rationale", "Strongest specialisation")
                        .with(csrf())
                        .with(demo.as("analyst")))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/decision")
                        .param("chosen", first)
                        .param("rationale", "Strongest specialisation")
                        .with(csrf())
                        .with(demo.as("officer")))
                .andExpect(status().is3xxRedirection());
        byte[] pdf = mvc.perform(get(location + "/memo.pdf").with(demo.as("viewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Strongest specialisation");
        }
        mvc.perform(get(location).with(demo.as("other"))).andExpect(status().isNotFound());
    }
}
