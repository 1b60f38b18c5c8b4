package org.clusterworks.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebTest
class LearningFlowsTest {

    static final String COURSE = "/w/demo/learning/test-course";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    /** Correct answers of the test-course questions, by question id, as form values. */
    static final Map<String, List<String>> CORRECT = Map.of(
            "tc-q01", List.of("0"),
            "tc-q02", List.of("0", "1"),
            "tc-q03", List.of("false"),
            "tc-q04", List.of("4"),
            "tc-q05", List.of("0", "1", "2"),
            "tc-q06", List.of("Location quotient"));

    long start(String user, String path) throws Exception {
        String location = mvc.perform(post(path).with(users.as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).contains("/learning/attempts/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The question ids of an attempt, by position. */
    Map<Integer, String> questions(long attempt) {
        return jdbc
                .sql("""
                        select a.position_no, q.question_key from learning_attempt_question a
                        join learning_question q on q.id = a.question_id where a.attempt_id = :id""")
                .param("id", attempt)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    MockHttpServletRequestBuilder answer(long attempt, Map<String, List<String>> answers) {
        var request = post("/w/demo/learning/attempts/" + attempt).with(csrf());
        questions(attempt).forEach((position, key) -> {
            List<String> values = answers.getOrDefault(key, List.of());
            if (key.equals("tc-q05")) {
                for (int i = 0; i < values.size(); i++) {
                    request.param("q" + position + "." + i, values.get(i));
                }
            } else if (!values.isEmpty()) {
                request.param("q" + position, values.toArray(String[]::new));
            }
        });
        return request;
    }

    @Test
    void learnerSeesCourseOverviewWithModulesAndProgress() throws Exception {
        mvc.perform(get(COURSE + "/modules/1/lessons/01-what-is-a-cluster").with(users.as("officer")))
                .andExpect(status().isOk());
        mvc.perform(get(COURSE).with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test course on clusters")))
                .andExpect(content().string(containsString("What is a cluster?")))
                .andExpect(content().string(containsString("1 of 3 lessons read")));
    }

    @Test
    void swahiliLessonShownWithLangSw() throws Exception {
        mvc.perform(get(COURSE + "/modules/1/lessons/01-what-is-a-cluster?lang=sw")
                        .with(users.as("learner")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kundi la viwanda ni nini?")))
                .andExpect(content().string(containsString("class=\"case\"")))
                .andExpect(content().string(not(containsString("not yet available"))));
    }

    @Test
    void untranslatedLessonFallsBackToEnglishWithANotice() throws Exception {
        mvc.perform(get(COURSE + "/modules/1/lessons/03-unsafe?lang=fr").with(users.as("learner")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A lesson with hostile markup")))
                .andExpect(content().string(containsString("pas encore disponible dans votre langue")));
    }

    @Test
    void lessonMarkdownWithScriptIsEscaped() throws Exception {
        String html = mvc.perform(get(COURSE + "/modules/1/lessons/03-unsafe").with(users.as("learner")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x")
                .doesNotContain("javascript:");
        assertThat(html).contains("&lt;script&gt;alert");
    }

    @Test
    void viewerMayNotLearnAndGets403() throws Exception {
        mvc.perform(get(COURSE).with(users.as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(post(COURSE + "/exam").with(users.as("viewer")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void foreignWorkspaceIs404() throws Exception {
        mvc.perform(get(COURSE).with(users.as("other"))).andExpect(status().isNotFound());
        mvc.perform(post(COURSE + "/exam").with(users.as("other")).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void quizDrawsTheModuleBankAndGradesEveryTypeOnTheServer() throws Exception {
        long attempt = start("analyst", COURSE + "/modules/1/quiz");
        assertThat(questions(attempt).values()).containsExactlyInAnyOrderElementsOf(CORRECT.keySet());
        mvc.perform(get("/w/demo/learning/attempts/" + attempt).with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Which measure compares")));
        Map<String, List<String>> answers = new java.util.HashMap<>(CORRECT);
        answers.put("tc-q02", List.of("0")); // half of the multiple-choice credit
        answers.put("tc-q05", List.of("0", "2", "1")); // one pair of three
        mvc.perform(answer(attempt, answers).with(users.as("analyst"))).andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select score, percent, passed from learning_attempt where id = :id")
                .param("id", attempt)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getBoolean(3) ? 1 : 0})
                .single();
        assertThat(row[0]).isCloseTo(4 + 0.5 + 1.0 / 3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(row[1]).isEqualTo(80.56);
        assertThat(row[2]).isEqualTo(1);
        mvc.perform(get("/w/demo/learning/attempts/" + attempt).with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Partly correct (50 %)")))
                .andExpect(content().string(containsString("Employment count → Growth")))
                .andExpect(content().string(containsString("Labour pooling")));
    }

    @Test
    void nonNumberForNumericQuestionIsRefusedNamingTheQuestion() throws Exception {
        long attempt = start("analyst", COURSE + "/modules/1/quiz");
        int position = questions(attempt).entrySet().stream()
                .filter(e -> e.getValue().equals("tc-q04"))
                .findFirst()
                .orElseThrow()
                .getKey();
        Map<String, List<String>> answers = new java.util.HashMap<>(CORRECT);
        answers.put("tc-q04", List.of("four"));
        mvc.perform(answer(attempt, answers).with(users.as("analyst")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(containsString("Question " + position + ": &quot;four&quot; is not a number")));
        assertThat(jdbc.sql("select count(*) from learning_attempt where id = :id and submitted_at is null")
                        .param("id", attempt)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void passingTheExamIssuesACertificateWhosePdfNamesLearnerCourseAndCode() throws Exception {
        long attempt = start("learner", COURSE + "/exam");
        String code = (String) mvc.perform(answer(attempt, CORRECT).with(users.as("learner")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("certificate"))
                .andReturn()
                .getFlashMap()
                .get("certificate");
        assertThat(code).matches("[A-Z2-9]{5}(-[A-Z2-9]{5}){3}");
        mvc.perform(get("/w/demo/learning/attempts/" + attempt).with(users.as("learner")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Results per module")))
                .andExpect(content().string(containsString("100 %")));
        byte[] pdf = mvc.perform(
                        get("/w/demo/learning/certificates/" + code + ".pdf").with(users.as("learner")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String holder = jdbc.sql("select display_name from app_user where username = 'learner'")
                .query(String.class)
                .single();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(holder)
                    .contains("Test course on clusters")
                    .contains(code);
        }
        // another learner may not download it; the exam cannot be taken again once passed
        mvc.perform(get("/w/demo/learning/certificates/" + code + ".pdf").with(users.as("member")))
                .andExpect(status().isForbidden());
        mvc.perform(post(COURSE + "/exam").with(users.as("learner")).with(csrf()))
                .andExpect(flash().attribute("examError", "learning.exam.already-passed"));
    }

    @Test
    void verificationWorksAnonymouslyAndShowsRevokedAfterRevocation() throws Exception {
        long attempt = start("admin", COURSE + "/exam");
        String code = (String) mvc.perform(answer(attempt, CORRECT).with(users.as("admin")))
                .andReturn()
                .getFlashMap()
                .get("certificate");
        mvc.perform(get("/verify/" + code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("VALID")))
                .andExpect(content().string(containsString("Test course on clusters")));
        mvc.perform(get("/api/v1/learning/certificates/" + code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("valid"))
                .andExpect(jsonPath("$.course").value("Test course on clusters"));
        mvc.perform(get("/api/v1/learning/certificates/NOPE-NOPE"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(get("/verify/NOPE-NOPE")).andExpect(status().isNotFound());

        mvc.perform(post("/w/demo/learning/certificates/" + code + "/revoke")
                        .param("reason", "test")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/w/demo/learning/certificates/" + code + "/revoke")
                        .param("reason", "issued by mistake")
                        .with(users.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/verify/" + code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("REVOKED")));
        mvc.perform(get("/api/v1/learning/certificates/" + code))
                .andExpect(jsonPath("$.status").value("revoked"));
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where entity_type = 'learning-certificate' and entity_id = :c")
                        .param("c", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void examAttemptsAreLimited() throws Exception {
        for (int i = 0; i < 2; i++) {
            long attempt = start("member", COURSE + "/exam");
            mvc.perform(answer(attempt, Map.of()).with(users.as("member"))).andExpect(status().is3xxRedirection());
            String review = mvc.perform(
                            get("/w/demo/learning/attempts/" + attempt).with(users.as("member")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (i == 0) { // an attempt is left: expected answers and explanations stay hidden
                assertThat(review).contains("shown once you pass").doesNotContain("they rarely create clusters");
            } else {
                assertThat(review).doesNotContain("shown once you pass").contains("they rarely create clusters");
            }
        }
        mvc.perform(post(COURSE + "/exam").with(users.as("member")).with(csrf()))
                .andExpect(flash().attribute("examError", "learning.exam.no-attempts-left"));
        assertThat(jdbc.sql("""
                                select count(*) from learning_attempt a join app_user u on u.id = a.user_id
                                where u.username = 'member' and a.kind = 'EXAM'""").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void examTimeLimitIsEnforcedOnTheServer() throws Exception {
        long attempt = start("manager", COURSE + "/exam");
        jdbc.sql("update learning_attempt set deadline_at = :past where id = :id")
                .param("past", java.time.OffsetDateTime.now().minusMinutes(5))
                .param("id", attempt)
                .update();
        mvc.perform(answer(attempt, CORRECT).with(users.as("manager")))
                .andExpect(flash().attribute("expired", true))
                .andExpect(flash().attributeCount(1));
        var passed = jdbc.sql("select passed, expired from learning_attempt where id = :id")
                .param("id", attempt)
                .query((rs, n) -> List.of(rs.getBoolean(1), rs.getBoolean(2)))
                .single();
        assertThat(passed).containsExactly(false, true);
        mvc.perform(get("/w/demo/learning/attempts/" + attempt).with(users.as("manager")))
                .andExpect(content().string(containsString("time limit had passed")));
    }

    @Test
    void locationQuotientExerciseIsCheckedOnTheServer() throws Exception {
        String path = COURSE + "/modules/1/exercise/tc-lq";
        mvc.perform(get(COURSE + "/modules/1/exercise").with(users.as("learner")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Location quotient of Coffee in Arusha")));
        // Arusha coffee: (1200 / 1600) / (1800 / 7200) = 3
        mvc.perform(post(path).param("answer", "3,00").with(users.as("learner")).with(csrf()))
                .andExpect(content().string(containsString("Correct: that is the location quotient")));
        mvc.perform(post(path).param("answer", "0.75").with(users.as("learner")).with(csrf()))
                .andExpect(content().string(containsString("Not quite")));
        mvc.perform(post(path)
                        .param("answer", "three")
                        .with(users.as("learner"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Please enter a number")));
    }

    @Test
    void officerSeesCohortAndExportsCsvButLearnerMayNot() throws Exception {
        mvc.perform(get(COURSE + "/cohort").with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cohort progress")));
        String csv = mvc.perform(get(COURSE + "/cohort.csv").with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("username,name,lessons_read,lessons_total,quizzes_passed")
                .contains("module_1_exam_percent");
        assertThat(csv).contains("learner,").doesNotContain("viewer,").doesNotContain("other,");
        mvc.perform(get(COURSE + "/cohort").with(users.as("learner"))).andExpect(status().isForbidden());
    }

    @Test
    void apiListsCoursesInTheRequestedLanguage() throws Exception {
        String token = "Bearer " + DemoUsers.ANALYST_TOKEN;
        mvc.perform(get("/api/v1/learning/courses/test-course")
                        .param("lang", "fr")
                        .header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Cours de test sur les clusters"))
                .andExpect(jsonPath("$.modules[0].number").value(1))
                .andExpect(jsonPath("$.modules[0].lessons[0].title").value("Qu'est-ce qu'un cluster ?"));
        mvc.perform(get("/api/v1/learning/courses")
                        .header("Accept-Language", "sw")
                        .header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.id == 'test-course')].modules[0].title").value("Misingi"));
        mvc.perform(get("/api/v1/learning/courses")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/learning/courses/nope").header("Authorization", token))
                .andExpect(status().isNotFound());
    }

    @Test
    void demoModeSeedsProgressAndACertificateInTheRealCourse() throws Exception {
        String csv = mvc.perform(
                        get("/w/demo/learning/cluster-development/cohort.csv").with(users.as("officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String analyst =
                csv.lines().filter(l -> l.startsWith("analyst,")).findFirst().orElseThrow();
        assertThat(analyst).contains(",true,").contains(",valid,");
        assertThat(csv.lines().filter(l -> l.startsWith("learner,")).findFirst().orElseThrow())
                .doesNotContain(",valid,");
    }
}
