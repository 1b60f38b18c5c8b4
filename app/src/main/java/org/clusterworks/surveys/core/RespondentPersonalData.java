package org.clusterworks.surveys.core;

import java.util.List;
import java.util.Map;
import org.clusterworks.shared.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's survey responses. Erasure deletes their free-text answers (which may name or describe them) and
 * detaches the response from the person, so the round's statistics keep the closed answers without a name.
 */
@Component
class RespondentPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    RespondentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "survey-responses";
    }

    @Override
    public List<Map<String, Object>> export(long workspaceId, long personId) {
        return jdbc.sql("select r.name as round, p.status, p.submitted_at, a.question_code, a.answer_value from"
                        + " surveys_respondent p join surveys_round r on r.id = p.round_id left join surveys_answer a"
                        + " on a.respondent_id = p.id where r.workspace_id = :ws and p.person_id = :person order by"
                        + " r.id, a.question_code")
                .param("ws", workspaceId)
                .param("person", personId)
                .query()
                .listOfRows();
    }

    @Override
    public int erase(long workspaceId, long personId) {
        int texts = jdbc.sql("delete from surveys_answer a where a.respondent_id in (select p.id from"
                        + " surveys_respondent p join surveys_round r on r.id = p.round_id where r.workspace_id = :ws"
                        + " and p.person_id = :person) and a.question_code in (select i.name from surveys_item i"
                        + " join surveys_round r on r.questionnaire_id = i.questionnaire_id join surveys_respondent p"
                        + " on p.round_id = r.id where p.id = a.respondent_id and i.item_type = 'text')")
                .param("ws", workspaceId)
                .param("person", personId)
                .update();
        int detached = jdbc.sql("update surveys_respondent set person_id = null where person_id = :person and"
                        + " round_id in (select id from surveys_round where workspace_id = :ws)")
                .param("ws", workspaceId)
                .param("person", personId)
                .update();
        return texts + detached;
    }
}
