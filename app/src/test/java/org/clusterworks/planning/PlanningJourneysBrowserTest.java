package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The plan in a real headless Chromium: a high-priority weakness becomes an objective and an action line with budget
 * and owner, which the timeline shows and which clears the weakness from the golden-thread check; a member registers
 * a colleague for an event and the manager marks attendance; a member requests a meeting with a suggested partner.
 */
@BrowserTest
class PlanningJourneysBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signedOut(Browser browser) {
        browser.freshSession();
    }

    long arusha() {
        return jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
    }

    private static WebElement button(Browser b, String text) {
        return b.findAll("button").stream()
                .filter(e -> e.getText().equals(text) && e.isDisplayed())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No visible button '" + text + "'"));
    }

    private static void open(Browser b, String summaryText) {
        for (WebElement s : b.findAll("details > summary")) {
            if (s.getText().equals(summaryText) && s.isDisplayed()) {
                if (s.findElement(By.xpath("..")).getAttribute("open") == null) {
                    s.click();
                }
                return;
            }
        }
        throw new AssertionError("No expandable section '" + summaryText + "'");
    }

    /** A weakness on the diagnostic's SWOT board that every demo user voted for (the diagnostic's own tables). */
    long topWeakness(String title) {
        long ws = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        var keys = new GeneratedKeyHolder();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into diagnostic_swot_item (workspace_id, initiative_id, kind, category, title, description,"
                        + " created_at, updated_at) values (:w, :i, 'WEAKNESS', 'MARKETS', :t, '', :n, :n)")
                .param("w", ws)
                .param("i", arusha())
                .param("t", title)
                .param("n", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (String u : List.of("admin", "officer", "manager", "member", "analyst", "viewer")) {
            jdbc.sql("insert into diagnostic_swot_vote (item_id, user_id, voted_at) select :i, id, :n from app_user"
                            + " where username = :u")
                    .param("i", id)
                    .param("u", u)
                    .param("n", now)
                    .update();
        }
        return id;
    }

    @Test
    void aWeaknessBecomesAnObjectiveAndAnActionLineThatTheTimelineShowsAndTheGoldenThreadClears(Browser b) {
        String weakness = "No shared brand for Arusha produce";
        long swot = topWeakness(weakness);
        String plan = "/w/demo/initiatives/" + arusha() + "/plan";
        b.signIn("manager", "demo").open(plan + "/golden-thread");
        assertThat(b.find("#findings").getText()).contains(weakness);
        b.screenshot("planning-golden-thread-before");

        b.open(plan);
        open(b, "Add an objective");
        WebElement form = b.find("form[action$='/plan/objectives']");
        form.findElement(By.name("title")).sendKeys("Build a shared Arusha produce brand");
        form.findElement(By.cssSelector("input[name=swotItemIds][value='" + swot + "']"))
                .click();
        b.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(b.mainText()).contains("The objective was saved", "Build a shared Arusha produce brand");

        WebElement objective = b.findAll("article[id^=objective-]").stream()
                .filter(a -> a.getText().contains("Build a shared Arusha produce brand"))
                .findFirst()
                .orElseThrow();
        b.clickAndWait(objective.findElement(By.linkText("Add an action line")));
        b.type("#title", "Arusha Fresh collective mark and packaging");
        new Select(b.find("#ownerOrgId")).selectByVisibleText("Arusha Horticulture Cluster Association");
        b.script("document.getElementById('startDate').value = '2027-03-01';"
                + "document.getElementById('endDate').value = '2027-12-31';");
        b.type("#budget", "48000000").type("#membersSharePct", "30");
        b.type("#funderName-1", "COSTECH/SIDO innovation fund").type("#funderShare-1", "80");
        b.clickAndWait(button(b, "Save"));
        // 30% + 80% is more than the budget: refused, naming the shares.
        assertThat(b.mainText()).contains("more than 100% of the budget");
        b.type("#funderShare-1", "70");
        b.clickAndWait(button(b, "Save"));
        assertThat(b.mainText())
                .contains("The action line was saved", "48,000,000 TZS", "Arusha Horticulture Cluster Association");
        String code = b.find("main h2").getText().split(" ")[0];
        b.screenshot("planning-action-line");

        b.open(plan + "/timeline");
        WebElement row = b.find(".gantt-row[data-line='" + code + "']");
        assertThat(row.getText()).contains("Arusha Fresh collective mark and packaging");
        assertThat(row.findElement(By.cssSelector(".gantt-bar")).getSize().getWidth())
                .isPositive();
        b.screenshot("planning-timeline");

        b.open(plan + "/golden-thread");
        assertThat(b.mainText()).doesNotContain(weakness);
        b.screenshot("planning-golden-thread-after");
    }

    @Test
    void aMemberRegistersAColleagueAndTheManagerMarksAttendance(Browser b) {
        long event = jdbc.sql("select id from planning_event where kind = 'B2B' and initiative_id = :i")
                .param("i", arusha())
                .query(Long.class)
                .single();
        String path = "/w/demo/initiatives/" + arusha() + "/events/" + event;
        b.signIn("member", "demo").open(path);
        int registered = Integer.parseInt(b.find("#registered-count").getText().split(" ")[0]);
        new Select(b.find("#personId")).selectByVisibleText("Paulo Kimaro");
        b.clickAndWait(button(b, "Register"));
        assertThat(b.mainText()).contains("The person is registered.");
        assertThat(b.find("#registered-count").getText()).startsWith(Integer.toString(registered + 1));
        assertThat(b.findAll("button.attendance")).isEmpty();

        b.freshSession().signIn("manager", "demo").open(path);
        int attended = Integer.parseInt(b.find("#attended-count").getText());
        WebElement paulo = b.find("tr[data-person='Paulo Kimaro']");
        b.clickAndWait(paulo.findElement(By.cssSelector("button.attendance")));
        assertThat(b.find("#attended-count").getText()).isEqualTo(Integer.toString(attended + 1));
        assertThat(b.find("#by-gender").getText()).contains("Man");
        b.screenshot("planning-event-attendance");
    }

    @Test
    void aMemberGetsAnExplainedSuggestionAndRequestsAMeeting(Browser b) {
        b.signIn("member", "demo").open("/w/demo/matchmaking");
        WebElement lab = b.findAll("article.suggestion").stream()
                .filter(a -> a.getText().contains("Nelson Mandela African Institution of Science and Technology"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No suggestion of the NM-AIST lab"));
        // Kimaro's request (01.13, 10.39; services) and the lab's offer (72.19, 10.39; services): one of two codes
        // shared (20 of 40), business and research (20), same stage (20), no relationship yet (20).
        assertThat(lab.getText())
                .contains(
                        "score 80/100",
                        "Sector overlap: 20 of 40 (shared codes: 10.39)",
                        "Complementary helix roles: 20 of 20",
                        "Same value-chain stage: 20 of 20",
                        "No existing relationship: 20 of 20");
        b.screenshot("planning-matchmaking");
        b.clickAndWait(lab.findElement(By.cssSelector("button[type=submit]")));
        assertThat(b.mainText()).contains("Your meeting request was sent.");
        assertThat(b.find("#meetings + table").getText())
                .contains("Nelson Mandela African Institution of Science and Technology", "Requested");
    }
}
