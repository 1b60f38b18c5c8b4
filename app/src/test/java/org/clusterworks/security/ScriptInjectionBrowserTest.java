package org.clusterworks.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Script-injection payloads typed into the free-text fields of an organisation are shown as text on every page
 * that displays them, and none of them runs: each payload would set {@code window.__xss} if it executed.
 */
@BrowserTest
class ScriptInjectionBrowserTest {

    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss='script'</script>",
            "\"><img src=x onerror=\"window.__xss='img'\">",
            "'><svg onload=window.__xss='svg'>",
            "javascript:window.__xss='link'//");

    @Test
    void payloadsInOrganisationFieldsAreShownAsTextAndNeverRun(Browser browser) {
        browser.open("/login").signIn("manager", "demo").open("/w/demo/organisations/new");
        String name = "Injection Ltd " + PAYLOADS.get(0);
        browser.type("input[name=name]", name)
                .type("input[name=city]", PAYLOADS.get(1))
                .type("input[name=address]", PAYLOADS.get(2))
                .type("input[name=legalForm]", PAYLOADS.get(3))
                .type("textarea[name=description]", String.join(" ", PAYLOADS));
        browser.script("document.querySelector('select[name=helix]').value = 'BUSINESS'");
        browser.clickAndWait("main form button[type=submit]");
        assertThat(browser.path()).matches("/w/demo/organisations/\\d+");
        String page = browser.path();

        for (String path :
                List.of(page, "/w/demo/organisations?q=Injection", page + "/edit", "/w/demo/organisations/map")) {
            browser.open(path);
            assertThat(browser.script("return window.__xss === undefined"))
                    .as("a payload ran on %s", path)
                    .isEqualTo(true);
            assertThat(browser.driver()
                            .findElements(org.openqa.selenium.By.cssSelector("script:not([src]), [onload], [onerror]")))
                    .as("markup from a payload on %s", path)
                    .isEmpty();
        }
        browser.open(page);
        assertThat(browser.mainText()).contains(name).contains(PAYLOADS.get(1));
        assertThat(browser.script("return document.querySelectorAll('img[src=x]').length"))
                .isEqualTo(0L);
        browser.screenshot("script-injection-organisation");
    }
}
