package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The mapping dashboards in headless Chromium: bubble chart, choropleth and time series draw. */
@BrowserTest
class MappingBrowserTest {

    private static final String CHART = ".mapping-chart[data-ready=true] canvas";
    private static final String MAP = ".mapping-map[data-ready=true] canvas";

    @Autowired
    DatasetStore store;

    long dataset(String prefix) {
        return store.list(1L).stream()
                .filter(d -> d.name().startsWith(prefix))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void anAnalystSeesTheRegionAndClusterProfilesDrawn(Browser browser) {
        browser.freshSession().signIn("analyst", "demo");

        long us = dataset("US states");
        browser.open("/w/demo/mapping/datasets/" + us + "/regions/06?year=2016&method=us");
        browser.waitFor(CHART);
        browser.waitFor(MAP);
        browser.screenshot("mapping-region-california");

        browser.open("/w/demo/mapping/datasets/" + us + "/compare?r=06&r=48&r=36&r=53&r=26");
        browser.waitFor(CHART);
        browser.screenshot("mapping-compare-five-states");

        long a10 = dataset("German Länder x NACE A*10");
        browser.open("/w/demo/mapping/datasets/" + a10 + "/regions/DE3?year=2014&method=eco");
        browser.waitFor(MAP);
        browser.screenshot("mapping-region-berlin-eco");

        browser.open("/w/demo/mapping/datasets/" + a10 + "/clusters/J?year=2014");
        browser.waitFor(CHART);
        browser.waitFor(MAP);
        browser.screenshot("mapping-cluster-ict-germany");

        browser.open("/w/demo/mapping/datasets/" + dataset("World") + "/clusters/7764?lang=fr");
        browser.waitFor(MAP);
        browser.screenshot("mapping-cluster-world-fr");
        assertThat(browser.driver().getPageSource()).contains("Quotient de localisation");
    }
}
