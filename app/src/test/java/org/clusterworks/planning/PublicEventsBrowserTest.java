package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real headless Chromium: someone without an account finds the Drôme open day on the public events page, is
 * told which fields to fix, registers, and the organiser sees the registration, marks attendance and finds the event
 * in the month calendar; the Arusha plan page says who endorsed the plan.
 */
@BrowserTest
class PublicEventsBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signedOut(Browser browser) {
        browser.freshSession();
    }

    long initiative(String name) {
        return jdbc.sql("select id from initiative where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private static WebElement button(Browser b, String text) {
        return b.findAll("button").stream()
                .filter(e -> e.getText().equals(text) && e.isDisplayed())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No visible button '" + text + "'"));
    }

    private static WebElement link(Browser b, String text) {
        return b.findAll("a").stream()
                .filter(e -> e.getText().equals(text) && e.isDisplayed())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No visible link '" + text + "'"));
    }

    @Test
    void aVisitorRegistersForTheOpenDayAndTheOrganiserMarksAttendance(Browser b) {
        b.open("/events/public?workspace=demo");
        assertThat(b.mainText()).contains("Open day at the Valence food lab pilot plant", "seats left");
        b.screenshot("planning-public-events");
        b.clickAndWait(link(b, "Open day at the Valence food lab pilot plant"));
        b.type("#email", "not-an-address");
        b.clickAndWait(button(b, "Register"));
        assertThat(b.mainText())
                .contains("Full name: is required", "E-mail: is not an e-mail address", "Consent: must be given");
        b.screenshot("planning-public-register-errors");
        b.type("#fullName", "Camille Roche").type("#email", "camille.roche@example.org");
        b.type("#organisation", "Coopérative fruitière du Diois");
        b.find("#consent").click();
        b.clickAndWait(button(b, "Register"));
        assertThat(b.mainText()).contains("You are registered.");
        b.screenshot("planning-public-registered");

        long drome = initiative("Drôme-Ardèche Agri-Food Cluster");
        b.signIn("officer", "demo").open("/w/demo/initiatives/" + drome + "/events");
        b.clickAndWait(link(b, "Open day at the Valence food lab pilot plant"));
        assertThat(b.mainText()).contains("camille.roche@example.org", "open to the public");
        WebElement row = b.find("#public-registrations tr[data-person='Camille Roche']");
        b.clickAndWait(row.findElement(org.openqa.selenium.By.cssSelector("button.attendance")));
        assertThat(b.find("#public-registrations tr[data-person='Camille Roche']")
                        .getText())
                .contains("Attended (undo)");
        b.screenshot("planning-event-public-registrations");
        var day = jdbc.sql("select starts_at from planning_event where title = 'Open day at the Valence food lab pilot"
                        + " plant'")
                .query(java.time.OffsetDateTime.class)
                .single();
        b.open("/w/demo/initiatives/" + drome + "/events/calendar?month=" + java.time.YearMonth.from(day));
        assertThat(b.find("table.month-grid").getText()).contains("Open day at the Valence");
        b.screenshot("planning-events-calendar");
    }

    @Test
    void theArushaPlanPageSaysWhoEndorsedIt(Browser b) {
        long arusha = initiative("Arusha Horticulture Cluster");
        b.signIn("member", "demo").open("/w/demo/initiatives/" + arusha + "/plan");
        assertThat(b.find("#endorsement").getText())
                .contains("Endorsed", "endorsed by Arusha Horticulture Cluster Commission (Commission secretary) on");
        b.screenshot("planning-plan-endorsed");
        b.clickAndWait(link(b, "Versions and submissions"));
        assertThat(b.mainText()).contains("Submitted as document version 2");
        b.screenshot("planning-versions-endorsed");
    }
}
