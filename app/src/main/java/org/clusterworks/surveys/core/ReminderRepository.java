package org.clusterworks.surveys.core;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invitations and reminders e-mailed to a round's respondents. */
@Repository
class ReminderRepository {

    /** The latest e-mail sent to a respondent: invitation or reminder, when. */
    record Sent(long respondentId, String kind, OffsetDateTime sentAt) {}

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long respondentId, String kind, String address, OffsetDateTime at, long userId) {
        jdbc.sql("insert into surveys_reminder (respondent_id, kind, address, sent_at, sent_by)"
                        + " values (:r, :k, :a, :t, :u)")
                .param("r", respondentId)
                .param("k", kind)
                .param("a", address)
                .param("t", at)
                .param("u", userId)
                .update();
    }

    /** Per respondent of the round, the latest e-mail sent and how many were sent. */
    Map<Long, Sent> latest(long roundId) {
        Map<Long, Sent> out = new LinkedHashMap<>();
        jdbc.sql("select m.respondent_id, m.kind, m.sent_at from surveys_reminder m join surveys_respondent r on"
                        + " r.id = m.respondent_id where r.round_id = :round order by m.sent_at, m.id")
                .param("round", roundId)
                .query((rs, n) -> new Sent(
                        rs.getLong("respondent_id"),
                        rs.getString("kind"),
                        rs.getObject("sent_at", OffsetDateTime.class)))
                .list()
                .forEach(s -> out.put(s.respondentId(), s));
        return out;
    }
}
