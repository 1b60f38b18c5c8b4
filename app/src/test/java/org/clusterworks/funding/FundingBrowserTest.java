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

    /** Invites a partner and returns the invitation link shown to the lead (no mail server in tests). */
    private static String invite(Browser b, String query, String name) {
        b.type("#partner-q", query);
        b.clickAndWait("#partner-search");
        b.clickAndWait(b.find("button[data-org='" + name + "']"));
        assertThat(b.mainText()).contains("The organisation is invited");
        return b.find("#partner-link code").getText();
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

        String application = b.path();
        String first = invite(b, "Nelson Mandela", "Nelson Mandela African Institution of Science and Technology");
        String second = invite(b, "Nduruma", "Nduruma Cold Chain Services");
        assertThat(b.find("#pending-partners").getText()).contains("Nduruma Cold Chain Services");
        b.script("document.getElementById('consortium').scrollIntoView({behavior: 'instant', block: 'start'})");
        b.screenshot("funding-partners-pending");
        // The partners' contact (here the officer, who received the forwarded links) accepts both invitations.
        b.freshSession().signIn("officer", "demo").open(first);
        assertThat(b.mainText()).contains("invites Nelson Mandela African Institution of Science and Technology");
        b.screenshot("funding-partner-invitation");
        b.clickAndWait("#link-accept");
        b.open(second).clickAndWait("#link-accept");
        b.freshSession().signIn("member", "demo").open(application);
        assertThat(b.findAll("#pending-partners")).isEmpty();

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
        b.script("document.getElementById('eligibility-title').scrollIntoView({behavior: 'instant', block: 'start'})");
        b.screenshot("funding-eligibility-failure");

        b.type("#requested", "26000000");
        b.waitForText("#eligibility", "The consortium and budget meet every eligibility rule.");
        b.script("document.getElementById('eligibility-title').scrollIntoView({behavior: 'instant', block: 'start'})");
        b.screenshot("funding-eligibility-fixed");

        b.clickAndWait("#submit");
        assertThat(b.mainText())
                .contains("Your application was submitted.")
                .contains("Version 1 of this application was received")
                .contains("Cold-chain sensors for packhouses")
                .contains("partnership-letter");
        b.screenshot("funding-receipt");
    }

    @Test
    void theOfficerRanksDecidesAndGetsTheLetter(Browser b) {
        b.signIn("officer", "demo").open("/w/demo/funding");
        b.clickAndWait(b.findAll("#calls a").stream()
                .filter(a -> a.getText().contains("Call 2026-1"))
                .findFirst()
                .orElseThrow());
        b.clickAndWait(b.findAll("main a").stream()
                .filter(a -> a.getText().startsWith("Evaluation panel"))
                .findFirst()
                .orElseThrow());
        var rows = b.findAll("#ranking tbody tr");
        assertThat(rows.get(0).getText()).startsWith("1").contains("Shared cold-chain hub at Usa River", "4.200");
        assertThat(rows.get(1).getText()).startsWith("2").contains("Soil testing", "3.750");
        assertThat(rows.get(2).getText()).startsWith("3").contains("Biological pest control", "3.600");
        assertThat(rows).anySatisfy(r -> assertThat(r.getText()).contains("Solar drying", "2.500"));
        assertThat(rows)
                .anySatisfy(r -> assertThat(r.getText()).contains("Avocado export certification", "Not eligible"));
        b.screenshot("funding-panel");
        var row = rows.get(2);
        new org.openqa.selenium.support.ui.Select(row.findElement(org.openqa.selenium.By.name("decision")))
                .selectByValue("RESERVE");
        row.findElement(org.openqa.selenium.By.name("reason")).sendKeys("Second; waits for budget of call 2026-2.");
        b.clickAndWait(row.findElement(org.openqa.selenium.By.cssSelector(".decision-form button")));
        assertThat(b.mainText()).contains("The decision was recorded.");
        b.clickAndWait(b.findAll("#ranking a").stream()
                .filter(a -> a.getText().equals("Biological pest control for Arumeru tomato growers"))
                .findFirst()
                .orElseThrow());
        assertThat(b.mainText()).contains("Reserve list", "Second; waits for budget of call 2026-2.");
        String href = b.find("#decision a[href$='lang=sw']").getAttribute("href");
        Object type = b.script("return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get('content-type'))"
                .replace("arguments[0]", "'" + href + "'"));
        assertThat(type).isEqualTo("200 application/pdf");
    }

    @Test
    void aReviewerLinkedToAPartnerDoesNotGetThatApplicationToReview(Browser b) {
        b.signIn("manager", "demo").open("/w/demo/funding");
        String toReview = b.find("#to-review").getText();
        assertThat(toReview).contains("Shared cold-chain hub at Usa River").doesNotContain("Biological pest control");
        b.signIn("analyst", "demo").open("/w/demo/funding");
        assertThat(b.find("#to-review").getText()).contains("Biological pest control");
    }
}
