package org.clusterworks.surveys.form;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores questionnaires row by row in XLSForm shape; every lookup is scoped to a workspace. */
@Repository
public class QuestionnaireRepository {

    /** A stored questionnaire's header. */
    public record Summary(long id, String title, String formId, String version, int questions) {}

    private final JdbcClient jdbc;

    public QuestionnaireRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Summary> all(long workspaceId) {
        return jdbc.sql("select q.id, q.title, q.form_id, q.form_version,"
                        + " (select count(*) from surveys_item i where i.questionnaire_id = q.id"
                        + "  and i.item_type not in ('note', 'begin_group', 'end_group', 'start', 'end', 'today'))"
                        + " from surveys_questionnaire q where q.workspace_id = :ws order by lower(q.title), q.id")
                .param("ws", workspaceId)
                .query((rs, n) ->
                        new Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    /** Stores a new questionnaire and returns its id. */
    public long create(long workspaceId, Form form) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into surveys_questionnaire (workspace_id, title, form_id, form_version, default_language,"
                        + " created_at, updated_at) values (:ws, :title, :formId, :version, :lang, :now, :now)")
                .param("ws", workspaceId)
                .param("title", form.title())
                .param("formId", form.formId())
                .param("version", form.version())
                .param("lang", form.defaultLanguage())
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeRows(id, form);
        return id;
    }

    /** Replaces a questionnaire's content; false when it is not in the workspace. */
    public boolean replace(long workspaceId, long id, Form form) {
        int n = jdbc.sql("update surveys_questionnaire set title = :title, form_id = :formId, form_version = :version,"
                        + " default_language = :lang, updated_at = :now where workspace_id = :ws and id = :id")
                .param("ws", workspaceId)
                .param("id", id)
                .param("title", form.title())
                .param("formId", form.formId())
                .param("version", form.version())
                .param("lang", form.defaultLanguage())
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from surveys_item where questionnaire_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from surveys_choice where questionnaire_id = :id")
                .param("id", id)
                .update();
        writeRows(id, form);
        return true;
    }

    private void writeRows(long id, Form form) {
        int pos = 0;
        for (Item item : form.items()) {
            jdbc.sql("insert into surveys_item (questionnaire_id, position, item_type, name, label_en, label_fr,"
                            + " label_sw, hint_en, hint_fr, hint_sw, required, relevant, constraint_expr,"
                            + " constraint_msg_en, constraint_msg_fr, constraint_msg_sw, appearance, parameters)"
                            + " values (:q, :pos, :type, :name, :len, :lfr, :lsw, :hen, :hfr, :hsw, :req, :rel, :con,"
                            + " :cen, :cfr, :csw, :app, :par)")
                    .param("q", id)
                    .param("pos", pos++)
                    .param("type", item.typeColumn())
                    .param("name", item.name())
                    .param("len", item.label().en())
                    .param("lfr", item.label().fr())
                    .param("lsw", item.label().sw())
                    .param("hen", item.hint().en())
                    .param("hfr", item.hint().fr())
                    .param("hsw", item.hint().sw())
                    .param("req", item.required())
                    .param("rel", item.relevant())
                    .param("con", item.constraint())
                    .param("cen", item.constraintMessage().en())
                    .param("cfr", item.constraintMessage().fr())
                    .param("csw", item.constraintMessage().sw())
                    .param("app", item.appearance())
                    .param("par", item.parameters())
                    .update();
        }
        pos = 0;
        for (Choice c : form.choices()) {
            jdbc.sql("insert into surveys_choice (questionnaire_id, list_name, position, name, label_en, label_fr,"
                            + " label_sw) values (:q, :list, :pos, :name, :en, :fr, :sw)")
                    .param("q", id)
                    .param("list", c.listName())
                    .param("pos", pos++)
                    .param("name", c.name())
                    .param("en", c.label().en())
                    .param("fr", c.label().fr())
                    .param("sw", c.label().sw())
                    .update();
        }
    }

    /** The questionnaire with this id if it belongs to the workspace. */
    public Optional<Form> find(long workspaceId, long id) {
        Optional<String[]> head = jdbc.sql("select title, form_id, form_version, default_language"
                        + " from surveys_questionnaire where workspace_id = :ws and id = :id")
                .param("ws", workspaceId)
                .param("id", id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<Item> items = jdbc.sql("select * from surveys_item where questionnaire_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> item(rs))
                .list();
        List<Choice> choices = jdbc.sql("select list_name, name, label_en, label_fr, label_sw from surveys_choice"
                        + " where questionnaire_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new Choice(
                        rs.getString(1), rs.getString(2), new Text(rs.getString(3), rs.getString(4), rs.getString(5))))
                .list();
        String[] h = head.get();
        return Optional.of(new Form(h[0], h[1], h[2], h[3], items, choices));
    }

    private static Item item(ResultSet rs) throws SQLException {
        String typeColumn = rs.getString("item_type");
        String[] parts = typeColumn.split("\\s+", 2);
        return new Item(
                ItemType.parse(parts[0]),
                parts.length > 1 ? parts[1] : null,
                rs.getString("name"),
                new Text(rs.getString("label_en"), rs.getString("label_fr"), rs.getString("label_sw")),
                new Text(rs.getString("hint_en"), rs.getString("hint_fr"), rs.getString("hint_sw")),
                rs.getBoolean("required"),
                rs.getString("relevant"),
                rs.getString("constraint_expr"),
                new Text(
                        rs.getString("constraint_msg_en"),
                        rs.getString("constraint_msg_fr"),
                        rs.getString("constraint_msg_sw")),
                rs.getString("appearance"),
                rs.getString("parameters"));
    }
}
