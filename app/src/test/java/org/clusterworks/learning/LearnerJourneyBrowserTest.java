package org.clusterworks.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The learner's journey in a real headless Chromium, on the stable test course: pass a module quiz, fail the final
 * exam, retake and pass it, download the certificate PDF, have it confirmed by the public verification page without
 * signing in, and read a lesson in Swahili.
 */
@BrowserTest
class LearnerJourneyBrowserTest {

    static final String COURSE = "/w/demo/learning/test-course";

    @Autowired
    JdbcClient jdbc;

    /** The question key at each position of the attempt whose page is open. */
    Map<Integer, String> questions(Browser b) {
        String path = b.path();
        long attempt = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        return positions(attempt);
    }

    Map<Integer, String> positions(long attempt) {
        Map<Integer, String> out = new java.util.TreeMap<>();
        jdbc.sql("""
                        select a.position_no, q.question_key from learning_attempt_question a
                        join learning_question q on q.id = a.question_id where a.attempt_id = :id""")
                .param("id", attempt)
                .query((rs, n) -> out.put(rs.getInt(1), rs.getString(2)))
                .list();
        return out;
    }

    /** Fills in the open attempt with the test course's correct answers ({@link LearningFlowsTest#CORRECT}). */
    void answerCorrectly(Browser b) {
        questions(b).forEach((position, key) -> {
            List<String> values = LearningFlowsTest.CORRECT.get(key);
            String name = "q" + position;
            switch (key) {
                case "tc-q04", "tc-q06" -> b.type("input[name='" + name + "']", values.getFirst());
                case "tc-q05" -> {
                    for (int i = 0; i < values.size(); i++) {
                        new Select(b.find("#" + name + "-" + i)).selectByValue(values.get(i));
                    }
                }
                default ->
                    values.forEach(v -> b.find("input[name='" + name + "'][value='" + v + "']")
                            .click());
            }
        });
    }

    WebElement button(Browser b, String text) {
        return b.findAll("main button").stream()
                .filter(e -> e.getText().equals(text) && e.isDisplayed())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No visible button '" + text + "' on " + b.path()));
    }

