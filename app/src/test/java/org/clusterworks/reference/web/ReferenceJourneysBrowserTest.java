package org.clusterworks.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference pages in a real headless Chromium: searching NACE, opening a code, walking up the NUTS tree. */
@BrowserTest
class ReferenceJourneysBrowserTest {

    @BeforeAll
    static void signIn(Browser browser) {
        browser.freshSession().signIn("analyst", "demo");
    }

    @Test
    void naceSearchFindsSoftwareClassesAndCode6201OpensComputerProgramming(Browser browser) {
        browser.open("/reference/classifications/nace-rev2")
                .type("#reference-q", "software")
                .clickAndWait("form.search-form button[type=submit]");

        assertThat(browser.path()).contains("q=software");
        assertThat(browser.find("#search-results").getText()).contains("58.29", "Other software publishing");
        browser.screenshot("reference-nace-search-software");

        // The shipped NACE notes give 62.01 no include text, so "software" does not reach it (PROVENANCE.md):
        // the user searches its code instead.
        browser.type("#reference-q", "62.01").clickAndWait("form.search-form button[type=submit]");
        browser.clickAndWait(browser.find("#search-results a[href$='/62.01']"));

        assertThat(browser.path()).isEqualTo("/reference/classifications/nace-rev2/62.01");
        assertThat(browser.find("h1").getText()).contains("Computer programming activities");
        assertThat(browser.find("nav .breadcrumb").getText()).contains("NACE");
        browser.screenshot("reference-nace-62.01");
    }

    @Test
    void nutsRegionLinksToItsParentRegion(Browser browser) {
        browser.open("/reference/territories/nuts-2021/DE21");
        assertThat(browser.find("h1").getText()).contains("Oberbayern", "DE21");
        browser.screenshot("reference-nuts-DE21");

        browser.clickAndWait(browser.find("a[href$='/reference/territories/nuts-2021/DE2']"));

        assertThat(browser.path()).isEqualTo("/reference/territories/nuts-2021/DE2");
        assertThat(browser.find("h1").getText()).contains("Bayern", "DE2");
        assertThat(browser.mainText()).contains("Oberbayern");
        browser.screenshot("reference-nuts-DE2");
    }
}
