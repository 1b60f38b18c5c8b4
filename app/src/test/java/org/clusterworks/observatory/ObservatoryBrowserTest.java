package org.clusterworks.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A policy analyst's journey in a real headless Chromium: filter programmes to those targeting clusters in emerging
 * industries in Germany, compare two, open the objectives statistics with its chart and export it, and download
 * Canada's country fiche in French.
 */
@BrowserTest
class ObservatoryBrowserTest {

    @BeforeEach
    void signedOut(Browser browser) {
        browser.freshSession();
    }

    /** Fetches a link of the page with the browser's session; returns its content type and first bytes. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> download(Browser b, String href) {
        return (Map<String, Object>) ((JavascriptExecutor) b.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()"
                                + ".then(buf => done({status: r.status, type: r.headers.get('content-type'),"
                                + " head: String.fromCharCode(...new Uint8Array(buf.slice(0, 4))),"
                                + " size: buf.byteLength})));",
                        href);
    }

    @Test
    void anAnalystFiltersComparesChartsAndDownloadsAFiche(Browser b) {
        b.signIn("analyst", "demo").open("/observatory");
        new Select(b.find("#f-country")).selectByValue("DE");
        new Select(b.find("#f-clusterType")).selectByValue("emerging_industries");
        new Select(b.find("#f-level")).selectByValue("national");
        b.clickAndWait(b.find("#filters button[type=submit]"));
        String list = b.find("#programmes").getText();
        assertThat(list).contains("KMU-NetC", "Internationalisation of Leading-Edge Clusters");
        assertThat(list).doesNotContain("Vinnväxt", "Cluster-Offensive Bayern");
        b.screenshot("observatory-filtered");

        List<WebElement> boxes = b.findAll("#programmes input[type=checkbox]");
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(2);
        boxes.get(0).click();
        boxes.get(1).click();
        b.clickAndWait(b.find("#compare-form button[type=submit]"));
        WebElement comparison = b.find("#comparison");
        assertThat(comparison.findElements(By.cssSelector("thead th"))).hasSize(3);
        assertThat(comparison.getText())
                .contains(
                        "KMU-NetC", "Internationalisation of Leading-Edge Clusters", "Clusters in emerging industries");
        b.screenshot("observatory-compare");

        b.open("/observatory/statistics");
        new Select(b.find("#s-dimension")).selectByValue("objectives");
        new Select(b.find("#s-level")).selectByValue("national");
        b.clickAndWait(b.find("#stat-form button[type=submit]"));
        b.waitFor("#stat-chart canvas");
        assertThat(b.find("#stat-table").getText()).contains("Strengthening cooperation structures");
        b.screenshot("observatory-statistics");
        var xlsx = download(b, b.find("#export-xlsx").getAttribute("href"));
        assertThat(xlsx).containsEntry("status", 200L).containsEntry("head", "PK\u0003\u0004");
        assertThat((String) xlsx.get("type")).contains("spreadsheetml");

        b.open("/observatory/countries");
        b.waitFor("#country-map canvas");
        b.waitFor("#region-map canvas");
        assertThat(b.find("#region-table").getText()).contains("Lappi", "FI1D7");
        b.screenshot("observatory-countries");
        b.script("document.getElementById('region-map').scrollIntoView()");
        b.screenshot("observatory-regions");
        b.open("/observatory/countries/CA");
        b.chooseLanguage("fr");
        assertThat(b.mainText()).contains("Fiche pays", "Évolution de la politique nationale de clusters");
        b.screenshot("observatory-fiche-fr");
        var pdf = download(b, b.find("#fiche-pdf").getAttribute("href"));
        assertThat(pdf).containsEntry("status", 200L).containsEntry("head", "%PDF");
        assertThat((String) pdf.get("type")).isEqualTo("application/pdf");
    }
}
