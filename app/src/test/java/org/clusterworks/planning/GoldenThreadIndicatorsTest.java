package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The golden-thread check reads monitoring ({@code IndicatorQuality}, {@code IndicatorCoverage}): an initiative's
 * indicator without owner or source is listed by what it lacks, a complete one is not, and objectives and action
 * lines no indicator measures are listed.
 */
@WebTest
class GoldenThreadIndicatorsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Plans plans;

    @Autowired
    JdbcClient jdbc;

    long insertIndicator(long framework, String code, String owner, String source) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into mon_indicator (framework_id, code, name_en, unit, direction, accumulation, combine,"
                        + " frequency, owner, source_kind, baseline_source, created_at) values (:f, :c, :n, 'NUMBER',"
                        + " 'HIGHER_IS_BETTER', 'INCREMENTAL', 'SUM', 'YEAR', :o, 'MANUAL', :s, current_timestamp)")
                .param("f", framework)
                .param("c", code)
                .param("n", "Indicator " + code)
                .param("o", owner)
                .param("s", source)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Test
    void indicatorsWithoutOwnerOrSourceAndUnmeasuredLinesAreGaps() throws Exception {
        long ws = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        var drome = initiatives.all(ws).stream()
                .filter(i -> i.name().startsWith("Drôme"))
                .findFirst()
                .orElseThrow();
        long framework = jdbc.sql("select id from mon_framework where workspace_id = :w and initiative_id = :i")
                .param("w", ws)
                .param("i", drome.id())
                .query(Long.class)
                .optional()
                .orElseGet(() -> {
                    var keys = new GeneratedKeyHolder();
                    jdbc.sql("insert into mon_framework (workspace_id, initiative_id, first_year, last_year,"
                                    + " created_at) values (:w, :i, 2026, 2030, current_timestamp)")
                            .param("w", ws)
                            .param("i", drome.id())
                            .update(keys, "id");
                    return keys.getKey().longValue();
                });
        long orphan = insertIndicator(framework, "GT-NO-OWNER", null, "Member survey");
        long bare = insertIndicator(framework, "GT-BARE", null, null);
        long complete = insertIndicator(framework, "GT-OK", "Claire Martin", "Cluster member survey");

        String json = mvc.perform(get("/api/v1/workspaces/demo/initiatives/" + drome.id() + "/golden-thread")
                        .header("Authorization", "Bearer " + DemoUsers.ANALYST_TOKEN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json)
                .contains("\"kind\":\"INDICATOR_WITHOUT_OWNER\",\"subjectType\":\"indicator\",\"subjectId\":" + orphan)
                .contains("\"kind\":\"INDICATOR_WITHOUT_OWNER\",\"subjectType\":\"indicator\",\"subjectId\":" + bare)
                .contains("\"kind\":\"INDICATOR_WITHOUT_SOURCE\",\"subjectType\":\"indicator\",\"subjectId\":" + bare)
                .doesNotContain("\"subjectId\":" + complete + ",")
                .doesNotContain("\"kind\":\"INDICATOR_WITHOUT_SOURCE\",\"subjectType\":\"indicator\",\"subjectId\":"
                        + orphan + ",");
        // No result of the Drôme chain names a plan item, so every live action line lacks an indicator.
        long lines = plans.actionLines(ws, drome.id()).stream()
                .filter(l -> !l.status().equals("CANCELLED"))
                .count();
        assertThat(lines).isPositive();
        assertThat(json.split("\"kind\":\"ACTION_WITHOUT_INDICATOR\"", -1).length - 1)
                .isEqualTo((int) lines);
        String page = mvc.perform(get("/w/demo/initiatives/" + drome.id() + "/plan/golden-thread")
                        .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Indicator without an owner who reports it", "GT-BARE Indicator GT-BARE");
    }
}
