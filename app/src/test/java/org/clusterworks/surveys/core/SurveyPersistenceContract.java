package org.clusterworks.surveys.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.surveys.RoundKind;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyAnswer;
import org.clusterworks.surveys.SurveyTie;
import org.clusterworks.surveys.Surveys;
import org.clusterworks.surveys.form.Answers;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.QuestionnaireRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The survey tables on each database: questionnaires, rounds, respondents, answers and ties, workspace-scoped. */
abstract class SurveyPersistenceContract {

    @Autowired
    QuestionnaireRepository questionnaires;

    @Autowired
    RoundRepository rounds;

    @Autowired
    Surveys surveys;

    @Autowired
    Initiatives initiatives;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReminderRepository reminders;

    @Autowired
    CollectedAnswers collected;

    long ws(String slug) {
        return jdbc.sql("select id from workspace where slug = :s")
                .param("s", slug)
                .query(Long.class)
                .single();
    }

    @Test
    void aQuestionnaireIsStoredAndReadBackUnchangedAndOnlyInItsWorkspace() {
        Form form = Library.load("firm-diagnostic");
        long id = questionnaires.create(ws("demo"), form);
        assertThat(questionnaires.find(ws("demo"), id)).contains(form);
        assertThat(questionnaires.find(ws("other-agency"), id)).isEmpty();
        Form smaller = new Form("Shorter", "shorter", null, "fr", form.items().subList(0, 5), form.choices());
        assertThat(questionnaires.replace(ws("other-agency"), id, smaller)).isFalse();
        assertThat(questionnaires.replace(ws("demo"), id, smaller)).isTrue();
        assertThat(questionnaires.find(ws("demo"), id)).contains(smaller);
    }

    @Test
    void answersAndTiesAreReplacedOnEachSaveAndCountOnlyOnceSubmitted() {
        long demo = ws("demo");
        long initiative = initiatives.all(demo).get(0).id();
        List<Long> members = initiatives.activeMembers(demo, initiative, LocalDate.now());
        long q = questionnaires.create(demo, Library.load("collaboration-network"));
        long round = rounds.createRound(demo, initiative, q, "Persistence round", RoundKind.OTHER, null, null);
        long r = rounds.addRespondent(round, members.get(0), null, false);
        rounds.setStatus(demo, round, RoundStatus.OPEN);

        String partner = members.get(1).toString();
        Answers.Outcome draft = new Answers.Outcome(
                Map.of("partners", partner, "want_more", "4"),
                List.of(new Answers.Tie("partners", members.get(1), "3", "2")),
                List.of(),
                java.util.Set.of());
        rounds.saveAnswers(r, draft, false, null);
        assertThat(rounds.answers(r)).containsEntry("want_more", "4");
        assertThat(surveys.answers(demo, round, "want_more")).isEmpty();
        assertThat(surveys.ties(demo, round)).isEmpty();

        Answers.Outcome submitted = new Answers.Outcome(
                Map.of("partners", partner, "want_more", "5"),
                List.of(new Answers.Tie("partners", members.get(1), "4", null)),
                List.of(),
                java.util.Set.of());
        rounds.saveAnswers(r, submitted, true, null);
        assertThat(surveys.answers(demo, round, "want_more"))
                .containsExactly(new SurveyAnswer("R" + r, members.get(0), "5"));
        assertThat(surveys.ties(demo, round))
                .containsExactly(new SurveyTie(members.get(0), members.get(1), "partners", 4.0, null));
        assertThat(surveys.round(demo, round).orElseThrow().respondents()).isEqualTo(1);
        assertThat(surveys.rounds(demo, initiative)).extracting(x -> x.id()).contains(round);

        long other = ws("other-agency");
        assertThat(surveys.round(other, round)).isEmpty();
        assertThat(surveys.answers(other, round, "want_more")).isEmpty();
        assertThat(surveys.ties(other, round)).isEmpty();
        assertThat(surveys.rounds(other, initiative)).isEmpty();
    }

    @Test
    void remindersAreRecordedAndTheLatestPerRespondentIsRead() {
        long demo = ws("demo");
        long initiative = initiatives.all(demo).get(0).id();
        List<Long> members = initiatives.activeMembers(demo, initiative, LocalDate.now());
        long q = questionnaires.create(demo, Library.load("member-satisfaction"));
        long round = rounds.createRound(demo, initiative, q, "Reminder round", RoundKind.OTHER, null, null);
        long a = rounds.addRespondent(round, members.get(0), null, false);
        long b = rounds.addRespondent(round, members.get(1), null, false);
        var first = java.time.OffsetDateTime.parse("2026-11-01T08:00:00Z");
        long user = jdbc.sql("select id from app_user where username = 'officer'")
                .query(Long.class)
                .single();
        reminders.record(a, ReminderService.INVITATION, "a@example.org", first, user);
        reminders.record(a, ReminderService.REMINDER, "a@example.org", first.plusDays(4), user);
        var latest = reminders.latest(round);
        assertThat(latest).containsOnlyKeys(a).doesNotContainKey(b);
        assertThat(latest.get(a).kind()).isEqualTo(ReminderService.REMINDER);
        assertThat(latest.get(a).sentAt().toInstant())
                .isEqualTo(first.plusDays(4).toInstant());
    }

    @Test
    void removingAnAnsweredQuestionLosesItsAnswersAndOnlyInItsWorkspace() {
        long demo = ws("demo");
        long initiative = initiatives.all(demo).get(0).id();
        List<Long> members = initiatives.activeMembers(demo, initiative, LocalDate.now());
        Form form = Library.load("collaboration-network");
        long q = questionnaires.create(demo, form);
        long round = rounds.createRound(demo, initiative, q, "Answered round", RoundKind.OTHER, null, null);
        long r = rounds.addRespondent(round, members.get(0), null, false);
        rounds.saveAnswers(
                r, new Answers.Outcome(Map.of("want_more", "4"), List.of(), List.of(), java.util.Set.of()), true, null);
        Form without = new Form(
                form.title(),
                form.formId(),
                form.version(),
                form.defaultLanguage(),
                form.items().stream().filter(i -> !"want_more".equals(i.name())).toList(),
                form.choices());
        assertThat(collected.lostBy(demo, q, form, without))
                .containsExactly(new CollectedAnswers.Loss("want_more", CollectedAnswers.Reason.REMOVED, 1));
        assertThat(collected.lostBy(demo, q, form, form)).isEmpty();
        assertThat(collected.lostBy(ws("other-agency"), q, form, without)).isEmpty();
    }
}
