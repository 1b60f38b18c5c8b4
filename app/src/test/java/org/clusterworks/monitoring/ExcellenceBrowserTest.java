package org.clusterworks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real headless Chromium: the cluster manager starts an excellence self-assessment from the monitoring page,
 * scores it, sees the areas, the gaps and readiness move with the scores, and reads it in Swahili; an analyst may read
 * but not save.
 */
@BrowserTest
class ExcellenceBrowserTest {

    @Autowired
    JdbcClient jdbc;

    private static WebElement button(Browser b, String text) {
        return b.findAll("main button").stream()
                .filter(e -> e.getText().startsWith(text) && e.isDisplayed())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No visible button '" + text + "'"));
    }

    private static void scoreAll(Browser b, String value) {
        for (WebElement s : b.findAll("select[name^='score_']")) {
            new Select(s).selectByValue(value);
        }
    }

    @Test
    void aManagerScoresASelfAssessmentAndSeesGapsAndReadinessFollowTheScores(Browser b) {
        long arusha = jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
        b.freshSession().signIn("manager", "demo").open("/w/demo/monitoring/initiatives/" + arusha);
        b.clickAndWait(b.findAll("main a").stream()
                .filter(a -> a.getText().equals("Cluster management excellence self-assessment"))
                .findFirst()
                .orElseThrow());
        assertThat(b.find("#excellence-compare").getText()).contains("%");
        b.script("document.querySelector(\"main form.inline input[name='assessedOn']\").value = '2026-11-02'");
        b.clickAndWait(button(b, "Start an assessment"));
        String page = b.path();
        assertThat(page).matches(".*/excellence/\\d+");

        List<WebElement> scores = b.findAll("select[name^='score_']");
        assertThat(scores).hasSize(18);
        String first = scores.getFirst().getAttribute("aria-label");
        String weak = scores.get(5).getAttribute("aria-label");
        String weaker = scores.get(4).getAttribute("aria-label");
        scoreAll(b, "4");
        b.type("textarea[name='evidence_" + first + "']", "Board minutes 2026");
        b.clickAndWait(button(b, "Save the assessment"));
        assertThat(b.find("[data-excellence='overall']").getText()).isEqualTo("100.0");
        assertThat(b.find("[data-excellence='ready']").getText()).startsWith("Ready");
        assertThat(b.mainText()).contains("No indicator below the threshold.", "Board minutes 2026");

        // two indicators of one area (three indicators each) far down: that area falls below the threshold
        new Select(b.find("select[name='score_" + weak + "']")).selectByValue("1");
        new Select(b.find("select[name='score_" + weaker + "']")).selectByValue("0");
        b.clickAndWait(button(b, "Save the assessment"));
        assertThat(b.find("#excellence-gaps").getText()).contains(weak + " · ", "(1/4)", weaker + " · ", "(0/4)");
        assertThat(b.find("[data-excellence='ready']").getText()).startsWith("Not yet ready for 70");
        b.screenshot("monitoring-excellence-gaps");

        b.open(page + "?lang=sw");
        assertThat(b.find("[data-excellence='ready']").getText()).startsWith("Bado haiko tayari kwa 70");
        assertThat(b.mainText()).contains("Hifadhi tathmini");

        b.freshSession().signIn("analyst", "demo").open(page + "?lang=en");
        assertThat(b.find("[data-excellence='overall']").getText()).isNotBlank();
        assertThat(b.findAll("main button").stream().map(WebElement::getText))
                .noneMatch(t -> t.startsWith("Save the assessment"));
    }
}
