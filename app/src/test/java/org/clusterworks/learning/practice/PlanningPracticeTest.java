package org.clusterworks.learning.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.clusterworks.diagnostic.Diagnostics;
import org.clusterworks.diagnostic.SwotItem;
import org.clusterworks.diagnostic.SwotKind;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.monitoring.IndicatorTemplate;
import org.clusterworks.monitoring.IndicatorTemplates;
import org.clusterworks.planning.PlannedObjective;
import org.clusterworks.planning.Plans;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The SWOT, action-line and indicator exercises on the demo workspace's own diagnostic, plan and indicator library:
 * answers are checked against what those modules hold, each rule gets its feedback, bad input names its field, and
 * the plan itself is never changed.
 */
@WebTest
class PlanningPracticeTest {

    static final String BASE = "/w/demo/learning/cluster-development/practice";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Diagnostics diagnostics;

    @Autowired
    Plans plans;

    @Autowired
    IndicatorTemplates templates;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    /** The first demo initiative whose SWOT has weaknesses and whose plan has objectives (the one the pages pick). */
    InitiativeSummary planned() {
        return initiatives.all(demo()).stream()
                .filter(i -> weaknesses(i).size() > 0)
                .findFirst()
                .orElseThrow();
    }

    List<SwotItem> weaknesses(InitiativeSummary i) {
        return diagnostics.swot(demo(), i.id()).stream()
                .filter(s -> s.kind() == SwotKind.WEAKNESS)
                .toList();
    }

    InitiativeSummary withSwot() {
        return initiatives.all(demo()).stream()
                .filter(i -> !diagnostics.swot(demo(), i.id()).isEmpty())
                .findFirst()
                .orElseThrow();
    }

    MockHttpServletRequestBuilder swot(InitiativeSummary i, Map<Long, String> answers) {
        var request = post(BASE + "/swot")
                .with(users.as("learner"))
                .with(csrf())
                .param("initiativeId", Long.toString(i.id()));
        answers.forEach((id, kind) -> request.param("item" + id, kind));
        return request;
    }

