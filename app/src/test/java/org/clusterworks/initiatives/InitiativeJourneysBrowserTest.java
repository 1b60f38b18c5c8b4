package org.clusterworks.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cluster manager's journey in a real headless Chromium: start an initiative, add members from the directory,
 * set up the commission, convene a meeting, record a decision, submit and endorse a document and move the
 * initiative to its next stage; and a member who tries to edit another organisation is refused.
 */
@BrowserTest
class InitiativeJourneysBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signedOut(Browser browser) {
        browser.freshSession();
    }

    private static void open(Browser b, String summaryText) {
        for (WebElement s : b.findAll("details > summary")) {
            if (s.getText().equals(summaryText)) {
                WebElement details = s.findElement(By.xpath(".."));
                if (details.getAttribute("open") == null) {
                    s.click();
                }
                return;
            }
        }
        throw new AssertionError("No expandable section '" + summaryText + "'");
    }

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
    void aClusterManagerTakesANewInitiativeThroughItsFirstSteps(Browser b) throws Exception {
        b.signIn("manager", "demo").open("/w/demo/initiatives");
        b.clickAndWait(link(b, "Start a cluster initiative"));
        b.type("#name", "Mbeya Avocado Cluster")
                .type("#territoryName", "Mbeya region")
                .type("#managerFte", "1");
        b.clickAndWait(button(b, "Save"));
        assertThat(b.mainText()).contains("The initiative was created", "Current stage: Selection");
        String home = b.path();

        // Members from the directory.
        b.clickAndWait(link(b, "Members"));
        b.type("#member-q", "Tengeru");
        b.clickAndWait(b.find("#member-q").findElement(By.xpath("ancestor::form//button")));
        b.clickAndWait(b.find("button[data-org='Tengeru Seedlings Co.']"));
        assertThat(b.mainText()).contains("The organisation is now a member", "Tengeru Seedlings Co.");
        b.type("#member-q", "SIDO");
        b.clickAndWait(b.find("#member-q").findElement(By.xpath("ancestor::form//button")));
        b.clickAndWait(b.find("button[data-org='SIDO Arusha Regional Office']"));
        b.screenshot("initiative-members");

        // The commission, a seat, a meeting and a decision.
        b.clickAndWait(link(b, "Governance"));
        open(b, "Add a governance body");
        b.type("#body-name", "Mbeya Avocado Cluster Commission");
        b.clickAndWait(b.find("#body-name").findElement(By.xpath("ancestor::form//button")));
        assertThat(b.mainText()).contains("The governance body was added");
        open(b, "Add a seat");
        new Select(b.find("select[name=personId]")).selectByVisibleText("Neema Swai – Owner");
        b.clickAndWait(b.find("select[name=personId]").findElement(By.xpath("ancestor::form//button")));
        assertThat(b.mainText()).contains("Neema Swai", "Representation check");
        open(b, "Convene a meeting");
        b.type("#m-title", "First meeting of the commission");
        b.script("document.getElementById('m-when').value = '2031-02-03T10:00'");
        b.type("#m-agenda", "1. Rules of procedure");
        b.clickAndWait(b.find("#m-title").findElement(By.xpath("ancestor::form//button")));
        assertThat(b.mainText()).contains("The meeting was convened", "First meeting of the commission");
        b.find("input[name=present]").click();
        b.type("#minutes", "Rules of procedure adopted unanimously.");
        b.clickAndWait(button(b, "Save minutes and attendance"));
        assertThat(b.mainText()).contains("1 of 1 seats present");
        open(b, "Record a decision");
        b.type("#d-text", "Adopt the rules of procedure.").type("#d-for", "1");
        b.clickAndWait(b.find("#d-text").findElement(By.xpath("ancestor::form//button")));
        assertThat(b.mainText()).contains("The decision was recorded", "Adopt the rules of procedure.");
        b.screenshot("initiative-meeting");

        // A document submitted to the commission and endorsed.
        b.clickAndWait(link(b, "Documents and endorsements"));
        open(b, "Upload a document");
        Path file = Files.createTempFile("selection-memo", ".txt");
        Files.writeString(file, "Why avocado in Mbeya.");
        b.type("#doc-title", "Selection memo");
        new Select(b.find("#doc-kind")).selectByVisibleText("selection memo");
        b.find("#doc-file").sendKeys(file.toAbsolutePath().toString());
        b.clickAndWait(b.find("#doc-title").findElement(By.xpath("ancestor::form//button")));
        assertThat(b.mainText()).contains("The document was uploaded", "selection-memo");
        b.clickAndWait(button(b, "Submit for endorsement"));
        assertThat(b.mainText()).contains("Submitted");
        b.type("textarea[name=comments]", "Endorsed at the first meeting.");
        b.clickAndWait(button(b, "Endorse"));
        assertThat(b.mainText()).contains("The body's decision was recorded", "Endorsed at the first meeting.");
        b.screenshot("initiative-documents");

        // The selection checklist done, the initiative moves on to governance.
        b.open(home);
        String undone = "button[aria-label='Mark as done']";
        while (!b.findAll(undone).isEmpty()) {
            int before = b.findAll(undone).size();
            b.findAll(undone).get(0).click(); // htmx swaps the checklist in place, without a page load
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(30))
                    .until(d -> d.findElements(By.cssSelector(undone)).size() < before);
        }
        b.clickAndWait(button(b, "Complete this stage and move to \"Governance\""));
        assertThat(b.mainText()).contains("The stage is complete", "Current stage: Governance");
        assertThat(b.find(".stage-track li[aria-current=step]").getText()).isEqualTo("Governance");
        b.screenshot("initiative-next-stage");
    }

    @Test
    void aMemberCannotEditAnotherOrganisation(Browser b) {
        long own = jdbc.sql("select id from organisation where name = 'Kimaro Greens Ltd'")
                .query(Long.class)
                .single();
        long other = jdbc.sql("select id from organisation where name = 'Karatu Fruit Processors'")
                .query(Long.class)
                .single();
        b.signIn("member", "demo").open("/w/demo/organisations/" + own);
        assertThat(b.findAll("main a[role=button]"))
                .extracting(WebElement::getText)
                .contains("Edit");
        b.open("/w/demo/organisations/" + other);
        assertThat(b.mainText()).contains("Karatu Fruit Processors");
        assertThat(b.findAll("main a[role=button]"))
                .extracting(WebElement::getText)
                .doesNotContain("Edit");
        b.open("/w/demo/organisations/" + other + "/edit");
        assertThat(b.mainText()).contains("403");
        assertThat(jdbc.sql("select name from organisation where id = :id")
                        .param("id", other)
                        .query(String.class)
                        .single())
                .isEqualTo("Karatu Fruit Processors");
    }
}
