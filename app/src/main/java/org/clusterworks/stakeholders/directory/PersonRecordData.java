package org.clusterworks.stakeholders.directory;

import java.util.List;
import java.util.Map;
import org.clusterworks.shared.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person record itself: exported whole, erased by replacing name, contacts and gender and withdrawing consent. */
@Component
class PersonRecordData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    PersonRecordData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "person";
    }

    @Override
    public List<Map<String, Object>> export(long workspaceId, long personId) {
        return jdbc.sql("select p.id, p.full_name, p.job_title, p.email, p.phone, p.gender, p.consent_to_contact,"
                        + " p.consent_recorded_at, p.created_at, o.name as organisation from person p left join"
                        + " organisation o on o.id = p.organisation_id where p.workspace_id = :ws and p.id = :id")
                .param("ws", workspaceId)
                .param("id", personId)
                .query()
                .listOfRows();
    }

    @Override
    public int erase(long workspaceId, long personId) {
        return jdbc.sql("update person set full_name = :name, job_title = null, email = null, phone = null,"
                        + " gender = null, consent_to_contact = false, consent_recorded_at = null, user_id = null"
                        + " where workspace_id = :ws and id = :id")
                .param("name", "Erased person " + personId)
                .param("ws", workspaceId)
                .param("id", personId)
                .update();
    }
}
