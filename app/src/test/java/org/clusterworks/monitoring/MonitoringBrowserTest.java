package org.clusterworks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real headless Chromium: the cluster manager defines an indicator and enters a value, the programme officer
 * approves it, and the value appears on the dashboard with its chart.
 */
@BrowserTest
class MonitoringBrowserTest {

    @Autowired
    JdbcClient jdbc;

    private static WebElement button(Browser b, String text) {
        return b.findAll("button").stream()
                .filter(e -> e.getText().equals(text) && e.isDisplayed())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No visible button '" + text + "'"));
    }

    private static WebElement link(Browser b, String text) {
        return b.findAll("main a").stream()
                .filter(e -> e.getText().equals(text) && e.isDisplayed())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No visible link '" + text + "'"));
    }

    @Test
    void aManagerDefinesAnIndicatorEntersAValueAndTheOfficerApprovesItForTheDashboard(Browser b) {
        long arusha = jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
        b.freshSession().signIn("manager", "demo").open("/w/demo/monitoring/initiatives/" + arusha);
        assertThat(b.mainText()).contains("Results framework", "Member organisations");
        b.screenshot("monitoring-framework");
        b.clickAndWait(link(b, "Define an indicator"));
        b.type("#code", "EXPORT_CONTRACTS")
                .type("#nameEn", "Export contracts signed")
                .type("#nameSw", "Mikataba ya mauzo ya nje iliyosainiwa");
        b.clickAndWait(button(b, "Save"));
        assertThat(b.mainText()).contains("The indicator was defined", "EXPORT_CONTRACTS");
        String indicatorPage = b.path();

        b.type("#value-amount", "7").type("#value-evidence", "Signed contracts in the association's files");
        b.clickAndWait(button(b, "Submit for approval"));
        assertThat(b.mainText())
                .contains("The value was submitted", "Waiting for approval", "Waiting for a second person");

        b.freshSession().signIn("officer", "demo").open(indicatorPage);
        b.clickAndWait(button(b, "Approve"));
        assertThat(b.mainText()).contains("The value was approved", "Approved");

        b.clickAndWait(link(b, "Results framework: Arusha Horticulture Cluster"));
        b.clickAndWait(link(b, "Dashboard"));
        WebElement card = b.find("article[data-code='EXPORT_CONTRACTS']");
        assertThat(card.getText()).contains("Export contracts signed", "7");
        b.waitFor("article[data-code='EXPORT_CONTRACTS'] .monitoring-chart canvas");
        b.screenshot("monitoring-dashboard");
    }

    @Test
    void anIndicatorFedByASurveyQuestionShowsTheRoundsValueAndHowItWasComputed(Browser b) {
        long arusha = jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
        b.freshSession().signIn("manager", "demo").open("/w/demo/monitoring/initiatives/" + arusha);
        b.clickAndWait(link(b, "Define an indicator"));
        b.type("#code", "INFO_SHARING").type("#nameEn", "Members sharing information");
        new Select(b.find("#unit")).selectByValue("PERCENTAGE");
        new Select(b.find("#combine")).selectByValue("LAST");
        new Select(b.find("#sourceKind")).selectByValue("SURVEY");
        b.type("#sourceParam", "coop_share");
        b.clickAndWait(button(b, "Save"));
        assertThat(b.mainText())
                .contains(
                        "The indicator was defined",
                        "Survey question",
                        "Computed",
                        "Baseline firm survey",
                        "28 answers");
        b.screenshot("monitoring-survey-indicator");
    }

    @Test
    void theDashboardSaysWhenItWasComputedProRatesFlowsAndMapsTheMembersByRegion(Browser b) {
        long arusha = jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
        b.freshSession().signIn("manager", "demo").open("/w/demo/monitoring/initiatives/" + arusha);
        b.clickAndWait(link(b, "Dashboard"));
        b.clickAndWait(button(b, "Recompute now"));
        assertThat(b.mainText())
                .contains("The computed values were refreshed", "Computed values as computed on", "Pro-rating:");
        b.waitFor("article[data-code='MEMBERS'] .monitoring-map canvas");
        b.script("document.querySelector(\"article[data-code='MEMBERS']\").scrollIntoView()");
        b.screenshot("monitoring-dashboard-map");
        b.script("document.querySelector(\"article[data-code='COFINANCING']\").scrollIntoView()");
        b.screenshot("monitoring-dashboard-prorated");
        b.open("/w/demo/monitoring/initiatives/" + arusha);
        assertThat(b.mainText()).contains("Progress report and governance");
        b.screenshot("monitoring-framework-endorsement");
        b.clickAndWait(link(b, "Difference in differences from survey rounds"));
        new Select(b.find("select[name=before]")).selectByVisibleText("Baseline firm survey");
        new Select(b.find("select[name=after]")).selectByVisibleText("Midline firm survey");
        new Select(b.find("select[name=question]")).selectByValue("employees");
        b.clickAndWait(button(b, "Compute"));
        // The demo midline has ten answers so far: the estimate, or the message that a group is too small.
        assertThat(b.mainText())
                .contains("Difference in differences")
                .containsAnyOf("parallel trends", "needs at least two numeric answers");
        b.screenshot("monitoring-did");
    }
}
