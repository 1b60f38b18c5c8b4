package org.clusterworks.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.Level;
import org.clusterworks.observatory.core.ObservatoryRepository;
import org.clusterworks.observatory.core.Statistic;
import org.clusterworks.observatory.core.Statistics;
import org.clusterworks.observatory.fielding.SurveyWave;
import org.clusterworks.observatory.fielding.SurveyWaves;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.clusterworks.surveys.SurveyFielding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The full loop of a survey wave: an editor launches it, respondents answer through their personal links in the
 * surveys module, closing the round imports the answers as a wave that statistics, comparisons and programme pages
 * show, and bad responses are refused whole.
 */
@WebTest
class SurveyWaveLoopTest {

    /** The two highest points of each scale are the report's "top box". */
    private static final Set<String> TOP = Set.of("very_strong", "strong", "very_high", "high");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObservatoryRepository repository;

    @Autowired
    Statistics statistics;

    @Autowired
    SurveyWaves waves;

    @Autowired
    SurveyFielding fielding;

    @Autowired
    Stakeholders stakeholders;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long arusha() {
        return jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
    }

    /** Launches a wave for the first {@code respondents} organisations of the directory; returns it. */
    SurveyWave launch(int year, String level, int respondents) throws Exception {
        var post = post("/w/demo/observatory/waves")
                .with(users.as("officer"))
                .with(csrf())
                .param("year", Integer.toString(year))
                .param("level", level)
                .param("initiativeId", Long.toString(arusha()));
        stakeholders.search(demo(), "", respondents).forEach(o -> post.param("organisationId", Long.toString(o.id())));
        MvcResult r = mvc.perform(post).andExpect(status().is3xxRedirection()).andReturn();
        String loc = r.getResponse().getRedirectedUrl();
        long id = Long.parseLong(loc.substring(loc.lastIndexOf('/') + 1));
        return waves.find(demo(), id).orElseThrow();
    }