    Map<Long, String> diagnosticKey(InitiativeSummary i) {
        Map<Long, String> key = new java.util.LinkedHashMap<>();
        diagnostics.swot(demo(), i.id()).stream()
                .sorted(java.util.Comparator.comparing((SwotItem s) -> s.title().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(SwotItem::id))
                .limit(SwotPractice.MAX_ITEMS)
                .forEach(s -> key.put(s.id(), s.kind().name().toLowerCase(java.util.Locale.ROOT)));
        return key;
    }

    @Test
    void swotItemsAreCheckedAgainstTheDiagnosticsOwnQuadrants() throws Exception {
        InitiativeSummary i = withSwot();
        Map<Long, String> key = diagnosticKey(i);
        assertThat(key).isNotEmpty();
        mvc.perform(get(BASE + "/swot").with(users.as("learner")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                diagnostics.swot(demo(), i.id()).getFirst().title())));
        mvc.perform(swot(i, key))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Correct: every item is where the diagnostic put it.")));
        Map<Long, String> oneWrong = new java.util.LinkedHashMap<>(key);
        Long first = key.keySet().iterator().next();
        oneWrong.put(first, "strength".equals(key.get(first)) ? "threat" : "strength");
        mvc.perform(swot(i, oneWrong))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                (key.size() - 1) + " of " + key.size() + " items are where the diagnostic put them.")));
    }

    @Test
    void aSwotAnswerOutsideTheQuadrantsOrMissingIsRefusedNamingTheItem() throws Exception {
        InitiativeSummary i = withSwot();
        Map<Long, String> key = diagnosticKey(i);
        Long first = key.keySet().iterator().next();
        Map<Long, String> bad = new java.util.LinkedHashMap<>(key);
        bad.put(first, "banana");
        mvc.perform(swot(i, bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("item" + first + ": is not one of the allowed values")));
        bad.remove(first);
        mvc.perform(swot(i, bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("item" + first + ": is required")));
        mvc.perform(post(BASE + "/swot").with(users.as("learner")).with(csrf()).param("initiativeId", "987654321"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("initiativeId: is not one of the allowed values")));
    }

    MockHttpServletRequestBuilder draft(InitiativeSummary i, Map<String, String> fields) {
        var request = post(BASE + "/action-line")
                .with(users.as("learner"))
                .with(csrf())
                .param("initiativeId", Long.toString(i.id()));
        fields.forEach(request::param);
        return request;
    }

    Map<String, String> goodDraft(InitiativeSummary i) {
        List<PlannedObjective> objectives = plans.objectives(demo(), i.id());
        Map<String, String> f = new java.util.HashMap<>(Map.of(
                "weaknessId", Long.toString(weaknesses(i).getFirst().id()),
                "title", "Shared cold store for the members",
                "owner", "Cluster manager",
                "start", "2027-01-01",
                "end", "2027-12-31",
                "budget", "120000",
                "membersShare", "30",
                "fundersShare", "70"));
        if (objectives.isEmpty()) {
            f.put("objectiveText", "Cut post-harvest losses");
        } else {
            f.put("objectiveId", Long.toString(objectives.getFirst().id()));
        }
        return f;
    }

    long latestDraft() {
        return jdbc.sql("""
                        select max(d.id) from learning_practice_draft d join app_user u on u.id = d.user_id
                        where u.username = 'learner'""").query(Long.class).single();
    }

    @Test
    void aWellFormedActionLinePassesEveryRuleAndThePlanIsNotChanged() throws Exception {
        InitiativeSummary i = planned();
        int lines = plans.actionLines(demo(), i.id()).size();
        mvc.perform(draft(i, goodDraft(i)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Every check passes: this action line is well formed.")))
                .andExpect(content().string(containsString("It answers a weakness of the SWOT.")))
                .andExpect(content().string(containsString("Its co-financing shares are consistent")));
        assertThat(plans.actionLines(demo(), i.id())).hasSize(lines);
    }

    @Test
    void eachBrokenRuleGetsItsOwnFeedback() throws Exception {
        InitiativeSummary i = planned();
        Map<String, String> f = goodDraft(i);
        f.remove("owner");
        f.remove("weaknessId");
        f.put("end", "2026-06-30"); // before the start
        f.put("membersShare", "40"); // 40 + 70 > 100
        mvc.perform(draft(i, f))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("It has no owner")))
                .andExpect(content().string(containsString("the end comes before the start")))
                .andExpect(content().string(containsString("Its co-financing is missing or inconsistent")))
                .andExpect(content().string(containsString("It answers no weakness of the SWOT")))
                .andExpect(content().string(containsString("It has a budget.")))
                .andExpect(content().string(containsString("It is linked to an objective.")))
                .andExpect(model().attribute("rulesHold", false));
    }

    @Test
    void unreadableDraftFieldsAreRefusedNamingTheField() throws Exception {
        InitiativeSummary i = planned();
        Map<String, String> f = goodDraft(i);
        f.put("start", "31/12/2026");
        f.put("budget", "a lot");
        mvc.perform(draft(i, f))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("start: must be a date")))
                .andExpect(content().string(containsString("budget: must be a number")));
        SwotItem notAWeakness = diagnostics.swot(demo(), i.id()).stream()
                .filter(s -> s.kind() != SwotKind.WEAKNESS)
                .findFirst()
                .orElseThrow();
        Map<String, String> g = goodDraft(i);
        g.put("weaknessId", Long.toString(notAWeakness.id()));
        g.put("title", " ");
        mvc.perform(draft(i, g))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("weaknessId: is not one of the allowed values")))
                .andExpect(content().string(containsString("title: is required")));
    }

    MockHttpServletRequestBuilder indicators(long draft, List<IndicatorTemplate> chosen, Map<String, String> override) {
        return indicators("learner", draft, chosen, override);
    }

    MockHttpServletRequestBuilder indicators(
            String user, long draft, List<IndicatorTemplate> chosen, Map<String, String> override) {
        var request = post(BASE + "/action-line/" + draft + "/indicators")
                .with(users.as(user))
                .with(csrf());
        Map<String, String> params = new java.util.HashMap<>();
        for (int n = 0; n < chosen.size(); n++) {
            IndicatorTemplate t = chosen.get(n);
            params.put("indicator" + n, t.key());
            params.put("unit" + n, t.unit());
            params.put("source" + n, t.source());
            params.put("frequency" + n, t.frequency());
            params.put("direction" + n, t.direction());
        }
        params.putAll(override);
        params.forEach(request::param);
        return request;
    }

    IndicatorTemplate ofLevel(String level) {
        return templates.library().stream()
                .filter(t -> t.level().equals(level))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void indicatorsNeedAnOutcomeAndTheLibrarysUnitAndDirection() throws Exception {
        InitiativeSummary i = planned();
        mvc.perform(draft(i, goodDraft(i))).andExpect(status().isOk());
        long draft = latestDraft();
        IndicatorTemplate outcome = ofLevel("OUTCOME");
        IndicatorTemplate output = ofLevel("OUTPUT");
        mvc.perform(indicators(draft, List.of(output, outcome), Map.of()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("indicatorsCorrect", true))
                .andExpect(content().string(containsString("At least one indicator measures an outcome.")));
        mvc.perform(indicators(draft, List.of(output), Map.of()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("indicatorsCorrect", false))
                .andExpect(content().string(containsString("No indicator measures an outcome")));
        String otherDirection = outcome.direction().equals("HIGHER_IS_BETTER") ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER";
        mvc.perform(indicators(draft, List.of(outcome), Map.of("direction0", otherDirection, "frequency0", "")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("indicatorsCorrect", false))
                .andExpect(content().string(containsString("The direction is not the one the library defines")))
                .andExpect(content().string(containsString("No frequency is given")))
                .andExpect(content().string(containsString("The unit is the library")));
        assertThat(jdbc.sql("select count(*) from learning_practice_indicator where draft_id = :d")
                        .param("d", draft)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void unknownIndicatorsOrVocabularyAreRefusedNamingTheField() throws Exception {
        InitiativeSummary i = planned();
        mvc.perform(draft(i, goodDraft(i))).andExpect(status().isOk());
        long draft = latestDraft();
        IndicatorTemplate outcome = ofLevel("OUTCOME");
        mvc.perform(indicators(draft, List.of(outcome), Map.of("unit0", "KILOGRAMS")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("unit0: is not one of the allowed values")));
        mvc.perform(indicators(draft, List.of(outcome), Map.of("indicator0", "no-such-indicator")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("indicator0: is not one of the allowed values")));
        mvc.perform(indicators(draft, List.of(), Map.of()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("indicator0: is required")));
        // someone else's draft is not found
        mvc.perform(indicators("member", draft, List.of(outcome), Map.of())).andExpect(status().isNotFound());
    }
}
