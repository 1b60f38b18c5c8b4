package org.clusterworks.surveys.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterworks.surveys.form.Answers;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.ItemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a changed questionnaire keeps the answers already collected in its rounds: every respondent's stored
 * answers are checked again, as a saved draft, against the form before and after the change; an answer kept before
 * and dropped or changed after is lost, with the reason.
 */
@Component
class CollectedAnswers {

    /** Why an answer would be lost. */
    enum Reason {
        REMOVED,
        HIDDEN,
        CONSTRAINT,
        CHOICE,
        CHANGED
    }

    /** {@code answers} collected answers to {@code question} that the change would lose, and why. */
    record Loss(String question, Reason reason, int answers) {}

    /** Thrown when a change would lose collected answers; the builder lists them. */
    static final class WouldBreak extends RuntimeException {
        final List<Loss> losses;

        WouldBreak(List<Loss> losses) {
            super("The change would lose collected answers: " + losses);
            this.losses = List.copyOf(losses);
        }
    }

    private final JdbcClient jdbc;

    CollectedAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answers the change from {@code before} to {@code after} would lose, by question and reason, in form order. */
    List<Loss> lostBy(long ws, long questionnaireId, Form before, Form after) {
        Map<Long, Map<String, String>> answers = new LinkedHashMap<>();
        jdbc.sql("select a.respondent_id, a.question_code, a.answer_value from surveys_answer a join"
                        + " surveys_respondent r on r.id = a.respondent_id join surveys_round d on d.id = r.round_id"
                        + " where d.questionnaire_id = :q and d.workspace_id = :ws order by a.respondent_id")
                .param("q", questionnaireId)
                .param("ws", ws)
                .query((rs, n) -> answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getString(3)))
                .list();
        if (answers.isEmpty()) {
            return List.of();
        }
        Map<String, String> subs = new HashMap<>();
        jdbc.sql("select t.respondent_id, t.question_code, t.organisation_id, t.frequency, t.trust from surveys_tie t"
                        + " join surveys_respondent r on r.id = t.respondent_id join surveys_round d on d.id ="
                        + " r.round_id where d.questionnaire_id = :q and d.workspace_id = :ws")
                .param("q", questionnaireId)
                .param("ws", ws)
                .query((rs, n) -> {
                    String key = rs.getLong(1) + "|" + rs.getString(2) + "." + rs.getLong(3) + "|";
                    subs.put(key + "frequency", rs.getString(4));
                    return subs.put(key + "trust", rs.getString(5));
                })
                .list();
        Map<String, Map<Reason, Integer>> lost = new LinkedHashMap<>();
        before.questions().forEach(q -> lost.put(q.name(), new LinkedHashMap<>()));
        for (var e : answers.entrySet()) {
            long respondent = e.getKey();
            Map<String, List<String>> raw = raw(before, e.getValue());
            Set<Long> named = new HashSet<>();
            for (Item q : before.questions()) {
                if (q.type() == ItemType.ORGANISATIONS && raw.containsKey(q.name())) {
                    raw.get(q.name()).forEach(id -> {
                        try {
                            named.add(Long.parseLong(id));
                        } catch (NumberFormatException ignored) {
                            // not an id: the check refuses it either way
                        }
                    });
                }
            }
            var old = Answers.check(before, raw, (k, w) -> subs.get(respondent + "|" + k + "|" + w), named, false);
            var now = Answers.check(after, raw, (k, w) -> subs.get(respondent + "|" + k + "|" + w), named, false);
            for (var kept : old.values().entrySet()) {
                String code = kept.getKey();
                String value = now.values().get(code);
                if (same(kept.getValue(), value)) {
                    continue;
                }
                Reason reason;
                if (after.question(code).isEmpty()) {
                    reason = Reason.REMOVED;
                } else if (!now.relevant().contains(code)) {
                    reason = Reason.HIDDEN;
                } else if (now.problems().stream()
                        .anyMatch(
                                p -> p.question().equals(code) && p.messageKey().equals("surveys.answer.constraint"))) {
                    reason = Reason.CONSTRAINT;
                } else if (value == null) {
                    reason = Reason.CHOICE;
                } else {
                    reason = Reason.CHANGED;
                }
                lost.computeIfAbsent(code, k -> new LinkedHashMap<>()).merge(reason, 1, Integer::sum);
            }
        }
        List<Loss> out = new ArrayList<>();
        lost.forEach((q, reasons) -> reasons.forEach((r, n) -> out.add(new Loss(q, r, n))));
        return out;
    }

    /** Equal values; the parts of a multiple answer in any order (reordering a list's choices loses nothing). */
    private static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return b != null
                && new HashSet<>(List.of(a.trim().split("\\s+")))
                        .equals(new HashSet<>(List.of(b.trim().split("\\s+"))));
    }

    /** Stored values as the form posts them: a multiple choice or organisation picker split into its parts. */
    private static Map<String, List<String>> raw(Form form, Map<String, String> stored) {
        Map<String, List<String>> raw = new HashMap<>();
        stored.forEach((code, value) -> {
            var item = form.question(code);
            boolean many = item.isPresent()
                    && (item.get().type() == ItemType.SELECT_MULTIPLE
                            || item.get().type() == ItemType.ORGANISATIONS);
            raw.put(code, many ? List.of(value.trim().split("\\s+")) : List.of(value));
        });
        return raw;
    }
}
