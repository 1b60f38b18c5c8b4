package org.clusterworks.learning;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterworks.learning.content.Course;
import org.clusterworks.learning.content.Text;
import org.clusterworks.learning.engine.CourseCatalog;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** Every page of every shipped course renders in every language: overview, each lesson, each exercise. */
@WebTest
class CourseContentPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    CourseCatalog catalog;

    @Test
    void everyLessonAndExerciseRendersInEveryLanguage() throws Exception {
        for (Course course : catalog.all()) {
            String base = "/w/demo/learning/" + course.id();
            for (String lang : Text.LANGUAGES) {
                mvc.perform(get(base).param("lang", lang).with(users.as("member")))
                        .andExpect(status().isOk())
                        .andExpect(content()
                                .string(containsString(
                                        HtmlUtils.htmlEscape(course.title().in(lang), "UTF-8"))));
                for (Course.Module module : course.modules()) {
                    for (Course.Lesson lesson : module.lessons()) {
                        mvc.perform(get(base + "/modules/" + module.number() + "/lessons/" + lesson.stem())
                                        .param("lang", lang)
                                        .with(users.as("member")))
                                .andExpect(status().isOk())
                                .andExpect(content()
                                        .string(containsString(HtmlUtils.htmlEscape(
                                                lesson.in(lang).title(), "UTF-8"))));
                    }
                    if (!module.exerciseText().isEmpty() || !module.exercises().isEmpty()) {
                        mvc.perform(get(base + "/modules/" + module.number() + "/exercise")
                                        .param("lang", lang)
                                        .with(users.as("member")))
                                .andExpect(status().isOk());
                    }
                }
                mvc.perform(get(base + "/exam").param("lang", lang).with(users.as("member")))
                        .andExpect(status().isOk());
            }
        }
    }
}
