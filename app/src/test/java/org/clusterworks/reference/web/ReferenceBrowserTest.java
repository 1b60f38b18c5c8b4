package org.clusterworks.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reference pages in headless Chromium: the map draws, the tree expands, live search answers. */
@BrowserTest
class ReferenceBrowserTest {

    private static final String MAP = ".ref-map[data-ready=true] canvas";

    @BeforeEach
    void signInAsViewer(Browser browser) {
        browser.freshSession().signIn("viewer", "demo");
    }

    @Test
    void aViewerSeesTheMapExpandsTheTreeAndSearchesLive(Browser browser) {
        browser.open("/reference/territories/nuts-2021/DE21");
        browser.waitFor(MAP);
        browser.screenshot("reference-territory-DE21");

        browser.open("/reference/classifications/nace-rev2");
        browser.driver().findElement(By.xpath("//summary[code='J']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.xpath("//summary[code='62']")));

        browser.type("#reference-q", "software");
        browser.waitForText("#search-results", "58.29");
        assertThat(browser.find("#search-results").getText()).contains("Showing 5 of 5");
        browser.screenshot("reference-nace-search");

        browser.open("/reference/territories/tz-regions/TZ-02?lang=sw");
        browser.waitFor(MAP);
        browser.screenshot("reference-tz-dar-es-salaam-sw");
        browser.open("/reference/territories/tz-regions/TZ-31?lang=en");
        browser.waitForText("main", "The map file has no shape for this territory.");
    }

    @Test
    void overviewCodeAndClusterPagesRenderForALookByEye(Browser browser) {
        for (String page : new String[] {
            "/reference",
            "/reference/classifications/nace-rev2/62.01",
            "/reference/clusters/us-benchmark-2016",
            "/reference/territories/us-fips/06037",
            "/reference/territories/iso3166/US"
        }) {
            browser.open(page).screenshot("reference-" + page.substring(1).replace('/', '_'));
        }
        assertThat(browser.driver().getPageSource()).contains("Natural Earth");
    }
}
