package org.clusterworks.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.clusterworks.identity.invitation.Invitations;
import org.clusterworks.identity.user.Accounts;
import org.clusterworks.identity.user.UserRepository;
import org.clusterworks.identity.workspace.WorkspaceRepository;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The identity journeys in a real headless Chromium: sign-in, languages, password, invitations, isolation, XSS. */
@BrowserTest
class IdentityJourneysBrowserTest {

    @Autowired
    Invitations invitations;

    @Autowired
    Accounts accounts;

    @Autowired
    UserRepository users;

    @Autowired
    WorkspaceRepository workspaces;

    @BeforeEach
    void startSignedOutInEnglish(Browser browser) {
        browser.freshSession();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A user who joined the demo workspace through an invitation, signed up in the browser. */
    private String signUpThroughInvitation(Browser browser, String username, String password) {
        long inviter = users.findByUsername("admin").orElseThrow().id();
        long demo = workspaces.findBySlug("demo").orElseThrow().id();
        String token = invitations.create(demo, username + "@example.org", WorkspaceRole.MEMBER, inviter);
        browser.open("/invitations/" + token)
                .type("#username", username)
                .type("#displayName", "Fresh " + username)
                .type("#password", password)
                .clickAndWait("main form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/login?joined");
        return token;
    }

    @Test
    void demoUserSignsInFromTheDemoAccountsListed(Browser browser) {
        browser.open("/login");
        assertThat(browser.find("#demo-title").getText()).isEqualTo("Demo accounts");
        assertThat(browser.findAll(".demo-box code"))
                .extracting(e -> e.getText())
                .contains("admin", "officer", "analyst", "manager", "member", "learner", "viewer", "other");
        assertThat(browser.script("return document.activeElement.id"))
                .as("autofocus")
                .isEqualTo("username");
        browser.screenshot("login");

        browser.signIn("analyst", "demo");

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.mainText()).contains("Welcome, Claire Dubois (analyst)", "Demo cluster programme");
        browser.screenshot("home-analyst");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.activeElement.className")).isEqualTo("skip-link");
        browser.screenshot("home-skip-link-focused");
        browser.clickAndWait(browser.find(".workspace-card a"));
        assertThat(browser.path()).isEqualTo("/w/demo");
        assertThat(browser.mainText()).contains("Your role", "Analyst");
        browser.screenshot("workspace-overview-analyst");
    }

    @Test
    void languageMenuSwitchesToSwahiliAndBackToEnglish(Browser browser) {
        browser.signIn("viewer", "demo");
        assertThat(browser.language()).isEqualTo("en");

        browser.chooseLanguage("sw");

        assertThat(browser.language()).isEqualTo("sw");
        assertThat(browser.mainText()).contains("Karibu, Grace Otieno (viewer)");
        assertThat(browser.pageText()).contains("Kiswahili");
        browser.open("/w/demo");
        assertThat(browser.mainText()).contains("Jukumu lako").doesNotContain("Your role");
        browser.screenshot("workspace-overview-swahili");

        browser.chooseLanguage("en");

        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.mainText()).contains("Your role").doesNotContain("Jukumu lako");
    }

    @Test
    void invitedUserChangesOwnPasswordAndSignsInWithTheNewOne(Browser browser) {
        String username = unique("pw");
        signUpThroughInvitation(browser, username, "first-password-1");
        browser.signIn(username, "first-password-1");
        assertThat(browser.path()).isEqualTo("/");

        browser.open("/profile")
                .type("#current-password", "first-password-1")
                .type("#new-password", "second-password-2")
                .type("#confirm-password", "second-password-2")
                .clickAndWait("form[action$='/profile/password'] button");
        assertThat(browser.mainText()).contains("Your password was changed.");
        browser.screenshot("profile-password-changed");

        browser.freshSession().signIn(username, "first-password-1");
        assertThat(browser.path()).startsWith("/login?error");
        browser.freshSession().signIn(username, "second-password-2");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.mainText()).contains("Welcome, Fresh " + username);
    }

    @Test
    void adminInvitesSomeoneWhoSignsUpInAFreshSessionAndLandsWithTheInvitedRole(Browser browser) {
        browser.signIn("admin", "demo").open("/w/demo/members");
        String username = unique("inv");
        browser.type("#invite-email", username + "@example.org");
        new Select(browser.find("#invite-role")).selectByValue("CLUSTER_MANAGER");
        browser.clickAndWait("form[action$='/invitations'] button[type=submit]");

        String link = browser.find("input.copy-field").getAttribute("value");
        assertThat(link).contains("/invitations/");
        assertThat(browser.mainText()).contains(username + "@example.org");
        browser.screenshot("members-invitation-link");

        browser.freshSession().open(link);
        assertThat(browser.mainText()).contains("Demo cluster programme", "Cluster manager");
        browser.screenshot("invitation-sign-up");
        browser.type("#username", username)
                .type("#displayName", "Invited " + username)
                .type("#password", "invited-password-1")
                .clickAndWait("main form button[type=submit]");
        assertThat(browser.mainText()).contains("Your account is ready");
        browser.signIn(username, "invited-password-1");

        assertThat(browser.mainText()).contains("Demo cluster programme", "Cluster manager");
        browser.open("/w/demo");
        assertThat(browser.mainText()).contains("Your role", "Cluster manager");
        browser.open(link);
        assertThat(browser.mainText()).as("a used link is gone").contains("Page not found");
    }

    @Test
    void userOfAnotherWorkspaceGetsAFriendly404InTheCurrentLanguage(Browser browser) {
        browser.signIn("other", "demo");

        browser.open("/w/demo");
        assertThat(browser.mainText())
                .contains("404", "Page not found", "Back to your workspaces")
                .doesNotContain("Demo cluster programme");
        assertThat(browser.findAll("header .workspace-name")).isEmpty();
        browser.screenshot("foreign-workspace-404");

        browser.open("/w/demo/members?lang=sw");
        assertThat(browser.language()).isEqualTo("sw");
        assertThat(browser.mainText())
                .contains("404", "Ukurasa haupatikani")
                .doesNotContain("Claire Dubois", "Page not found");
        browser.screenshot("foreign-workspace-members-404-swahili");
        browser.open("/?lang=en");
    }

    @Test
    void scriptsInFreeTextFieldsAreShownAsTextAndNeverRun(Browser browser) {
        String script = "<script>window.__xss = 'script'</script>";
        String image = "<img src=x onerror=\"window.__xss = 'img'\">";
        String slug = unique("xss-");
        long ws = workspaces.create(slug, "Evil " + script, "Description " + image);
        String username = unique("xss");
        long user = accounts.create(username, "Mallory " + image, null, "mallory-password-1");
        workspaces.addMember(ws, user, WorkspaceRole.ADMIN);

        browser.signIn(username, "mallory-password-1");
        for (String page : new String[] {"/", "/w/" + slug, "/w/" + slug + "/members", "/profile"}) {
            browser.open(page);
            assertThat(browser.script("return window.__xss === undefined"))
                    .as("injected script ran on %s", page)
                    .isEqualTo(true);
            assertThat(browser.script("return document.querySelectorAll('img[onerror]').length"))
                    .as("injected element on %s", page)
                    .isEqualTo(0L);
            assertThat(browser.script("return [...document.scripts].filter(s => s.text.includes('__xss')).length"))
                    .as("injected script element on %s", page)
                    .isEqualTo(0L);
        }
        browser.open("/w/" + slug);
        assertThat(browser.mainText()).contains("Evil " + script, "Description " + image);
        browser.screenshot("xss-shown-as-text");
    }
}
