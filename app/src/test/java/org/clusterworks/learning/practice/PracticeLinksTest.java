package org.clusterworks.learning.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.clusterworks.diagnostic.Diagnostics;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.learning.content.Course;
import org.clusterworks.learning.engine.CourseCatalog;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The lessons of the modules on mapping, the diagnostic, planning and monitoring link to the exercises on the
 * workspace's data in every language, and a workspace without the data practises on the demo workspace's.
 */
@WebTest
class PracticeLinksTest {

    static final String COURSE = "/w/demo/learning/cluster-development";

    /** Which workspace exercise each module's lessons link to (issue 10: modules 2, 4, 5 and 8). */
    static final Map<Integer, String> LINKS = Map.of(2, "lq", 4, "swot", 5, "action-line", 8, "action-line");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Initiatives initiatives;

    @Autowired
    Diagnostics diagnostics;

    @Test
    void everyLessonOfTheModulesLinksToItsExerciseInEnglishFrenchAndSwahili() throws Exception {
        Course course = catalog.find("cluster-development").orElseThrow();
        for (var entry : LINKS.entrySet()) {
            Course.Module m = course.module(entry.getKey()).orElseThrow();
            assertThat(m.practice()).containsExactly(entry.getValue());
            for (String lang : new String[] {"en", "fr", "sw"}) {
                ResourceBundle bundle =
                        ResourceBundle.getBundle("i18n/learning", "en".equals(lang) ? Locale.ROOT : Locale.of(lang));
                String text =
                        HtmlUtils.htmlEscape(bundle.getString("learning.practice.link." + entry.getValue()), "UTF-8");
                for (Course.Lesson lesson : m.lessons()) {
                    mvc.perform(get(COURSE + "/modules/" + m.number() + "/lessons/" + lesson.stem())
                                    .param("lang", lang)
                                    .with(users.as("learner")))
                            .andExpect(status().isOk())
                            .andExpect(content().string(containsString(COURSE + "/practice/" + entry.getValue())))
                            .andExpect(content().string(containsString(text)));
                }
            }
        }
    }

    @Test
    void aWorkspaceWithoutInitiativesPractisesOnTheDemoWorkspacesSwotAndPlan() throws Exception {
        long other = jdbc.sql("select id from workspace where slug = 'other-agency'")
                .query(Long.class)
                .single();
        boolean noSwot = initiatives.all(other).stream()
                .allMatch(i -> diagnostics.swot(other, i.id()).isEmpty());
        var swot = mvc.perform(get("/w/other-agency/learning/cluster-development/practice/swot")
                        .with(users.as("other")))
                .andExpect(status().isOk());
        var plan = mvc.perform(get("/w/other-agency/learning/cluster-development/practice/action-line")
                        .with(users.as("other")))
                .andExpect(status().isOk());
        if (noSwot) {
            swot.andExpect(content().string(containsString("it uses the demo workspace")));
        }
        if (initiatives.all(other).isEmpty()) {
            plan.andExpect(content().string(containsString("it uses the demo workspace")));
        }
    }
}
