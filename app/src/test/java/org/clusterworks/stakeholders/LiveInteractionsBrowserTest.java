package org.clusterworks.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Interactions that htmx makes happen in place, in a real headless Chromium: the directory's live search, a checklist
 * tick and a membership renewal update their part of the page without loading a new one; and an unknown industry
 * code is named in the organisation form.
 */
@BrowserTest
class LiveInteractionsBrowserTest {

    /** Marks the current document; a full page load forgets the mark. */
    static void mark(Browser b) {
        b.script("window.__stay = 'here'");
    }

    static boolean samePage(Browser b) {
        return "here".equals(b.script("return window.__stay"));
    }

    static void waitUntil(Browser b, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> condition.get());
    }

    @Test
    void theDirectorySearchFiltersAsOneTypesWithoutLoadingANewPage(Browser b) {
        b.freshSession().signIn("viewer", "demo").open("/w/demo/organisations");
        assertThat(b.find("#results").getText()).contains("Tengeru Seedlings Co.", "Kimaro Greens Ltd");
        mark(b);
        b.find("#f-q").sendKeys("Kimaro");
        waitUntil(b, () -> !b.find("#results").getText().contains("Tengeru Seedlings Co."));
        assertThat(b.find("#results").getText()).contains("Kimaro Greens Ltd").contains("TZ-01 · Arusha");
        assertThat(samePage(b)).isTrue();
        waitUntil(b, () -> b.driver().getCurrentUrl().contains("q=Kimaro"));
        b.screenshot("stakeholders-directory-live-search");
    }

    @Test
    void aChecklistTickUpdatesTheStagePanelInPlace(Browser b) {
        b.freshSession().signIn("manager", "demo").open("/w/demo/initiatives");
        b.clickAndWait(b.findAll("main a").stream()
                .filter(a -> a.getText().contains("Arusha Horticulture Cluster"))
                .findFirst()
                .orElseThrow());
        WebElement box = b.findAll("#stage-panel .checklist button").getFirst();
        String before = box.getText();
        mark(b);
        box.click();
        waitUntil(
                b,
                () -> !b.findAll("#stage-panel .checklist button")
                        .getFirst()
                        .getText()
                        .equals(before));
        assertThat(samePage(b)).isTrue();
        b.screenshot("initiatives-checklist-ticked-in-place");
        b.findAll("#stage-panel .checklist button").getFirst().click();
        waitUntil(
                b,
                () -> b.findAll("#stage-panel .checklist button")
                        .getFirst()
                        .getText()
                        .equals(before));
        assertThat(samePage(b)).isTrue();
    }

    @Test
    void aMembershipRenewalUpdatesTheMemberListInPlace(Browser b) {
        b.freshSession().signIn("manager", "demo").open("/w/demo/initiatives");
        b.clickAndWait(b.findAll("main a").stream()
                .filter(a -> a.getText().contains("Arusha Horticulture Cluster"))
                .findFirst()
                .orElseThrow());
        b.clickAndWait(b.findAll("main nav.tabs a").stream()
                .filter(a -> a.getText().equals("Members"))
                .findFirst()
                .orElseThrow());
        WebElement date = b.findAll("#members-panel input[type=date]").getFirst();
        String id = date.getAttribute("id");
        b.script("document.getElementById('" + id + "').value = '2031-06-30'");
        mark(b);
        date.findElement(org.openqa.selenium.By.xpath("ancestor::form//button")).click();
        waitUntil(b, () -> b.find("#members-panel").getText().contains("2031-06-30"));
        b.waitForText("#flash", "renewed");
        assertThat(samePage(b)).isTrue();
        b.screenshot("initiatives-membership-renewed-in-place");
        b.waitFor("#org-map[data-ready='true']");
        b.script("document.getElementById('members-map-title').scrollIntoView()");
        b.screenshot("initiatives-members-map");
    }

    @Test
    void theOrganisationFormNamesAnUnknownIndustryCode(Browser b) {
        b.freshSession().signIn("manager", "demo").open("/w/demo/organisations/new");
        b.type("#name", "Arusha Juice Makers")
                .type("#industryCodes", "10.32, 10.99")
                .type("#territoryCode", "TZ-01");
        new org.openqa.selenium.support.ui.Select(b.find("#helix")).selectByValue("BUSINESS");
        b.clickAndWait(b.findAll("main form button[type=submit]").getLast());
        assertThat(b.find("#industryCodes-error").getText())
                .isEqualTo("unknown industry code 10.99: not a NACE Rev. 2 code");
        b.screenshot("stakeholders-unknown-industry-code");
        b.type("#industryCodes", "10.32");
        b.clickAndWait(b.findAll("main form button[type=submit]").getLast());
        assertThat(b.mainText())
                .contains("Arusha Juice Makers", "TZ-01 · Arusha", "Manufacture of fruit and vegetable juice");
        b.screenshot("stakeholders-organisation-with-labels");
    }
}
