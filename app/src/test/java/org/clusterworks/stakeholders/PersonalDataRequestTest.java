package org.clusterworks.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class PersonalDataRequestTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    /** A person of a demo organisation with a seat in a demo governance body, created for this test. */
    long personWithASeat(String name) {
        long ws = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        long org = jdbc.sql("select min(id) from organisation where workspace_id = :ws")
                .param("ws", ws)
                .query(Long.class)
                .single();
        jdbc.sql("insert into person (workspace_id, organisation_id, full_name, job_title, email, phone,"
                        + " consent_to_contact, created_at) values (:ws, :o, :n, 'Chair', 'asha@example.org',"
                        + " '+255 700 000 000', true, current_timestamp)")
                .param("ws", ws)
                .param("o", org)
                .param("n", name)
                .update();
        long person = jdbc.sql("select id from person where full_name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
        long body = jdbc.sql("select min(b.id) from governance_body b join initiative i on i.id = b.initiative_id"
                        + " where i.workspace_id = :ws")
                .param("ws", ws)
                .query(Long.class)
                .single();
        jdbc.sql("insert into body_seat (body_id, person_id, seat_role, since) values (:b, :p, 'MEMBER', date"
                        + " '2025-01-15')")
                .param("b", body)
                .param("p", person)
                .update();
        return person;
    }

    @Test
    void anAdministratorExportsEverythingHeldAboutAPersonAndTheExportIsAudited() throws Exception {
        long person = personWithASeat("Asha Export-Test");
        mvc.perform(get("/w/demo/people/{p}/personal-data.json", person).with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person[0].full_name").value("Asha Export-Test"))
                .andExpect(jsonPath("$.person[0].email").value("asha@example.org"))
                .andExpect(jsonPath("$.governance[0].seat_role").value("MEMBER"));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'person' and entity_id = :p"
                                + " and action = 'VIEWED'")
                        .param("p", Long.toString(person))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void erasureRemovesNameAndContactsButKeepsTheSeatWithoutThem() throws Exception {
        long person = personWithASeat("Asha Erase-Test");
        mvc.perform(post("/w/demo/people/{p}/erase", person).with(csrf()).with(users.as("admin")))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select full_name, email, phone, job_title, consent_to_contact from person where id = :p")
                .param("p", person)
                .query()
                .singleRow();
        assertThat(row.get("full_name")).isEqualTo("Erased person " + person);
        assertThat(row.get("email")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("job_title")).isNull();
        assertThat(row.get("consent_to_contact")).isEqualTo(false);
        assertThat(jdbc.sql("select count(*) from body_seat where person_id = :p")
                        .param("p", person)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from person where full_name like '%Erase-Test%' or email ="
                                + " 'asha@example.org' and id = :p")
                        .param("p", person)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void erasureDeletesAPersonsFreeTextSurveyAnswersAndDetachesTheResponse() throws Exception {
        long person = personWithASeat("Asha Survey-Test");
        var round = jdbc.sql("select r.id, r.questionnaire_id from surveys_round r join workspace w on w.id ="
                        + " r.workspace_id where w.slug = 'demo' and exists (select 1 from surveys_item i where"
                        + " i.questionnaire_id = r.questionnaire_id and i.item_type = 'text') order by r.id")
                .query()
                .listOfRows()
                .getFirst();
        String textQuestion = jdbc.sql(
                        "select min(name) from surveys_item where questionnaire_id = :q and" + " item_type = 'text'")
                .param("q", round.get("questionnaire_id"))
                .query(String.class)
                .single();
        jdbc.sql("insert into surveys_respondent (round_id, person_id, token, status, invited_at, submitted_at)"
                        + " values (:r, :p, :t, 'SUBMITTED', current_timestamp, current_timestamp)")
                .param("r", round.get("id"))
                .param("p", person)
                .param("t", "erasure-test-" + person)
                .update();
        long respondent = jdbc.sql("select id from surveys_respondent where token = :t")
                .param("t", "erasure-test-" + person)
                .query(Long.class)
                .single();
        jdbc.sql("insert into surveys_answer (respondent_id, question_code, answer_value) values (:r, :q, 'I am"
                        + " Asha, owner of the only cold store in Usa River'), (:r, 'closed_answer', '3')")
                .param("r", respondent)
                .param("q", textQuestion)
                .update();
        mvc.perform(get("/w/demo/people/{p}/personal-data.json", person).with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['survey-responses'].length()").value(2));

        mvc.perform(post("/w/demo/people/{p}/erase", person).with(csrf()).with(users.as("admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select question_code from surveys_answer where respondent_id = :r")
                        .param("r", respondent)
                        .query(String.class)
                        .list())
                .containsExactly("closed_answer");
        assertThat(jdbc.sql("select count(*) from surveys_respondent where id = :r and person_id is null")
                        .param("r", respondent)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onlyWorkspaceAdministratorsAnswerDataRequestsAndOnlyInTheirWorkspace() throws Exception {
        long person = personWithASeat("Asha Forbidden-Test");
        for (String user : new String[] {"manager", "officer", "analyst", "viewer"}) {
            mvc.perform(get("/w/demo/people/{p}/personal-data.json", person).with(users.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/w/demo/people/{p}/erase", person).with(csrf()).with(users.as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/w/demo/people/{p}/personal-data.json", person).with(users.as("other")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/w/demo/people/{p}/erase", person).with(users.as("admin")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select full_name from person where id = :p")
                        .param("p", person)
                        .query(String.class)
                        .single())
                .isEqualTo("Asha Forbidden-Test");
    }
}