    @Test
    void aLearnerPassesAQuizFailsAndRetakesTheExamAndHasTheCertificateVerified(Browser b) {
        b.freshSession().signIn("learner", "demo").open(COURSE);

        // Module quiz, answered correctly.
        b.clickAndWait(button(b, "Take the quiz"));
        assertThat(b.path()).contains("/learning/attempts/");
        answerCorrectly(b);
        b.clickAndWait(button(b, "Submit my answers"));
        assertThat(b.mainText()).contains("passed").doesNotContain("not passed");

        // Final exam, first attempt left blank: not passed, one attempt left.
        b.open(COURSE + "/exam");
        b.clickAndWait(button(b, "Start the exam"));
        b.clickAndWait(button(b, "Submit my answers"));
        assertThat(b.mainText()).contains("not passed").doesNotContain("Download the certificate");
        b.screenshot("learning-exam-failed");

        // Retake and pass.
        b.open(COURSE + "/exam");
        assertThat(b.mainText()).contains("not passed");
        b.clickAndWait(button(b, "Start the exam"));
        answerCorrectly(b);
        b.clickAndWait(button(b, "Submit my answers"));
        assertThat(b.mainText()).contains("passed").contains("Download the certificate (PDF)");
        b.screenshot("learning-exam-passed");

        // The certificate PDF, fetched with the learner's session as the download link does.
        WebElement download = b.findAll("main a").stream()
                .filter(a -> a.getText().equals("Download the certificate (PDF)"))
                .findFirst()
                .orElseThrow();
        String href = download.getAttribute("href");
        String code = href.substring(href.lastIndexOf('/') + 1).replace(".pdf", "");
        Object head = ((JavascriptExecutor) b.driver()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.arrayBuffer().then(buf => done(
                            r.status + ' ' + r.headers.get('content-type') + ' '
                            + String.fromCharCode(...new Uint8Array(buf.slice(0, 5))))));""", href);
        assertThat(head).isEqualTo("200 application/pdf %PDF-");

        // Anyone can verify it without signing in.
        String holder = jdbc.sql("select display_name from app_user where username = 'learner'")
                .query(String.class)
                .single();
        b.freshSession().open("/verify/" + code);
        assertThat(b.path()).isEqualTo("/verify/" + code);
        assertThat(b.mainText())
                .contains("This certificate is VALID.")
                .contains(holder)
                .contains("Test course on clusters")
                .contains(code);
        b.screenshot("learning-verify-anonymous");
        b.open("/verify/NO-SUCH-CODE");
        assertThat(b.mainText()).doesNotContain("This certificate is VALID.");
    }

    @Test
    void switchingToSwahiliShowsTheLessonInSwahili(Browser b) {
        b.freshSession().signIn("learner", "demo").open(COURSE + "/modules/1/lessons/01-what-is-a-cluster");
        assertThat(b.mainText()).contains("What is a cluster?");
        b.chooseLanguage("sw");
        b.open(COURSE + "/modules/1/lessons/01-what-is-a-cluster");
        assertThat(b.language()).isEqualTo("sw");
        assertThat(b.mainText()).contains("Kundi la viwanda ni nini?").doesNotContain("What is a cluster?");
        b.screenshot("learning-lesson-swahili");
    }

    @Test
    void aLearnerClassifiesTheSwotFindingsAndSeesWhichAreRight(Browser b) {
        b.freshSession().signIn("learner", "demo").open("/w/demo/learning/cluster-development/modules/4/exercise");
        String[] key = ExerciseChecksTest.SWOT.clone();
        key[0] = "opportunity";
        for (int i = 0; i < key.length; i++) {
            new Select(b.find("#m4-swot-tabora-honey-item" + i)).selectByValue(key[i]);
        }
        b.clickAndWait(b.find("#m4-swot-tabora-honey button[type=submit]"));
        assertThat(b.mainText()).contains("11 of 12 items are in an accepted category.");
        assertThat(new Select(b.find("#m4-swot-tabora-honey-item0"))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("opportunity");
        b.script("document.getElementById('m4-swot-tabora-honey').scrollIntoView()");
        b.screenshot("learning-swot-exercise-checked");
        b.open("/w/demo/learning/cluster-development/modules/2/exercise");
        b.type("#answer-m2-shift-share-arusha-food", "318.75");
        b.clickAndWait(b.find("#m2-shift-share-arusha-food button[type=submit]"));
        assertThat(b.mainText()).contains("Correct: that is the competitive effect");
        b.script("document.getElementById('m2-shift-share-arusha-food').scrollIntoView()");
        b.screenshot("learning-shift-share-exercise-checked");
    }

    static double figure(Browser b, String id) {
        return Double.parseDouble(b.find("#" + id).getText().replace(",", ""));
    }

    @Test
    void aLearnerComputesAnLqOnTheWorkspacesDataWrongThenRightAndTakesAQuiz(Browser b) {
        b.freshSession()
                .signIn("learner", "demo")
                .open("/w/demo/learning/cluster-development/modules/2/lessons/mapping-methods");
        WebElement link = b.findAll("main .practice-links a").stream()
                .filter(a -> a.getText().startsWith("Compute and read a location quotient"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link to the LQ exercise on the lesson"));
        b.clickAndWait(link);
        assertThat(b.path()).isEqualTo("/w/demo/learning/cluster-development/practice/lq");
        // The learner's own computation from the four figures the page shows: LQ = (e_ri / e_r) / (e_i / e).
        double lq = (figure(b, "lq-eri") / figure(b, "lq-er")) / (figure(b, "lq-ei") / figure(b, "lq-e"));
        String reading = lq > 1 ? "#specialised-yes" : "#specialised-no";
        b.type("#lq", String.format(java.util.Locale.ROOT, "%.2f", lq + 0.3));
        b.find(reading).click();
        b.clickAndWait(b.find("#lq-answer button[type=submit]"));
        assertThat(b.mainText()).contains("Not quite: your LQ is more than 0.01 away");
        b.script("document.getElementById('lq-result').scrollIntoView()");
        b.screenshot("learning-practice-lq-wrong");
        b.type("#lq", String.format(java.util.Locale.ROOT, "%.2f", lq));
        b.find(reading).click();
        b.clickAndWait(b.find("#lq-answer button[type=submit]"));
        assertThat(b.mainText())
                .contains("Correct: the platform computes an LQ of")
                .doesNotContain("Not quite");
        b.script("document.getElementById('lq-result').scrollIntoView()");
        b.screenshot("learning-practice-lq-right");

        // The module's quiz, taken and submitted: the result page shows the score and whether it passed.
        b.open("/w/demo/learning/cluster-development");
        WebElement quiz = b.findAll("main form").stream()
                .filter(f -> f.getAttribute("action").endsWith("/modules/2/quiz"))
                .findFirst()
                .orElseThrow();
        b.clickAndWait(quiz.findElement(org.openqa.selenium.By.cssSelector("button")));
        assertThat(b.path()).contains("/learning/attempts/");
        b.findAll("main input[type=radio]").stream().findFirst().ifPresent(WebElement::click);
        b.clickAndWait(button(b, "Submit my answers"));
        assertThat(b.mainText()).containsAnyOf("passed", "not passed").contains("%");
        b.screenshot("learning-practice-quiz-result");
    }

    @Test
    void aLearnerDraftsAnActionLineOnTheWorkspacesPlanAndChoosesItsIndicators(Browser b) {
        b.freshSession().signIn("learner", "demo").open("/w/demo/learning/cluster-development/practice/swot");
        assertThat(b.mainText()).contains("Classify your SWOT");
        b.screenshot("learning-practice-swot");
        b.open("/w/demo/learning/cluster-development/practice/action-line");
        new Select(b.find("#weaknessId")).selectByIndex(1);
        if (!b.findAll("#objectiveId").isEmpty()) {
            new Select(b.find("#objectiveId")).selectByIndex(1);
        } else {
            b.type("#objectiveText", "Cut post-harvest losses");
        }
        b.type("#title", "Shared cold store for the members");
        b.type("#owner", "Cluster manager");
        b.script("document.getElementById('start').value = '2027-01-01';"
                + "document.getElementById('end').value = '2026-12-31';");
        b.type("#budget", "120000");
        b.type("#membersShare", "30");
        b.type("#fundersShare", "60");
        b.clickAndWait(b.find("#action-answer button[type=submit]"));
        assertThat(b.mainText()).contains("the end comes before the start").contains("It has an owner.");
        b.script("document.getElementById('end').value = '2027-12-31'");
        b.clickAndWait(b.find("#action-answer button[type=submit]"));
        assertThat(b.mainText()).contains("Every check passes: this action line is well formed.");
        new Select(b.find("#indicator0")).selectByIndex(1);
        new Select(b.find("#unit0")).selectByIndex(1);
        b.clickAndWait(b.find("#indicators-answer button[type=submit]"));
        assertThat(b.mainText()).contains("No source is given");
        b.script("document.getElementById('action-result').scrollIntoView()");
        b.screenshot("learning-practice-action-line");
    }
}
