package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.importing.ImportService;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cluster profile of a NAICS dataset in headless Chromium: its subclusters' table and LQ chart draw. */
@BrowserTest
class SubclusterBrowserTest {

    @Autowired
    ImportService imports;

    @Autowired
    DatasetStore store;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void theAerospaceProfileOfACbpFileDrawsItsSubclusters(Browser browser) throws Exception {
        long ws = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        long id = SubclusterMeasuresTest.importCbp(
                imports, ws, dir, "CBP states, constructed test panel (not real figures)", null);
        try {
            browser.freshSession().signIn("analyst", "demo");
            // cluster 1 is Aerospace Vehicles and Defense in the U.S. Cluster Mapping numbering
            browser.open("/w/demo/mapping/datasets/" + id + "/clusters/1?year=2016&region=53");
            browser.waitFor(".subclusters-measured .mapping-chart[data-ready=true] canvas");
            browser.screenshot("mapping-cluster-aerospace-top");
            browser.script("document.querySelector('.subclusters-measured').scrollIntoView()");
            browser.screenshot("mapping-cluster-aerospace-subclusters");
            assertThat(browser.mainText())
                    .contains("Subclusters in Washington")
                    .contains("Missiles and Space Vehicles")
                    .contains("111110 (3)");
        } finally {
            store.delete(ws, id);
        }
    }
}
