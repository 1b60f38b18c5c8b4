package org.clusterworks.monitoring.core;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Self-assessments, their scores and the labels held, in {@code mon_excellence_*}. */
@Repository
class ExcellenceRepository {

    /** An assessment. */
    record Assessment(long id, long initiativeId, LocalDate assessedOn, int threshold, String note, String createdBy) {}

    /** One indicator's score and evidence. */
    record Score(String code, int score, String evidence) {}

    /** A label held, valid from and to (inclusive). */
    record Label(long id, String name, String level, LocalDate validFrom, LocalDate validTo) {
        public boolean expired(LocalDate today) {
            return validTo.isBefore(today);
        }

        public long daysLeft(LocalDate today) {
            return java.time.temporal.ChronoUnit.DAYS.between(today, validTo);
        }
    }

    private final JdbcClient jdbc;

    ExcellenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long ws, long initiative, LocalDate on, int threshold, String note, String by) {
        jdbc.sql("insert into mon_excellence_assessment (workspace_id, initiative_id, assessed_on, threshold, note,"
                        + " created_by) values (:w, :i, :d, :t, :n, :b)")
                .param("w", ws)
                .param("i", initiative)
                .param("d", on)
                .param("t", threshold)
                .param("n", note)
                .param("b", by)
                .update();
        return jdbc.sql("select max(id) from mon_excellence_assessment where workspace_id = :w and initiative_id = :i")
                .param("w", ws)
                .param("i", initiative)
                .query(Long.class)
                .single();
    }

    /** The initiative's assessments, oldest first. */
    List<Assessment> assessments(long ws, long initiative) {
        return jdbc.sql("select id, initiative_id, assessed_on, threshold, note, created_by from"
                        + " mon_excellence_assessment where workspace_id = :w and initiative_id = :i order by"
                        + " assessed_on, id")
                .param("w", ws)
                .param("i", initiative)
                .query(Rows.of(Assessment.class))
                .list();
    }

    Optional<Assessment> assessment(long ws, long initiative, long id) {
        return jdbc.sql("select id, initiative_id, assessed_on, threshold, note, created_by from"
                        + " mon_excellence_assessment where workspace_id = :w and initiative_id = :i and id = :id")
                .param("w", ws)
                .param("i", initiative)
                .param("id", id)
                .query(Rows.of(Assessment.class))
                .optional();
    }

    void updateHeader(long id, LocalDate on, int threshold, String note) {
        jdbc.sql("update mon_excellence_assessment set assessed_on = :d, threshold = :t, note = :n where id = :id")
                .param("d", on)
                .param("t", threshold)
                .param("n", note)
                .param("id", id)
                .update();
    }

    /** Scores by indicator code. */
    Map<String, Score> scores(long assessmentId) {
        Map<String, Score> out = new LinkedHashMap<>();
        jdbc.sql("select indicator_code, score, evidence from mon_excellence_score where assessment_id = :a")
                .param("a", assessmentId)
                .query((rs, n) -> new Score(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .list()
                .forEach(s -> out.put(s.code(), s));
        return out;
    }

    void replaceScores(long assessmentId, List<Score> scores) {
        jdbc.sql("delete from mon_excellence_score where assessment_id = :a")
                .param("a", assessmentId)
                .update();
        for (Score s : scores) {
            jdbc.sql("insert into mon_excellence_score (assessment_id, indicator_code, score, evidence) values (:a,"
                            + " :c, :s, :e)")
                    .param("a", assessmentId)
                    .param("c", s.code())
                    .param("s", s.score())
                    .param("e", s.evidence())
                    .update();
        }
    }

    List<Label> labels(long ws, long initiative) {
        return jdbc.sql("select id, name, level, valid_from, valid_to from mon_excellence_label where workspace_id ="
                        + " :w and initiative_id = :i order by valid_to desc, id")
                .param("w", ws)
                .param("i", initiative)
                .query(Rows.of(Label.class))
                .list();
    }

    void insertLabel(long ws, long initiative, String name, String level, LocalDate from, LocalDate to) {
        jdbc.sql("insert into mon_excellence_label (workspace_id, initiative_id, name, level, valid_from, valid_to)"
                        + " values (:w, :i, :n, :l, :f, :t)")
                .param("w", ws)
                .param("i", initiative)
                .param("n", name)
                .param("l", level)
                .param("f", from)
                .param("t", to)
                .update();
    }

    int deleteLabel(long ws, long initiative, long id) {
        return jdbc.sql("delete from mon_excellence_label where workspace_id = :w and initiative_id = :i and id = :id")
                .param("w", ws)
                .param("i", initiative)
                .param("id", id)
                .update();
    }
}
