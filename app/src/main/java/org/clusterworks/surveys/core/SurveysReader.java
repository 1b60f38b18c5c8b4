package org.clusterworks.surveys.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.surveys.RoundKind;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyAnswer;
import org.clusterworks.surveys.SurveyQuestion;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.SurveyTie;
import org.clusterworks.surveys.Surveys;
import org.clusterworks.surveys.form.Choice;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.ItemType;
import org.clusterworks.surveys.form.QuestionnaireRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Surveys} API read straight from the survey tables; only submitted responses count. */
@Service
@Transactional(readOnly = true)
class SurveysReader implements Surveys {

    static final String ROUND_COLUMNS = "r.id, r.initiative_id, r.name, r.kind, r.questionnaire_id, r.status,"
            + " r.opens_on, r.closes_on, (select count(*) from surveys_respondent s where s.round_id = r.id"
            + " and s.status = 'SUBMITTED') as submitted";

    private final JdbcClient jdbc;
    private final QuestionnaireRepository questionnaires;

    SurveysReader(JdbcClient jdbc, QuestionnaireRepository questionnaires) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
    }

    @Override
    public List<SurveyRound> rounds(long workspaceId, long initiativeId) {
        return jdbc.sql(
                        "select " + ROUND_COLUMNS + " from surveys_round r where r.workspace_id = :ws"
                                + " and r.initiative_id = :init order by coalesce(r.opens_on, cast(r.created_at as date)), r.id")
                .param("ws", workspaceId)
                .param("init", initiativeId)
                .query((rs, n) -> round(rs))
                .list();
    }

    @Override
    public Optional<SurveyRound> round(long workspaceId, long roundId) {
        return jdbc.sql("select " + ROUND_COLUMNS + " from surveys_round r where r.workspace_id = :ws and r.id = :id")
                .param("ws", workspaceId)
                .param("id", roundId)
                .query((rs, n) -> round(rs))
                .optional();
    }

    static SurveyRound round(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SurveyRound(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                RoundKind.valueOf(rs.getString(4)),
                rs.getLong(5),
                RoundStatus.valueOf(rs.getString(6)),
                rs.getObject(7, java.time.LocalDate.class),
                rs.getObject(8, java.time.LocalDate.class),
                rs.getInt(9));
    }

    private Optional<Form> form(long workspaceId, long roundId) {
        return round(workspaceId, roundId).flatMap(r -> questionnaires.find(workspaceId, r.questionnaireId()));
    }

    @Override
    public List<SurveyQuestion> questions(long workspaceId, long roundId) {
        return form(workspaceId, roundId).map(SurveysReader::questions).orElse(List.of());
    }

    static List<SurveyQuestion> questions(Form form) {
        List<SurveyQuestion> out = new ArrayList<>();
        for (Item q : form.questions()) {
            Map<String, String> choices = new LinkedHashMap<>();
            if (q.type().select()) {
                for (Choice c : form.list(q.listName())) {
                    choices.put(c.name(), c.label().in(Locale.ENGLISH));
                }
            }
            out.add(new SurveyQuestion(
                    q.name(), q.type().xlsform(), q.label().in(Locale.ENGLISH), choices, q.likert()));
        }
        return out;
    }

    @Override
    public List<SurveyTie> ties(long workspaceId, long roundId) {
        Optional<Form> form = form(workspaceId, roundId);
        if (form.isEmpty()) {
            return List.of();
        }
        List<SurveyTie> out = new ArrayList<>();
        for (Item q : form.get().questions()) {
            if (q.type() != ItemType.ORGANISATIONS) {
                continue;
            }
            List<Choice> freq = listOf(form.get(), q, "frequency");
            List<Choice> trust = listOf(form.get(), q, "trust");
            jdbc.sql("select s.organisation_id, t.organisation_id, t.frequency, t.trust from surveys_tie t"
                            + " join surveys_respondent s on s.id = t.respondent_id where s.round_id = :round"
                            + " and s.status = 'SUBMITTED' and s.organisation_id is not null"
                            + " and t.question_code = :code order by s.organisation_id, t.organisation_id")
                    .param("round", roundId)
                    .param("code", q.name())
                    .query((rs, n) -> {
                        Double w = score(freq, rs.getString(3));
                        out.add(new SurveyTie(
                                rs.getLong(1),
                                rs.getLong(2),
                                q.name(),
                                w == null ? 1 : w,
                                score(trust, rs.getString(4))));
                        return null;
                    })
                    .list();
        }
        return out;
    }

    static List<Choice> listOf(Form form, Item q, String parameter) {
        String list = q.parameterMap().get(parameter);
        return list == null ? List.of() : form.list(list);
    }

    /** A sub-answer as a number: the choice name when numeric, else its 1-based position; null when absent. */
    static Double score(List<Choice> list, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).name().equals(value)) {
                    return (double) (i + 1);
                }
            }
            return null;
        }
    }

    @Override
    public List<SurveyAnswer> answers(long workspaceId, long roundId, String questionCode) {
        return jdbc.sql("select s.id, s.organisation_id, a.answer_value from surveys_answer a"
                        + " join surveys_respondent s on s.id = a.respondent_id join surveys_round r on r.id = s.round_id"
                        + " where r.workspace_id = :ws and r.id = :round and s.status = 'SUBMITTED'"
                        + " and a.question_code = :code order by s.id")
                .param("ws", workspaceId)
                .param("round", roundId)
                .param("code", questionCode)
                .query((rs, n) -> new SurveyAnswer(
                        respondentKey(rs.getLong(1)), (Long) rs.getObject(2, Long.class), rs.getString(3)))
                .list();
    }

    /** The stable key of a respondent in exports and the API. */
    static String respondentKey(long respondentId) {
        return "R" + respondentId;
    }
}
