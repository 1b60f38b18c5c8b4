package org.clusterworks.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The builder edits and moves existing rows, and refuses changes that would lose answers already collected. */
@WebTest
class QuestionnaireEditingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    MockHttpServletRequestBuilder officer(MockHttpServletRequestBuilder r) {
        return r.with(users.as("officer")).with(csrf());
    }

    long create(String title) throws Exception {
        String loc = mvc.perform(officer(post("/w/demo/surveys/questionnaires")).param("title", title))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long q = Long.parseLong(
                loc.substring(loc.indexOf("/questionnaires/") + 16).replaceAll("[^0-9].*", ""));
        String items = "/w/demo/surveys/questionnaires/" + q + "/items";
        mvc.perform(officer(post(items))
                .param("kind", "section")
                .param("name", "profile")
                .param("labelEn", "Profile"));
        // the section's end is row 1: questions after row 0 go inside it
        mvc.perform(officer(post(items))
                .param("kind", "yes_no")
                .param("name", "exports")
                .param("labelEn", "Do you export?")
                .param("after", "0"));
        mvc.perform(officer(post(items))
                .param("kind", "decimal")
                .param("name", "export_share")
                .param("labelEn", "Share exported (%)")
                .param("relevant", "${exports} = 'yes'")
                .param("min", "0")
                .param("max", "100"));
        mvc.perform(officer(post(items))
                .param("kind", "select_one")
                .param("name", "market")
                .param("labelEn", "Main market")
                .param("choices", "local | Local\nregional | Regional\nabroad | Abroad"));
        return q;
    }

    /** The names of the rows in order, {@code [} and {@code ]} for a section's start and end. */
    List<String> rows(long q) {
        return jdbc.sql("select item_type, name from surveys_item where questionnaire_id = :q order by position")
                .param("q", q)
                .query((rs, n) -> switch (rs.getString(1)) {
                    case "begin_group" -> "[" + rs.getString(2);
                    case "end_group" -> "]";
                    default -> rs.getString(2);
                })
                .list();
    }

    int position(long q, String name) {
        return rows(q).indexOf(name);
    }

    @Test
    void aQuestionIsEditedInThreeLanguagesAndMovedIntoAndOutOfASection() throws Exception {
        long q = create("Editing " + System.nanoTime());
        assertThat(rows(q)).containsExactly("[profile", "exports", "]", "export_share", "market");
        String item = "/w/demo/surveys/questionnaires/" + q + "/items/";

        // export_share moves up past the section's end: into the section
        mvc.perform(officer(post(item + position(q, "export_share") + "/move")).param("direction", "up"))
                .andExpect(flash().attribute("success", "surveys.item.moved"));
        assertThat(rows(q)).containsExactly("[profile", "exports", "export_share", "]", "market");
        // above exports its skip rule would read a later question: refused by the form rules, nothing changes
        mvc.perform(officer(post(item + position(q, "export_share") + "/move")).param("direction", "up"))
                .andExpect(flash().attribute("problems", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty())));
        assertThat(rows(q)).containsExactly("[profile", "exports", "export_share", "]", "market");
        // the whole section moves below market, and back
        mvc.perform(officer(post(item + "0/move")).param("direction", "down"));
        assertThat(rows(q)).containsExactly("market", "[profile", "exports", "export_share", "]");
        mvc.perform(officer(post(item + "1/move")).param("direction", "up"));
        assertThat(rows(q)).containsExactly("[profile", "exports", "export_share", "]", "market");
        // the end of a section does not move alone; the first row does not move up
        mvc.perform(officer(post(item + "3/move")).param("direction", "up")).andExpect(status().isNotFound());
        mvc.perform(officer(post(item + "0/move")).param("direction", "up"))
                .andExpect(flash().attribute("error", "surveys.item.cannot-move"));

        int market = position(q, "market");
        mvc.perform(get(item + market + "/edit").with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("regional | Regional")));
        mvc.perform(
                        officer(post(item + market))
                                .param("labelEn", "Main market today")
                                .param("labelFr", "Marché principal")
                                .param("labelSw", "Soko kuu")
                                .param("required", "true")
                                .param("relevant", "${exports} = 'yes'")
                                .param("constraint", ". != 'local'")
                                .param("constraintMessage", "Exporters sell beyond the district")
                                .param(
                                        "choices",
                                        "local | Local | Local | Ndani\nregional | Regional\nabroad | Abroad\neac | East African Community"))
                .andExpect(flash().attribute("success", "surveys.item.saved"));
        var row = jdbc.sql("select label_en, label_fr, label_sw, required, relevant, constraint_expr, constraint_msg_en"
                        + " from surveys_item where questionnaire_id = :q and name = 'market'")
                .param("q", q)
                .query((rs, n) -> List.of(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Boolean.toString(rs.getBoolean(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .single();
        assertThat(row)
                .containsExactly(
                        "Main market today",
                        "Marché principal",
                        "Soko kuu",
                        "true",
                        "${exports} = 'yes'",
                        ". != 'local'",
                        "Exporters sell beyond the district");
        assertThat(jdbc.sql("select name from surveys_choice where questionnaire_id = :q and list_name = 'market'"
                                + " order by position")
                        .param("q", q)
                        .query(String.class)
                        .list())
                .containsExactly("local", "regional", "abroad", "eac");
        // now market reads exports: moving the section below it is refused
        mvc.perform(officer(post(item + "0/move")).param("direction", "down"))
                .andExpect(flash().attribute("problems", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty())));
    }

    @Test
    void changesThatWouldLoseCollectedAnswersAreRefusedWithTheReasonAndHarmlessOnesAreKept() throws Exception {
        long q = create("Collected " + System.nanoTime());
        long arusha = jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
        String loc = mvc.perform(officer(post("/w/demo/surveys/rounds"))
                        .param("name", "Editing round")
                        .param("initiativeId", Long.toString(arusha))
                        .param("questionnaireId", Long.toString(q)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long round = Long.parseLong(loc.substring(loc.indexOf("/rounds/") + 8).replaceAll("[^0-9].*", ""));
        mvc.perform(officer(post("/w/demo/surveys/rounds/" + round + "/panel")).param("who", "organisations"));
        mvc.perform(officer(post("/w/demo/surveys/rounds/" + round + "/open")));
        List<String> tokens = jdbc.sql("select token from surveys_respondent where round_id = :r order by id")
                .param("r", round)
                .query(String.class)
                .list();
        String[][] answers = {{"yes", "40", "abroad"}, {"yes", "5", "regional"}, {"no", null, "local"}};
        for (int i = 0; i < answers.length; i++) {
            var r = post("/respond/" + tokens.get(i))
                    .with(csrf())
                    .param("q.exports", answers[i][0])
                    .param("q.market", answers[i][2])
                    .param("action", "submit");
            if (answers[i][1] != null) {
                r.param("q.export_share", answers[i][1]);
            }
            mvc.perform(r).andExpect(status().is3xxRedirection());
        }
        String item = "/w/demo/surveys/questionnaires/" + q + "/items/";
        int market = position(q, "market");
        int share = position(q, "export_share");

        // removing a chosen choice: refused, naming the question and the number of answers
        mvc.perform(officer(post(item + market))
                        .param("labelEn", "Main market")
                        .param("choices", "local | Local\nregional | Regional"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-question=\"market\" data-reason=\"CHOICE\"")))
                .andExpect(content().string(containsString("market: 1 collected answer(s) use a choice")));
        // a constraint that the answer 40 does not meet (5 does)
        mvc.perform(officer(post(item + share))
                        .param("labelEn", "Share exported (%)")
                        .param("relevant", "${exports} = 'yes'")
                        .param("constraint", ". <= 10"))
                .andExpect(content().string(containsString("export_share: 1 collected answer(s) do not meet")));
        // a skip rule that hides two answered questions
        mvc.perform(officer(post(item + share)).param("labelEn", "Share").param("relevant", "${exports} = 'no'"))
                .andExpect(content().string(containsString("data-reason=\"HIDDEN\"")))
                .andExpect(content().string(containsString("export_share: 2 collected answer(s)")));
        // deleting an answered question
        mvc.perform(officer(post(item + position(q, "market") + "/delete")))
                .andExpect(flash().attribute(
                                "losses",
                                org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.hasToString(
                                        containsString("question=market, reason=REMOVED, answers=3")))));
        assertThat(rows(q)).containsExactly("[profile", "exports", "]", "export_share", "market");

        // relabelling, a new choice, reordering choices and moving a question lose nothing: accepted
        mvc.perform(officer(post(item + market))
                        .param("labelEn", "Main market")
                        .param("labelSw", "Soko kuu")
                        .param("choices", "abroad | Abroad\nregional | Regional\nlocal | Local\neac | EAC"))
                .andExpect(flash().attribute("success", "surveys.item.saved"));
        mvc.perform(officer(post(item + position(q, "market") + "/move")).param("direction", "up"))
                .andExpect(flash().attribute("success", "surveys.item.moved"));
        assertThat(rows(q)).containsExactly("[profile", "exports", "]", "market", "export_share");
        assertThat(jdbc.sql("select count(*) from surveys_answer a join surveys_respondent r on r.id ="
                                + " a.respondent_id where r.round_id = :r")
                        .param("r", round)
                        .query(Integer.class)
                        .single())
                .isEqualTo(8);
    }
}