    void answer(String link, Map<String, String> values) throws Exception {
        MockHttpServletRequestBuilder post = post(link).with(csrf()).param("action", "submit");
        values.forEach((k, v) -> {
            for (String one : k.equals("target_group") ? v.split(" ") : new String[] {v}) {
                post.param("q." + k, one);
            }
        });
        MvcResult r = mvc.perform(post).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus())
                .as(() -> String.join(
                        " | ", body.lines().filter(l -> l.contains("error")).toList()))
                .isEqualTo(302);
    }

    void close(SurveyWave w) throws Exception {
        mvc.perform(post("/w/demo/surveys/rounds/" + w.roundId() + "/close")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    int answersIn(SurveyWave w) {
        return jdbc.sql("select count(*) from observatory_answer where wave_id = :w")
                .param("w", w.id())
                .query(Integer.class)
                .single();
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(users.as("officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Per closed item, how many responses gave it a top-box point: the statistic computed independently. */
    static Map<String, Integer> topBox(String dimension, List<Map<String, String>> responses) {
        Map<String, Integer> out = new HashMap<>();
        for (Map<String, String> r : responses) {
            r.forEach((k, v) -> {
                if (k.startsWith(dimension + "__") && TOP.contains(v)) {
                    out.merge(k.substring(dimension.length() + 2), 1, Integer::sum);
                }
            });
        }
        return out;
    }

    @Test
    void launchRespondCloseAndTheWaveAppearsInStatisticsComparisonsAndProgrammePages() throws Exception {
        SurveyWave w = launch(2031, "national", 2);
        assertThat(w.status()).isEqualTo(SurveyWave.FIELDING);
        List<SurveyFielding.PanelLink> links = fielding.panel(demo(), w.roundId());
        assertThat(links).hasSize(2);

        // the questionnaire is the observatory's, in the respondent's language
        String french = mvc.perform(get(links.get(0).link()).param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(french)
                .contains("Pour quel programme de clusters répondez-vous")
                .contains("Priorité très forte");

        long austria = repository.programmeByKey("AT-1").orElseThrow().id();
        Map<String, String> first = new LinkedHashMap<>();
        first.put("country", "AT");
        first.put("programme", "p" + austria);
        first.put("duration", "2021-2027");
        first.put("budget", "€2.5m");
        first.put("objective__cooperation", "very_strong");
        first.put("objective__innovation_capacity", "strong");
        first.put("objective__sme_competitiveness", "medium");
        first.put("cluster_type__emerging_industries", "high");
        first.put("target_group", "cluster_organisations smes");
        first.put("support_wanted__matchmaking_europe", "very_high");
        first.put("objective_other", "Greener value chains");
        Map<String, String> second = new LinkedHashMap<>();
        second.put("country", "FR");
        second.put("programme", "new");
        second.put("programme_name", "Programme d'essai de la vague 2031");
        second.put("objective__cooperation", "strong");
        second.put("objective__sme_competitiveness", "very_strong");
        second.put("objective__innovation_capacity", "little");
        second.put("support_wanted__matchmaking_europe", "little");
        answer(links.get(0).link(), first);
        answer(links.get(1).link(), second);
        close(w);

        SurveyWave done = waves.find(demo(), w.id()).orElseThrow();
        assertThat(done.status()).as(done.report()).isEqualTo(SurveyWave.IMPORTED);

        // objectives: per programme, counted from the answers themselves
        Map<String, Integer> expected = topBox("objective", List.of(first, second));
        Statistic objectives = statistics.compute(Dimension.OBJECTIVE, Level.NATIONAL, w.code(), Locale.ENGLISH);
        assertThat(objectives.answers()).isEqualTo(2);
        for (Statistic.Row row : objectives.rows()) {
            assertThat(row.count()).as(row.code()).isEqualTo(expected.getOrDefault(row.code(), 0));
        }
        mvc.perform(get("/api/v1/observatory/statistics/objectives?level=national&wave=" + w.code()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'cooperation')].count", contains(2)))
                .andExpect(jsonPath("$[?(@.code == 'sme_competitiveness')].count", contains(1)));

        // support wanted belongs to the country (Table 4), not the programme
        int perCountry = jdbc.sql("select count(*) from observatory_answer where wave_id = :w"
                        + " and dimension = 'support_wanted' and country is not null and programme_id is null")
                .param("w", w.id())
                .query(Integer.class)
                .single();
        assertThat(perCountry).isEqualTo(2);
        Statistic wanted = statistics.compute(Dimension.SUPPORT_WANTED, Level.NATIONAL, w.code(), Locale.ENGLISH);
        assertThat(wanted.rows().stream()
                        .filter(r -> r.code().equals("matchmaking_europe"))
                        .findFirst()
                        .orElseThrow()
                        .count())
                .isEqualTo(topBox("support_wanted", List.of(first, second)).get("matchmaking_europe"));

        // the programme shows the new wave beside the report's, with its values and the respondent's own answer
        String programme = page("/observatory/programmes/" + austria);
        assertThat(programme).contains(w.code(), "eocic-2018-national", "Greener value chains", "2021-2027");
        assertThat(repository.programmeWaves(austria).stream()
                        .filter(pw -> pw.waveCode().equals(w.code()))
                        .findFirst()
                        .orElseThrow()
                        .budgetEur())
                .isEqualByComparingTo("2500000");
        assertThat(repository.search(new org.clusterworks.observatory.core.ProgrammeQuery(
                        Level.NATIONAL, "FR", null, null, null, null, null, null, null, null, "vague 2031")))
                .hasSize(1);

        // wave-over-wave comparison of the statistic
        String compared = page("/observatory/statistics?dimension=objectives&level=national&wave=eocic-2018-national"
                + "&versus=" + w.code());
        assertThat(compared).contains(w.code(), "eocic-2018-national");

        // reproducible: importing the closed round again gives the same wave
        int before = answersIn(w);
        mvc.perform(post("/w/demo/observatory/waves/" + w.id() + "/import")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(answersIn(w)).isEqualTo(before);
        Statistic again = statistics.compute(Dimension.OBJECTIVE, Level.NATIONAL, w.code(), Locale.ENGLISH);
        assertThat(again.rows()).isEqualTo(objectives.rows());
        assertThat(page("/w/demo/observatory/waves/" + w.id())).contains("2 imported");
    }

    @Test
    void aBadResponseStopsTheWholeImportUntilTheEditorLeavesItOut() throws Exception {
        SurveyWave w = launch(2032, "national", 2);
        List<SurveyFielding.PanelLink> links = fielding.panel(demo(), w.roundId());
        long austria = repository.programmeByKey("AT-1").orElseThrow().id();
        // answers for Austria's programme while saying Germany
        answer(
                links.get(0).link(),
                Map.of("country", "DE", "programme", "p" + austria, "objective__cooperation", "strong"));
        answer(
                links.get(1).link(),
                Map.of("country", "AT", "programme", "p" + austria, "objective__visibility", "very_strong"));
        close(w);

        SurveyWave refused = waves.find(demo(), w.id()).orElseThrow();
        assertThat(refused.status()).isEqualTo(SurveyWave.REFUSED);
        assertThat(refused.report())
                .contains(links.get(0).respondentKey() + ", question programme")
                .contains("recorded for AT");
        assertThat(answersIn(w)).isZero();
        assertThat(page("/w/demo/observatory/waves/" + w.id())).contains("recorded for AT");

        mvc.perform(post("/w/demo/observatory/waves/" + w.id() + "/import")
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("leaveOutRefused", "true"))
                .andExpect(status().is3xxRedirection());
        SurveyWave imported = waves.find(demo(), w.id()).orElseThrow();
        assertThat(imported.status()).isEqualTo(SurveyWave.IMPORTED);
        assertThat(imported.report()).contains("Left out whole: " + links.get(0).respondentKey());
        Statistic s = statistics.compute(Dimension.OBJECTIVE, Level.NATIONAL, w.code(), Locale.ENGLISH);
        assertThat(s.answers()).isEqualTo(1);
        assertThat(s.rows().stream().filter(r -> r.count() > 0).map(Statistic.Row::code))
                .containsExactly("visibility");
    }

    @Test
    void aRegionalWavePutsItsAnswersOnTheRegionAndTheBudgetOnTheProgramme() throws Exception {
        SurveyWave w = launch(2033, "regional", 1);
        var link = fielding.panel(demo(), w.roundId()).getFirst();
        var flanders = repository.programmeByKey("R-BE2-1").orElseThrow();
        answer(
                link.link(),
                Map.of(
                        "region", "r" + flanders.regionId(),
                        "programme", "p" + flanders.id(),
                        "budget", "€3m",
                        "objective__industrial_modernisation", "very_strong",
                        "target_group", "smes"));
        close(w);
        assertThat(waves.find(demo(), w.id()).orElseThrow().status()).isEqualTo(SurveyWave.IMPORTED);
        int onRegion = jdbc.sql("select count(*) from observatory_answer where wave_id = :w and region_id = :r")
                .param("w", w.id())
                .param("r", flanders.regionId())
                .query(Integer.class)
                .single();
        assertThat(onRegion).isEqualTo(2).isEqualTo(answersIn(w));
        assertThat(repository.programmeWaves(flanders.id()).getLast().budgetText())
                .isEqualTo("€3m");
        Statistic s = statistics.compute(Dimension.OBJECTIVE, Level.REGIONAL, w.code(), Locale.ENGLISH);
        assertThat(s.rows().stream()
                        .filter(r -> r.code().equals("industrial_modernisation"))
                        .findFirst()
                        .orElseThrow()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void launchingWithoutRespondentsOrInitiativeIsRefusedWithTheField() throws Exception {
        String body = mvc.perform(post("/w/demo/observatory/waves")
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("year", "20x1")
                        .param("level", "national"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains("Enter a year between 1990 and 2100.")
                .contains("Choose the initiative the survey round belongs to.")
                .contains("Choose at least one respondent.");
    }
}
