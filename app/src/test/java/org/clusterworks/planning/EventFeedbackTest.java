package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.planning.implementation.EventInput;
import org.clusterworks.planning.implementation.ImplementationRepository;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.StakeholderPerson;
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
 * The feedback loop of a past event through the surveys module: the organiser sends the questionnaire to the
 * organisations whose people attended, a respondent answers through a personal link, and the event page shows the
 * count and the average rating; and one event as an iCalendar file.
 */
@WebTest
class EventFeedbackTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    ImplementationRepository implementation;

    @Autowired
    SurveyFielding fielding;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    InitiativeSummary arusha() {
        return initiatives.all(demo()).stream()
                .filter(i -> i.name().equals("Arusha Horticulture Cluster"))
                .findFirst()
                .orElseThrow();
    }

    long event(InitiativeSummary i, String title, LocalDateTime start) {
        return implementation.insertEvent(
                demo(),
                i.id(),
                new EventInput(
                                null,
                                title,
                                "SEMINAR",
                                start.toString(),
                                start.plusHours(3).toString(),
                                "Arusha",
                                "20",
                                "Feedback test, seminar on cold chains.")
                        .check(new InvalidInput.Collector()));
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String send(String path) throws Exception {
        MvcResult r = mvc.perform(
                        post(path + "/feedback").with(users.as("manager")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Object error = r.getFlashMap().get("error");
        return error == null ? null : error.toString();
    }

    void answer(String link, String rating, String usefulness, String again) throws Exception {
        MockHttpServletRequestBuilder p = post(link)
                .with(csrf())
                .param("action", "submit")
                .param("q.rating", rating)
                .param("q.usefulness", usefulness)
                .param("q.attend_again", again)
                .param("q.suggestions", "More time for the B2B part; visite de l'entrepôt.");
        MvcResult r = mvc.perform(p).andReturn();
        assertThat(r.getResponse().getStatus())
                .as(() -> {
                    try {
                        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
                    } catch (Exception e) {
                        return e.toString();
                    }
                })
                .isEqualTo(302);
    }

    @Test
    void theOrganiserSendsTheFeedbackQuestionnaireAndTheEventPageShowsTheAverageRating() throws Exception {
        InitiativeSummary i = arusha();
        long ws = demo();
        long e = event(
                i, "Cold-chain seminar (feedback test)", LocalDateTime.now().minusDays(3));
        String path = "/w/demo/initiatives/" + i.id() + "/events/" + e;
        // Three people of three member organisations register; two attend.
        List<StakeholderPerson> people = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (var p : stakeholders.peopleOf(ws, initiatives.activeMembers(ws, i.id(), java.time.LocalDate.now()))) {
            if (p.organisationId() != null && seen.add(p.organisationId()) && people.size() < 3) {
                people.add(p);
            }
        }
        assertThat(people).hasSize(3);
        assertThat(send(path)).isEqualTo("planning.feedback.error.no-attendees");
        Set<Long> attended = new LinkedHashSet<>();
        for (int k = 0; k < people.size(); k++) {
            var p = people.get(k);
            long r = implementation.insertRegistration(e, p.id(), p.organisationId(), "test", false);
            if (k < 2) {
                implementation.setAttended(e, r, true);
                attended.add(p.organisationId());
            }
        }
        assertThat(page("manager", path)).contains("Send the feedback questionnaire");

        assertThat(send(path)).isNull();
        long round = jdbc.sql("select round_id from planning_event_feedback where event_id = :e")
                .param("e", e)
                .query(Long.class)
                .single();
        List<SurveyFielding.PanelLink> links = fielding.panel(ws, round);
        assertThat(links)
                .extracting(SurveyFielding.PanelLink::organisationId)
                .containsExactlyInAnyOrderElementsOf(attended);
        String html = page("manager", path);
        assertThat(html)
                .contains(
                        "/w/demo/surveys/rounds/" + round,
                        links.get(0).link(),
                        links.get(1).link())
                .contains(stakeholders
                        .organisation(ws, people.get(0).organisationId())
                        .orElseThrow()
                        .name());
        assertThat(send(path)).isEqualTo("planning.feedback.error.sent");

        // The questionnaire reaches the respondent in their language.
        String french = mvc.perform(get(links.get(0).link()).param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(french).contains("Participeriez-vous à nouveau à un événement similaire ?");

        answer(links.get(0).link(), "5", "4", "yes");
        answer(links.get(1).link(), "2", "2", "no");
        var responses = fielding.responses(ws, round);
        assertThat(responses).hasSize(2);
        int sum = responses.stream()
                .mapToInt(r -> Integer.parseInt(r.values().get("rating")))
                .sum();
        BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        assertThat(mean).isEqualByComparingTo("3.5");
        html = page("member", path);
        assertThat(html)
                .contains("id=\"feedback-responses\">2 / 2<", "id=\"feedback-average\">" + mean.toPlainString() + "<")
                .contains("id=\"feedback-again\">1<")
                // The personal links are for organisers only.
                .doesNotContain(links.get(0).link());
    }

    @Test
    void theQuestionnaireWaitsUntilTheEventIsOver() throws Exception {
        InitiativeSummary i = arusha();
        long e = event(i, "Future seminar (feedback test)", LocalDateTime.now().plusDays(10));
        String path = "/w/demo/initiatives/" + i.id() + "/events/" + e;
        assertThat(page("manager", path))
                .contains("The feedback questionnaire can be sent once the event is over.")
                .doesNotContain("Send the feedback questionnaire");
        assertThat(send(path)).isEqualTo("planning.feedback.error.not-ended");
        assertThat(jdbc.sql("select count(*) from planning_event_feedback where event_id = :e")
                        .param("e", e)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void oneEventDownloadsAsAnICalendarFileWithTheFeedsUidAndUtcTimes() throws Exception {
        InitiativeSummary i = arusha();
        long e = event(i, "Seminar; packing, grading \\ export", LocalDateTime.of(2031, 3, 14, 9, 30));
        var r = mvc.perform(get("/w/demo/initiatives/" + i.id() + "/events/" + e + "/event.ics")
                        .with(users.as("member")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(r.getContentType()).startsWith("text/calendar");
        // Unfold (RFC 5545 §3.1) and split into content lines.
        List<String> lines = List.of(r.getContentAsString(StandardCharsets.UTF_8)
                .replace("\r\n ", "")
                .split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
        assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(1);
        Map<String, String> props = new java.util.HashMap<>();
        lines.forEach(l -> props.putIfAbsent(l.substring(0, l.indexOf(':')), l.substring(l.indexOf(':') + 1)));
        OffsetDateTime start = jdbc.sql("select starts_at from planning_event where id = :e")
                .param("e", e)
                .query(OffsetDateTime.class)
                .single();
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
        assertThat(props.get("DTSTART"))
                .isEqualTo(start.withOffsetSameInstant(ZoneOffset.UTC).format(utc));
        assertThat(props.get("DTEND"))
                .isEqualTo(
                        start.plusHours(3).withOffsetSameInstant(ZoneOffset.UTC).format(utc));
        assertThat(props.get("SUMMARY")).isEqualTo("Seminar\\; packing\\, grading \\\\ export");
        // The same UID as in the initiative's feed, so calendar clients merge the two.
        String feed = mvc.perform(get("/w/demo/initiatives/" + i.id() + "/events/calendar.ics")
                        .with(users.as("member")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("\r\n ", "");
        assertThat(props.get("UID")).isEqualTo("event-" + e + "@demo.clusterworks");
        assertThat(feed).contains("UID:" + props.get("UID") + "\r\n");
    }
}
