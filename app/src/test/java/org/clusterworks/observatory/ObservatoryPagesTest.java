package org.clusterworks.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.clusterworks.observatory.core.ObservatoryRepository;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The observatory's pages, exports and API as signed-in users see them, and who may edit. */
@WebTest
@Import(ApiTokensForTests.class)
class ObservatoryPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    ObservatoryRepository repository;

    private long id(String key) {
        return repository.programmeByKey(key).orElseThrow().id();
    }

    private String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(users.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anySignedInUserFiltersProgrammesByCountryAndClusterType() throws Exception {
        String all = page("/observatory", "viewer");
        assertThat(all).contains("Vinnväxt", "Cluster-Offensive Bayern", "Torch Program");
        String german = page("/observatory?country=DE&level=national&clusterType=emerging_industries", "other");
        assertThat(german).contains("KMU-NetC", "Innovationsforen Mittelstand").doesNotContain("Vinnväxt");
        assertThat(german).doesNotContain("Cluster-Offensive Bayern");
    }

    @Test
    void aBadFilterIsNamedNotIgnored() throws Exception {
        String body = page("/observatory?budgetMin=lots", "viewer");
        assertThat(body).contains("Enter a number of euros");
    }

    @Test
    void budgetRangeUsesTheParsedAnnualEuros() throws Exception {
        // Hungary: "Direct: €3,000,000; Indirect: €65,000,000" = 68 million; Sweden 8 million.
        String body = page("/observatory?level=national&budgetMin=60000000&budgetMax=70000000", "viewer");
        assertThat(body).contains("Hungarian Cluster Development Programme").doesNotContain("Vinnväxt");
    }

    @Test
    void programmePageShowsAnswersWithTheirProvenanceAndOtherAnswersApart() throws Exception {
        String body = page("/observatory/programmes/" + id("DE-2"), "viewer");
        assertThat(body)
                .contains("Comparable Networks (Clusters - Networks - International)")
                .contains("Table 8 L2410,2413")
                .contains("Enabling sustainable international cluster to cluster cooperations")
                .contains("badge\">other");
    }

    @Test
    void twoProgrammesSideBySide() throws Exception {
        String body = page("/observatory/compare?id=" + id("SE-1") + "&id=" + id("R-DE2-1"), "viewer");
        assertThat(body).contains("Vinnväxt", "Cluster-Offensive Bayern", "Supporting internationalisation activities");
        String tooMany = page("/observatory/compare?id=1&id=2&id=3&id=4&id=5&id=" + id("SE-1"), "viewer");
        assertThat(tooMany).contains("At most five programmes");
    }

    @Test
    void statisticsPageAndExportsRebuildTheObjectivesFigure() throws Exception {
        String body =
                page("/observatory/statistics?dimension=objectives&level=national&wave=eocic-2018-national", "viewer");
        assertThat(body).contains("Promoting scale-ups", "29 answers");
        String csv = mvc.perform(get("/observatory/statistics/export?dimension=objectives&level=national&format=csv"
                                + "&wave=eocic-2018-national")
                        .with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("scale_ups,Promoting scale-ups,4,29");
        byte[] xlsx = mvc.perform(get("/observatory/statistics/export?dimension=objectives&format=xlsx")
                        .with(users.as("viewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        byte[] pdf = mvc.perform(get("/observatory/statistics/export?dimension=target-groups&level=regional&format=pdf")
                        .with(users.as("viewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
    }

    @Test
    void publishedCountsAndTheWaveOf2015AreShownBesideTheRebuiltOnes() throws Exception {
        String body = page(
                "/observatory/statistics?dimension=support-types&level=national&wave=eocic-2018-national"
                        + "&versus=eco-2015",
                "viewer");
        assertThat(body).contains("Published in the source", "(L554)", "eco-2015", "data-value=\"23\"");
        assertThat(body).contains("data-versus=\"18\"");
    }

    @Test
    void programmeListExportsAsCsvAndXlsx() throws Exception {
        String csv = mvc.perform(
                        get("/observatory/export?format=csv&country=HU").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Hungarian Cluster Development Programme", "68000000");
        mvc.perform(get("/observatory/export?format=xlsx").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void ficheBodiesAreMarkedEnglishAndOurTranslationsAreMarkedAsOurs() throws Exception {
        // Canada's summary box has our French translation; its development section is shown in English only.
        String french = page("/observatory/countries/CA?lang=fr", "viewer");
        assertThat(french)
                .contains("Langue originale : anglais")
                .contains("Traduction de ClusterWorks, ne fait pas partie du rapport")
                .contains("Le Canada a une longue tradition de politiques de clusters.")
                .contains("Canada has a long tradition of cluster policies.");
        String development = french.substring(french.indexOf("id=\"fiche-development\""));
        assertThat(development.substring(0, development.indexOf("</section>")))
                .contains("lang=\"en\"")
                .doesNotContain("Traduction de ClusterWorks");
        // Brazil has no Swahili translation: every section is the report's English, marked as such.
        String swahili = page("/observatory/countries/BR?lang=sw", "viewer");
        assertThat(swahili).contains("Lugha asilia: Kiingereza").doesNotContain("Tafsiri ya ClusterWorks, si sehemu");
    }

    @Test
    void countryFicheInFrenchAndAsPdf() throws Exception {
        String body = page("/observatory/countries/CA?lang=fr", "viewer");
        assertThat(body).contains("Fiche pays", "Évolution de la politique nationale de clusters", "Superclusters");
        byte[] pdf = mvc.perform(get("/observatory/countries/CA/fiche.pdf").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        mvc.perform(get("/observatory/countries/XX").with(users.as("viewer"))).andExpect(status().isNotFound());
        assertThat(page("/observatory/countries", "viewer")).contains("Handled by the regions", "Montenegro");
    }

    @Test
    void answerListsInTheReadersLanguageAndAsADownload() throws Exception {
        assertThat(page("/observatory/questionnaire?lang=sw", "viewer"))
                .contains("Kukuza kampuni zinazokua kwa kasi", "Supporting excellence of cluster management");
        String csv = mvc.perform(
                        get("/observatory/questionnaire/export?format=csv").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.startsWith("objectives,"))).hasSize(12);
        assertThat(csv).contains("support-wanted,training_cm,18,Training for cluster management");
    }

    @Test
    void onlyProgrammeOfficersOfTheEditorWorkspaceEdit() throws Exception {
        String edit = "/w/demo/observatory/programmes/" + id("SK-1") + "/edit";
        mvc.perform(get(edit).with(users.as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(get(edit).with(users.as("analyst"))).andExpect(status().isForbidden());
        mvc.perform(post(edit).with(users.as("manager")).with(csrf()).param("name", "Hijacked"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/w/other-agency/observatory/programmes/" + id("SK-1") + "/edit")
                        .with(users.as("other")))
                .andExpect(status().isNotFound());
        assertThat(repository.programmeByKey("SK-1").orElseThrow().name())
                .isEqualTo("Scheme to support industrial cluster organisations");
        assertThat(page(edit, "officer")).contains("Save for this wave");
    }

    @Test
    void anEditorRecordsANewWaveAndTheWavesCompare() throws Exception {
        long id = id("SI-1");
        String edit = "/w/demo/observatory/programmes/" + id + "/edit";
        mvc.perform(post(edit)
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("newWaveYear", "2025")
                        .param("name", "SRIP - Strategic Research Innovation Partnerships")
                        .param("url", "not a url"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a web address")));
        mvc.perform(post(edit)
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("newWaveYear", "2025")
                        .param("name", "SRIP - Strategic Research Innovation Partnerships")
                        .param("duration", "2021-2027")
                        .param("budget", "€2.5m")
                        .param("item_objective", "internationalisation", "scale_ups")
                        .param("item_support_type", "grants")
                        .param("item_measure", "digitalisation"))
                .andExpect(status().is3xxRedirection());
        String body = page("/observatory/programmes/" + id, "viewer");
        assertThat(body).contains("eocic-2018-national", "observatory-2025-national", "2021-2027", "2,500,000");
        var stat = page(
                "/observatory/statistics?dimension=measures&level=national&wave=observatory-2025-national"
                        + "&versus=eocic-2018-national",
                "viewer");
        assertThat(stat).contains("Promoting digitalisation", "observatory-2025-national");
        String measures = page("/observatory?measure=digitalisation&level=national", "viewer");
        assertThat(measures).contains("SRIP - Strategic Research Innovation Partnerships");
    }

    @Test
    void apiListsProgrammesWithAnswersAndStatisticsWithTheTaxonomyLabels() throws Exception {
        mvc.perform(get("/api/v1/observatory/programmes?level=national&country=fr")
                        .with(tokens.bearer("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.programmes[0].name").value("Politique des pôles de compétitivité"))
                .andExpect(jsonPath("$.programmes[0].waves[0].budgetEur").value(144000000))
                .andExpect(jsonPath("$.programmes[0].answers[0].source").exists());
        mvc.perform(get("/api/v1/observatory/programmes?level=regional&size=5&page=1")
                        .with(tokens.bearer("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programmes.length()").value(5))
                .andExpect(jsonPath("$.programmes[0].region").exists());
        mvc.perform(get("/api/v1/observatory/statistics/objectives?level=national&wave=eocic-2018-national")
                        .with(tokens.bearer("viewer")))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.label == 'Promoting scale-ups')].count").value(4))
                .andExpect(jsonPath("$[0].answers").value(29));
        mvc.perform(get("/api/v1/observatory/statistics/target-groups?level=regional")
                        .with(tokens.bearer("viewer")))
                .andExpect(jsonPath("$[0].label").value("Cluster organisations"))
                .andExpect(jsonPath("$[0].count").value(24));
        mvc.perform(get("/api/v1/observatory/programmes?size=0").with(tokens.bearer("viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/observatory/statistics/colours").with(tokens.bearer("viewer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/observatory/programmes/987654321").with(tokens.bearer("viewer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anyoneReadsTheObservatoryWithoutAnAccountButOnlyEditorsEdit() throws Exception {
        for (String url : new String[] {
            "/observatory",
            "/observatory/programmes/" + id("DE-2"),
            "/observatory/countries",
            "/observatory/countries/CA",
            "/observatory/statistics",
            "/observatory/questionnaire"
        }) {
            mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/html"));
        }
        mvc.perform(get("/observatory/countries/CA/fiche.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/api/v1/observatory/programmes/" + id("DE-2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").isNotEmpty());
        mvc.perform(get("/w/demo/observatory/programmes/" + id("DE-2") + "/edit"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/w/demo/observatory/programmes/" + id("DE-2") + "/edit")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
