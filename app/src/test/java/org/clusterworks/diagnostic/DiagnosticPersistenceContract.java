package org.clusterworks.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The diagnostic tables as the module uses them, run on H2 and on PostgreSQL by the two subclasses. */
abstract class DiagnosticPersistenceContract {

    @Autowired
    Diagnostics diagnostics;

    @Autowired
    Initiatives initiatives;

    @Autowired
    JdbcClient jdbc;

    long workspace(String slug) {
        return jdbc.sql("select id from workspace where slug = :s")
                .param("s", slug)
                .query(Long.class)
                .single();
    }

    long user(String name) {
        return jdbc.sql("select id from app_user where username = :u")
                .param("u", name)
                .query(Long.class)
                .single();
    }

    InitiativeSummary drome() {
        return initiatives.all(workspace("demo")).stream()
                .filter(i -> i.name().startsWith("Drôme"))
                .findFirst()
                .orElseThrow();
    }

    long item(long ws, long initiative, String kind, String title) {
        jdbc.sql("insert into diagnostic_swot_item (workspace_id, initiative_id, kind, category, title, description,"
                        + " created_at, updated_at) values (:ws, :i, :k, 'MARKETS', :t, 'd', current_timestamp,"
                        + " current_timestamp)")
                .param("ws", ws)
                .param("i", initiative)
                .param("k", kind)
                .param("t", title)
                .update();
        return jdbc.sql("select max(id) from diagnostic_swot_item where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    void vote(long item, String user) {
        jdbc.sql("insert into diagnostic_swot_vote (item_id, user_id, voted_at) values (:i, :u, current_timestamp)")
                .param("i", item)
                .param("u", user(user))
                .update();
    }

    @Test
    void swotItemsAreRankedByVotesWithinTheirQuadrantAndTheTopThreeWithVotesAreHighPriority() {
        long ws = workspace("demo");
        long ini = drome().id();
        String tag = "persist-" + System.nanoTime();
        long a = item(ws, ini, "THREAT", tag + " a");
        long b = item(ws, ini, "THREAT", tag + " b");
        vote(b, "manager");
        vote(b, "member");
        vote(a, "viewer");

        var threats = diagnostics.swot(ws, ini).stream()
                .filter(i -> i.kind() == SwotKind.THREAT && i.title().startsWith(tag))
                .toList();

        assertThat(threats).extracting(SwotItem::id).containsExactly(b, a);
        assertThat(threats).extracting(SwotItem::priority).containsExactly(2, 1);
        assertThat(diagnostics.swot(workspace("other-agency"), ini)).isEmpty();
    }

    @Autowired
    org.clusterworks.diagnostic.report.DiagnosticService service;

    @Autowired
    org.clusterworks.diagnostic.valuechain.ValueChainRepository chain;

    @Test
    void anApprovedDiagnosticKeepsItsSnapshotAndFiguresAndTheLatestIsTheBaseline() {
        long ws = workspace("demo");
        var drome = drome();
        long member = initiatives
                .activeMembers(ws, drome.id(), java.time.LocalDate.now())
                .getFirst();
        chain.place(ws, drome.id(), "PROCESSING", member, "persist test");
        assertThat(chain.place(ws, drome.id(), "PROCESSING", member, null)).isFalse();
        long first = service.freeze(ws, drome, user("officer"), "first");
        long second = service.freeze(ws, drome, user("officer"), null);

        var baseline = diagnostics.baseline(ws, drome.id()).orElseThrow();
        assertThat(baseline.id()).isEqualTo(second).isGreaterThan(first);
        assertThat(baseline.figures())
                .containsEntry("network.organisations", (double) initiatives
                        .activeMembers(ws, drome.id(), java.time.LocalDate.now())
                        .size())
                .containsKey("network.density");
        assertThat(baseline.figures().get("valuechain.placements")).isGreaterThanOrEqualTo(1.0);
        String snapshot = jdbc.sql("select snapshot from diagnostic_baseline where id = :id")
                .param("id", second)
                .query(String.class)
                .single();
        assertThat(snapshot).startsWith("{\"initiative\"").contains(drome.name());
        assertThat(diagnostics.baseline(workspace("other-agency"), drome.id())).isEmpty();
    }

    @Test
    void aUserVotesOnceForAnItem() {
        long ws = workspace("demo");
        long a = item(ws, drome().id(), "STRENGTH", "once-" + System.nanoTime());
        vote(a, "manager");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vote(a, "manager"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
