package org.clusterworks.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.web.servlet.MockMvc;

/** With SMTP configured (a capturing sender), a round's pending respondents get their link once per interval. */
@WebTest
@Import(CapturingMailSender.class)
class SurveyRemindersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CapturingMailSender.Captured mail;

    long openRoundWithPanel() throws Exception {
        long arusha = jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
        long questionnaire = jdbc.sql("select min(q.id) from surveys_questionnaire q join workspace w on w.id ="
                        + " q.workspace_id where w.slug = 'demo'")
                .query(Long.class)
                .single();
        String loc = mvc.perform(post("/w/demo/surveys/rounds")
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("name", "Reminder check " + System.nanoTime())
                        .param("initiativeId", Long.toString(arusha))
                        .param("questionnaireId", Long.toString(questionnaire))
                        .param("closesOn", "2027-01-31"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long round = Long.parseLong(loc.substring(loc.indexOf("/rounds/") + 8).replaceAll("[^0-9].*", ""));
        mvc.perform(post("/w/demo/surveys/rounds/" + round + "/panel")
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("who", "organisations"))
                .andExpect(status().is3xxRedirection());
        return round;
    }

    /** Token to expected address, computed from the directory tables: general address, else first consenting person. */
    Map<String, String> expectedAddresses(long round) {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("select r.token, o.email as org_email, (select p.email from person p where p.organisation_id ="
                        + " o.id and p.consent_to_contact and p.email is not null order by lower(p.full_name), p.id"
                        + " limit 1) as person_email from surveys_respondent r join organisation o on o.id ="
                        + " r.organisation_id where r.round_id = :r and r.status <> 'SUBMITTED' and not r.anonymous")
                .param("r", round)
                .query((rs, n) -> {
                    String a = rs.getString("org_email") != null
                            ? rs.getString("org_email")
                            : rs.getString("person_email");
                    if (a != null) {
                        out.put(rs.getString("token"), a);
                    }
                    return n;
                })
                .list();
        return out;
    }

    List<SimpleMailMessage> since(int from) {
        var all = mail.sent();
        return all.subList(from, all.size());
    }

    @Test
    void pendingRespondentsAreEmailedTheirLinkAndNotRemindedAgainWithinTheInterval() throws Exception {
        long round = openRoundWithPanel();
        String page = "/w/demo/surveys/rounds/" + round;
        mvc.perform(post(page + "/reminders").with(users.as("officer")).with(csrf()))
                .andExpect(flash().attribute("error", "surveys.reminders.not-open"));
        mvc.perform(post(page + "/open").with(users.as("officer")).with(csrf()));
        String submittedToken = jdbc.sql("select min(token) from surveys_respondent where round_id = :r")
                .param("r", round)
                .query(String.class)
                .single();
        jdbc.sql("update surveys_respondent set status = 'SUBMITTED' where token = :t")
                .param("t", submittedToken)
                .update();
        Map<String, String> expected = expectedAddresses(round);
        assertThat(expected).isNotEmpty().doesNotContainKey(submittedToken);

        int before = mail.sent().size();
        mvc.perform(post(page + "/reminders").with(users.as("officer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var first = since(before);
        assertThat(first).hasSize(expected.size());
        for (var m : first) {
            String token = expected.entrySet().stream()
                    .filter(e -> m.getText().contains("/respond/" + e.getKey()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No personal link in " + m.getText()));
            assertThat(m.getTo()).containsExactly(expected.get(token));
            assertThat(m.getSubject()).startsWith("Survey: Reminder check");
            assertThat(m.getText()).contains("2027-01-31").doesNotContain(submittedToken);
        }
        assertThat(jdbc.sql("select count(*) from surveys_reminder m join surveys_respondent r on r.id ="
                                + " m.respondent_id where r.round_id = :r and m.kind = 'INVITATION'")
                        .param("r", round)
                        .query(Integer.class)
                        .single())
                .isEqualTo(expected.size());
        mvc.perform(get(page).with(users.as("officer")))
                .andExpect(content().string(containsString("id=\"send-reminders\"")))
                .andExpect(content().string(containsString("invited by e-mail on")));

        int second = mail.sent().size();
        mvc.perform(post(page + "/reminders").with(users.as("officer")).with(csrf()))
                .andExpect(flash().attribute(
                                "reminderOutcome",
                                org.hamcrest.Matchers.hasToString(containsString("tooRecent=" + expected.size()))));
        assertThat(mail.sent()).hasSize(second);

        jdbc.sql("update surveys_reminder set sent_at = sent_at - interval '4' day where respondent_id in"
                        + " (select id from surveys_respondent where round_id = :r)")
                .param("r", round)
                .update();
        int third = mail.sent().size();
        mvc.perform(post(page + "/reminders").with(users.as("officer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(since(third))
                .hasSize(expected.size())
                .allSatisfy(m -> assertThat(m.getSubject()).startsWith("Reminder: survey"));
    }

    @Test
    void onlyProgrammeStaffSendReminders() throws Exception {
        long round = openRoundWithPanel();
        mvc.perform(post("/w/demo/surveys/rounds/" + round + "/reminders")
                        .with(users.as("analyst"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
