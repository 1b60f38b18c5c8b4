package org.clusterworks.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** In Chromium: the cluster manager submits the diagnostic report for endorsement and sees it waiting. */
@BrowserTest
class DiagnosticEndorsementBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signedOut(Browser browser) {
        browser.freshSession();
    }

    @Test
    void theManagerSubmitsTheReportAndSeesItWaitingForTheCommission(Browser b) {
        long id = jdbc.sql("select id from initiative where name like 'Arusha%'")
                .query(Long.class)
                .single();
        String base = "/w/demo/initiatives/" + id + "/diagnostic";
        b.signIn("manager", "demo").open(base);
        assertThat(b.find("#endorsement-status").getText()).contains("Endorsed");
        b.type("#endorse-title ~ form input[name='note']", "For the next commission meeting");
        b.clickAndWait("#submit-endorsement");
        b.waitForText("#endorsement-status", "Waiting for endorsement");
        assertThat(b.mainText()).contains("The diagnostic report was submitted to the governance body.");
        b.script("document.getElementById('endorse-title').scrollIntoView()");
        b.screenshot("diagnostic-endorsement-pending");

        b.clickAndWait("#submit-endorsement");
        assertThat(b.mainText()).contains("already waiting for the governance body's decision");

        b.open(base + "/network");
        assertThat(b.find("#network-source").getText()).contains("survey round");
        assertThat(b.find("#filter-round option:checked").getText()).doesNotContain("Recorded relationships");
        b.screenshot("diagnostic-network-default-round");
    }
}
