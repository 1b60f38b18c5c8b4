package org.clusterworks.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An applicant's journey in headless Chromium: start an application to the open innovation-fund call, build the
 * consortium from the directory, upload the partnership letter, fill in the budget, see the live eligibility check
 * fail on co-financing, fix it and submit; then the receipt.
 */
@BrowserTest
class FundingBrowserTest {

    @BeforeEach
    void signedOut(Browser browser) {
        browser.freshSession();
    }

    private static void invite(Browser b, String query, String name) {
        b.type("#partner-q", query);
        b.clickAndWait("#partner-search");
        b.clickAndWait(b.find("button[data-org='" + name + "']"));
        assertThat(b.mainText()).contains("The organisation joined the consortium.");
    }

    @Test
    void anApplicantSeesAnEligibilityFailureFixesItAndSubmits(Browser b) throws Exception {
        b.signIn("member", "demo").open("/w/demo/funding");
        b.clickAndWait(b.findAll("#calls a").stream()
                .filter(a -> a.getText().contains("Call 2026-2"))
                .findFirst()
                .orElseThrow());
        assertThat(b.mainText()).contains("Open", "Africa/Dar_es_Salaam");
        b.clickAndWait("#start-application");
        assertThat(b.mainText())
                .contains("Your draft application was created")
                .contains("The consortium has 1 organisation(s); this call needs at least 3.");

        invite(b, "Nelson Mandela", "Nelson Mandela African Institution of Science and Technology");
        invite(b, "Nduruma", "Nduruma Cold Chain Services");

        Path letter = Files.createTempFile("partnership-letter", ".pdf");
        Files.writeString(letter, "%PDF-1.4 partnership letter");
        b.find("#documents input[type=file]").sendKeys(letter.toString());
        b.clickAndWait(b.find("#documents button[type=submit]"));
        assertThat(b.mainText()).contains("The document was uploaded.");

        b.type("#title", "Cold-chain sensors for packhouses")
                .type("#summary", "Temperature sensors and alerts in three packhouses.")
                .type("#objectives", "Cut losses of fresh produce by a third.")
                .type("#workPlan", "Install, train, measure.");
        var costs = b.findAll("#budget input.cost");
        // Lead: personnel; NM-AIST: personnel; Nduruma: equipment (five categories per row).
        costs.get(0).sendKeys("20000000");
        costs.get(5).sendKeys("8000000");
        costs.get(11).sendKeys("7000000");
        assertThat(b.find("#budget-total").getText()).isEqualTo("35,000,000");
        b.type("#requested", "30000000");
        b.waitForText(
                "#eligibility",
                "The applicants co-finance 14.3 % of the eligible cost; this call needs at least 25 %.");
        b.screenshot("funding-eligibility-failure");

        b.type("#requested", "26000000");
        b.waitForText("#eligibility", "The consortium and budget meet every eligibility rule.");
        b.screenshot("funding-eligibility-fixed");

        b.clickAndWait("#submit");
        assertThat(b.mainText())
                .contains("Your application was submitted.")
                .contains("Version 1 of this application was received")
                .contains("Cold-chain sensors for packhouses")
                .contains("partnership-letter");
        b.screenshot("funding-receipt");
    }
}
