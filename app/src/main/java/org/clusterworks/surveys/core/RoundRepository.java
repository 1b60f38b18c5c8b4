package org.clusterworks.surveys.core;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.shared.Rows;
import org.clusterworks.surveys.RoundKind;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.form.Answers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Rounds, their respondents and answers. Rounds are looked up by workspace; respondents by round (already checked)
 * or by their token.
 */
@Repository
class RoundRepository {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RESPONDENT = "select id, round_id, organisation_id, person_id, token, anonymous,"
            + " status, updated_at, submitted_at from surveys_respondent";

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A new unguessable token: 32 random bytes, URL-safe. */
    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    long createRound(
            long ws,
            long initiativeId,
            long questionnaireId,
            String name,
            RoundKind kind,
            LocalDate opens,
            LocalDate closes) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into surveys_round (workspace_id, initiative_id, questionnaire_id, name, kind, status, opens_on,"
                                + " closes_on, created_at) values (:ws, :init, :q, :name, :kind, 'DRAFT', :opens, :closes, :now)")
                .param("ws", ws)
                .param("init", initiativeId)
                .param("q", questionnaireId)
                .param("name", name)
                .param("kind", kind.name())
                .param("opens", opens)
                .param("closes", closes)
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<SurveyRound> all(long ws) {
        return jdbc.sql("select " + SurveysReader.ROUND_COLUMNS + " from surveys_round r where r.workspace_id = :ws"
                        + " order by r.id desc")
                .param("ws", ws)
                .query((rs, n) -> SurveysReader.round(rs))
                .list();
    }

    void setStatus(long ws, long roundId, RoundStatus status) {
        jdbc.sql("update surveys_round set status = :s, closed_at = :closed where workspace_id = :ws and id = :id")
                .param("s", status.name())
                .param("closed", status == RoundStatus.CLOSED ? now() : null)
                .param("ws", ws)
                .param("id", roundId)
                .update();
    }

    int minCell(long roundId) {
        return jdbc.sql("select min_cell from surveys_round where id = :id")
                .param("id", roundId)
                .query(Integer.class)
                .single();
    }

    void setMinCell(long roundId, int minCell) {
        jdbc.sql("update surveys_round set min_cell = :m where id = :id")
                .param("m", minCell)
                .param("id", roundId)
                .update();
    }

    Optional<String> publicToken(long roundId) {
        return jdbc.sql("select public_token from surveys_round where id = :id and public_token is not null")
                .param("id", roundId)
                .query(String.class)
                .optional();
    }

    void setPublicToken(long roundId, String token) {
        jdbc.sql("update surveys_round set public_token = :t where id = :id")
                .param("t", token)
                .param("id", roundId)
                .update();
    }

    /** The round (id, workspace id) whose anonymous link has this token. */
    Optional<long[]> roundByPublicToken(String token) {
        return jdbc.sql("select id, workspace_id from surveys_round where public_token = :t")
                .param("t", token)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
    }

    long workspaceOfRound(long roundId) {
        return jdbc.sql("select workspace_id from surveys_round where id = :id")
                .param("id", roundId)
                .query(Long.class)
                .single();
    }

    long addRespondent(long roundId, Long organisationId, Long personId, boolean anonymous) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into surveys_respondent (round_id, organisation_id, person_id, token, anonymous, status,"
                        + " invited_at) values (:round, :org, :person, :token, :anon, 'PENDING', :now)")
                .param("round", roundId)
                .param("org", organisationId)
                .param("person", personId)
                .param("token", token())
                .param("anon", anonymous)
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Respondent> respondents(long roundId) {
        return jdbc.sql(RESPONDENT + " where round_id = :round order by id")
                .param("round", roundId)
                .query(Rows.of(Respondent.class))
                .list();
    }

    Optional<Respondent> respondent(long roundId, long respondentId) {
        return jdbc.sql(RESPONDENT + " where round_id = :round and id = :id")
                .param("round", roundId)
                .param("id", respondentId)
                .query(Rows.of(Respondent.class))
                .optional();
    }

    Optional<Respondent> byToken(String token) {
        return jdbc.sql(RESPONDENT + " where token = :t")
                .param("t", token)
                .query(Rows.of(Respondent.class))
                .optional();
    }

    Map<String, String> answers(long respondentId) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("select question_code, answer_value from surveys_answer where respondent_id = :r")
                .param("r", respondentId)
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2)))
                .list();
        return out;
    }

    List<Answers.Tie> ties(long respondentId) {
        return jdbc.sql(
                        "select question_code, organisation_id, frequency, trust from surveys_tie where respondent_id = :r"
                                + " order by question_code, organisation_id")
                .param("r", respondentId)
                .query((rs, n) -> new Answers.Tie(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Replaces a respondent's answers and ties and sets their status. */
    void saveAnswers(long respondentId, Answers.Outcome outcome, boolean submit, Long enteredBy) {
        jdbc.sql("delete from surveys_answer where respondent_id = :r")
                .param("r", respondentId)
                .update();
        jdbc.sql("delete from surveys_tie where respondent_id = :r")
                .param("r", respondentId)
                .update();
        outcome.values()
                .forEach((code, value) -> jdbc.sql(
                                "insert into surveys_answer (respondent_id, question_code, answer_value) values (:r, :c, :v)")
                        .param("r", respondentId)
                        .param("c", code)
                        .param("v", value)
                        .update());
        for (Answers.Tie t : outcome.ties()) {
            jdbc.sql("insert into surveys_tie (respondent_id, question_code, organisation_id, frequency, trust)"
                            + " values (:r, :c, :o, :f, :t)")
                    .param("r", respondentId)
                    .param("c", t.question())
                    .param("o", t.organisationId())
                    .param("f", t.frequency())
                    .param("t", t.trust())
                    .update();
        }
        OffsetDateTime now = now();
        jdbc.sql("update surveys_respondent set status = :s, updated_at = :now, submitted_at = :sub,"
                        + " entered_by = coalesce(:by, entered_by) where id = :r")
                .param("s", submit ? Respondent.SUBMITTED : Respondent.IN_PROGRESS)
                .param("now", now)
                .param("sub", submit ? now : null)
                .param("by", enteredBy)
                .param("r", respondentId)
                .update();
    }

    /** Every submitted answer of a round: respondent id to (question to value). */
    Map<Long, Map<String, String>> submittedAnswers(long roundId) {
        Map<Long, Map<String, String>> out = new LinkedHashMap<>();
        jdbc.sql(
                        "select a.respondent_id, a.question_code, a.answer_value from surveys_answer a join surveys_respondent s"
                                + " on s.id = a.respondent_id where s.round_id = :round and s.status = 'SUBMITTED'"
                                + " order by a.respondent_id")
                .param("round", roundId)
                .query((rs, n) ->
                        out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3)))
                .list();
        return out;
    }

    /** A survey waiting for a signed-in member: the round's name and the personal link's token. */
    public record Waiting(String roundName, String token, String status) {}

    /** Unsubmitted personal links in the workspace's open rounds for this person or (unnamed) organisation. */
    List<Waiting> waitingFor(long ws, long organisationId, long personId) {
        return jdbc.sql(
                        "select r.name, s.token, s.status from surveys_respondent s join surveys_round r on r.id = s.round_id"
                                + " where r.workspace_id = :ws and r.status = 'OPEN' and s.status <> 'SUBMITTED'"
                                + " and (s.person_id = :person or (s.person_id is null and s.organisation_id = :org))"
                                + " order by r.id, s.id")
                .param("ws", ws)
                .param("person", personId)
                .param("org", organisationId)
                .query((rs, n) -> new Waiting(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
