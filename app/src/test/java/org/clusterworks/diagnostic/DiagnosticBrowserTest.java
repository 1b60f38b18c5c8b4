package org.clusterworks.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The diagnostic in a real headless Chromium: the cluster manager adds a SWOT item, a member votes for it and sees it
 * climb its quadrant; the network view draws the graph and the filter narrows it to a sub-network.
 */
@BrowserTest
class DiagnosticBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signedOut(Browser browser) {
        browser.freshSession();
    }

    String base() {
        long id = jdbc.sql("select id from initiative where name like 'Arusha%'")
                .query(Long.class)
                .single();
        return "/w/demo/initiatives/" + id + "/diagnostic";
    }

    @Test
    void theManagerAddsASwotItemAndAMemberVotesForIt(Browser b) {
        b.signIn("manager", "demo").open(base() + "/swot");
        assertThat(b.findAll("#quadrant-strength .swot-item")).hasSizeGreaterThanOrEqualTo(3);
        new Select(b.find("#swot-kind")).selectByValue("THREAT");
        new Select(b.find("#swot-category")).selectByValue("FINANCE");
        b.type("#swot-title", "Rising interest rates on input loans");
        b.type("#swot-description", "Agro-dealers pass on higher rates to growers.");
        b.clickAndWait("#swot-add");
        b.waitForText("#quadrant-threat", "Rising interest rates on input loans");
        b.script("document.querySelector('.swot-board').scrollIntoView()");
        b.screenshot("diagnostic-swot-manager");

        b.freshSession().signIn("member", "demo").open(base() + "/swot");
        var item = b.findAll("#quadrant-threat .swot-item").stream()
                .filter(e -> e.getText().contains("Rising interest rates"))
                .findFirst()
                .orElseThrow();
        assertThat(item.getAttribute("data-votes")).isEqualTo("0");
        b.clickAndWait(item.findElement(org.openqa.selenium.By.cssSelector(".vote-button")));
        var voted = b.findAll("#quadrant-threat .swot-item").stream()
                .filter(e -> e.getText().contains("Rising interest rates"))
                .findFirst()
                .orElseThrow();
        assertThat(voted.getAttribute("data-votes")).isEqualTo("1");
        assertThat(b.findAll("#add-item")).as("a member cannot add items").isEmpty();
        b.screenshot("diagnostic-swot-member");
    }

    @Test
    void theOverviewComparesTodayWithTheBaselineAndTheValueChainShowsGaps(Browser b) {
        b.signIn("manager", "demo").open(base());
        assertThat(b.find("#diagnostic-status").getText()).isNotBlank();
        assertThat(b.findAll("#figures tbody tr")).hasSizeGreaterThan(10);
        assertThat(b.findAll("#approve")).hasSize(1);
        b.screenshot("diagnostic-overview");
        b.open(base() + "/value-chain");
        assertThat(b.find("#stage-PROCESSING").getText()).contains("Karatu Fruit Processors");
        assertThat(b.find("#stage-MARKETS").getText()).contains("group certification");
        b.screenshot("diagnostic-value-chain");
    }

    @Test
    void theNetworkViewDrawsTheGraphAndFiltersASubNetwork(Browser b) {
        b.signIn("officer", "demo").open(base() + "/network");
        var chart = b.waitFor("#network-chart[data-ready='true']");
        int all = Integer.parseInt(chart.getAttribute("data-nodes"));
        assertThat(all).isEqualTo(b.findAll("#network-table tbody tr").size()).isGreaterThan(10);
        assertThat(b.findAll("#network-chart canvas")).isNotEmpty();
        b.script("document.getElementById('network-chart').scrollIntoView()");
        b.screenshot("diagnostic-network");

        b.find("input[name='helix'][value='BUSINESS']").click();
        b.clickAndWait("#filter-apply");
        var filtered = b.waitFor("#network-chart[data-ready='true']");
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> filtered.getAttribute("data-nodes") != null);
        int business = Integer.parseInt(filtered.getAttribute("data-nodes"));
        assertThat(business)
                .isLessThan(all)
                .isEqualTo(b.findAll("#network-table tbody tr").size());
        assertThat(b.mainText()).doesNotContain("Tanzania Agricultural Research Institute - Tengeru");
    }
}
