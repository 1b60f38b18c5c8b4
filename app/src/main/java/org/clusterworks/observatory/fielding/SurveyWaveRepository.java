package org.clusterworks.observatory.fielding;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The survey columns of {@code observatory_wave}: which round fields a wave and where its import stands. */
@Repository
class SurveyWaveRepository {

    private static final String SELECT = "select id, code, wave_year, level, title, survey_workspace_id,"
            + " survey_round_id, survey_status, survey_report from observatory_wave";

    private final JdbcClient jdbc;

    SurveyWaveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void attach(long waveId, long workspaceId, long roundId) {
        jdbc.sql("update observatory_wave set survey_workspace_id = :ws, survey_round_id = :round,"
                        + " survey_status = 'FIELDING' where id = :id")
                .param("ws", workspaceId)
                .param("round", roundId)
                .param("id", waveId)
                .update();
    }

    void setStatus(long waveId, String status, String report) {
        jdbc.sql("update observatory_wave set survey_status = :s, survey_report = :r where id = :id")
                .param("s", status)
                .param("r", report)
                .param("id", waveId)
                .update();
    }

    List<SurveyWave> all(long workspaceId) {
        return jdbc.sql(SELECT + " where survey_workspace_id = :ws order by wave_year desc, id desc")
                .param("ws", workspaceId)
                .query(SurveyWaveRepository::wave)
                .list();
    }

    Optional<SurveyWave> find(long workspaceId, long waveId) {
        return jdbc.sql(SELECT + " where survey_workspace_id = :ws and id = :id")
                .param("ws", workspaceId)
                .param("id", waveId)
                .query(SurveyWaveRepository::wave)
                .optional();
    }

    Optional<SurveyWave> byRound(long workspaceId, long roundId) {
        return jdbc.sql(SELECT + " where survey_workspace_id = :ws and survey_round_id = :round")
                .param("ws", workspaceId)
                .param("round", roundId)
                .query(SurveyWaveRepository::wave)
                .optional();
    }

    private static SurveyWave wave(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SurveyWave(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getInt("wave_year"),
                rs.getString("level"),
                rs.getString("title"),
                rs.getLong("survey_workspace_id"),
                rs.getLong("survey_round_id"),
                rs.getString("survey_status"),
                rs.getString("survey_report"));
    }
}
