package org.clusterworks.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.clusterworks.surveys.form.XlsFormTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Surveys in a real headless Chromium: an officer builds a questionnaire with a skip rule and opens a round; a
 * respondent answers through the personal link without signing in and the skipped question stays hidden; the
 * analysis shows the answer with its chart; and an XLSForm using a repeat is refused with the rows named.
 */
@BrowserTest
class SurveyJourneysBrowserTest {

    @BeforeEach
    void signedOut(Browser browser) {
        browser.freshSession();
    }

    private static WebElement button(Browser b, String text) {
        return b.findAll("button").stream()
                .filter(e -> e.getText().equals(text) && e.isDisplayed())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No visible button '" + text + "'"));
    }

    private static void addQuestion(Browser b, String kind, String name, String label, String relevant) {
        new Select(b.find("#kind")).selectByValue(kind);
        b.type("#name", name).type("#labelEn", label);
        if (relevant != null) {
            b.type("#relevant", relevant);
        }
        b.clickAndWait(button(b, "Add a question"));
    }

    @Test
    void aRespondentNeverSeesASkippedQuestionAndTheAnalysisShowsTheAnswer(Browser b) {
        b.signIn("officer", "demo").open("/w/demo/surveys");
        b.type("#q-title", "Browser export check");
        b.clickAndWait(button(b, "Create"));
        addQuestion(b, "yes_no", "exports", "Do you export?", null);
        addQuestion(b, "decimal", "export_share", "Share of sales exported (%)", "${exports} = 'yes'");
        assertThat(b.mainText()).contains("export_share", "${exports} = 'yes'");

        b.open("/w/demo/surveys");
        b.find("main details > summary").click();
        b.type("#r-name", "Browser round");
        new Select(b.find("#r-init")).selectByVisibleText("Arusha Horticulture Cluster");
        new Select(b.find("#r-q")).selectByVisibleText("Browser export check");
        b.clickAndWait(button(b, "New round"));
        b.clickAndWait(button(b, "Add member organisations"));
        b.clickAndWait(button(b, "Open for answers"));
        String link = b.find("a.personal-link").getAttribute("href");
        String roundPage = b.path();

        b.freshSession().open(link);
        WebElement share = b.find("#q-export_share");
        assertThat(share.isDisplayed()).isFalse();
        b.find("input[name='q.exports'][value='yes']").click();
        assertThat(share.isDisplayed()).isTrue();
        b.find("#i-export_share").sendKeys("30");
        b.find("input[name='q.exports'][value='no']").click();
        assertThat(share.isDisplayed()).isFalse();
        b.screenshot("survey-respondent-skip");
        b.clickAndWait(button(b, "Submit"));
        assertThat(b.mainText()).contains("your answers are recorded");

        b.freshSession().signIn("officer", "demo").open(roundPage);
        assertThat(b.find("#response-rate").getText()).matches("1 of 2\\d invited respondents submitted .*");
        b.open(roundPage + "/analysis");
        assertThat(b.find("#analysis-n").getText()).isEqualTo("1 respondents submitted.");
        WebElement exports = b.find("[data-question='exports']");
        assertThat(exports.findElement(By.cssSelector("table.freq")).getText()).contains("No 1 100%", "Yes 0 0%");
        b.waitFor("[data-question='exports'] .survey-chart svg");
        assertThat(b.find("[data-question='export_share']").getText()).contains("n = 0");
        b.screenshot("survey-analysis");
    }

    @Test
    void anXlsFormWithARepeatIsRefusedAndEveryProblemIsListed(Browser b) throws Exception {
        Path file = Files.createTempFile("repeat-form", ".xlsx");
        Files.write(
                file,
                XlsFormTestSupport.workbook(
                        new String[][] {
                            {"type", "name", "label"},
                            {"begin_repeat", "plots", "Plots"},
                            {"decimal", "area", "Area"},
                            {"end_repeat", null, null}
                        },
                        null));
        b.signIn("officer", "demo").open("/w/demo/surveys");
        b.find("#q-file").sendKeys(file.toAbsolutePath().toString());
        b.clickAndWait(button(b, "Import"));
        String problems = b.find("#import-problems").getText();
        assertThat(problems)
                .contains("was refused: nothing was imported")
                .contains("survey 2 type repeat groups are not supported")
                .contains("survey 4 type repeat groups are not supported");
        assertThat(b.findAll("main table a")).noneMatch(a -> a.getText().contains("repeat-form"));
        b.screenshot("survey-import-refused");
        Files.deleteIfExists(file);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theBrowserEvaluatesSkipLogicExactlyAsTheServerDoes(Browser b) {
        String token = jdbc.sql("select s.token from surveys_respondent s join surveys_round r on r.id = s.round_id"
                        + " where r.name = 'Midline firm survey' and s.status = 'PENDING' order by s.id")
                .query(String.class)
                .list()
                .get(0);
        b.open("/respond/" + token);
        // the library's firm diagnostic: the cooperation section is a grid, the export share hidden until "yes"
        assertThat(b.findAll("table.matrix tbody tr")).hasSize(3);
        assertThat(b.find("#q-export_share").isDisplayed()).isFalse();
        b.screenshot("survey-firm-diagnostic");

        java.util.Map<String, String> values =
                java.util.Map.of("a", "yes", "n", "10", "m", "water roads", "e", "", "d", "2.5", "z", "0");
        List<String> expressions = List.of(
                "${a} = 'yes'",
                "${a} != 'yes'",
                "${n} > 9",
                "${n} > '9'",
                "${e} > 3",
                "${e} <= 3",
                "${e} = ''",
                "${e} != 3",
                "${missing} = ''",
                "selected(${m}, 'roads')",
                "selected(${m}, 'road')",
                "count-selected(${m}) = 2",
                "not(${a} = 'yes') or ${n} >= 10",
                "${a} = 'yes' and (${n} < 5 or selected(${m}, 'water'))",
                "${d} * 4 = 10",
                "${n} div 4 = 2.5",
                "${n} mod 3 = 1",
                "-${n} + 3 < 0",
                "string-length(${a}) = 3",
                "${z}",
                "${e}",
                "true() and not(false())");
        for (String e : expressions) {
            boolean server = org.clusterworks.surveys.form.Expression.parse(e).test(values::get, null);
            Object browser = b.script("return window.cwSurveyExpression(arguments[0], arguments[1]);"
                    .replace("arguments[0]", "'" + e.replace("'", "\\'") + "'")
                    .replace("arguments[1]", json(values)));
            assertThat(browser).as(e).isEqualTo(server);
        }
    }

    private static String json(java.util.Map<String, String> values) {
        StringBuilder s = new StringBuilder("{");
        values.forEach((k, v) -> s.append(s.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":\"")
                .append(v)
                .append('"'));
        return s.append('}').toString();
    }
}
