package org.clusterworks.initiatives.core;

import java.util.List;
import java.util.Map;
import org.clusterworks.shared.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's seats in governance bodies and their meeting attendance. Erasure keeps both (the body's composition
 * and a meeting's quorum stay accountable) because they hold no name or contact: the person record is anonymised.
 */
@Component
class GovernancePersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    GovernancePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "governance";
    }

    @Override
    public List<Map<String, Object>> export(long workspaceId, long personId) {
        var seats = jdbc.sql("select i.name as initiative, b.name as body, s.seat_role, s.since from body_seat s join"
                        + " governance_body b on b.id = s.body_id join initiative i on i.id = b.initiative_id"
                        + " where i.workspace_id = :ws and s.person_id = :p order by s.since")
                .param("ws", workspaceId)
                .param("p", personId)
                .query()
                .listOfRows();
        var attendance = jdbc.sql("select i.name as initiative, m.title as meeting, m.starts_at, a.present from"
                        + " meeting_attendance a join meeting m on m.id = a.meeting_id join initiative i on i.id ="
                        + " m.initiative_id where i.workspace_id = :ws and a.person_id = :p order by m.starts_at")
                .param("ws", workspaceId)
                .param("p", personId)
                .query()
                .listOfRows();
        return java.util.stream.Stream.concat(seats.stream(), attendance.stream())
                .toList();
    }

    @Override
    public int erase(long workspaceId, long personId) {
        return 0;
    }
}
