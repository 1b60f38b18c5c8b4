package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real headless Chromium: the organiser of the Arusha growers' training, which is over, sends the feedback
 * questionnaire, a participant answers through the personal link without an account, and the event page shows the
 * answer's rating.
 */
@BrowserTest
class EventFeedbackBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signedOut(Browser browser) {
        browser.freshSession();
    }

    private static WebElement button(Browser b, String text) {
        return b.findAll("button").stream()
                .filter(e -> e.getText().equals(text) && e.isDisplayed())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No visible button '" + text + "'"));
    }

    @Test
    void theOrganiserSendsTheFeedbackQuestionnaireAndSeesTheRating(Browser b) {
        long training = jdbc.sql("select id from planning_event where title = 'GlobalG.A.P. training for growers'")
                .query(Long.class)
                .single();
        long initiative = jdbc.sql("select initiative_id from planning_event where id = :e")
                .param("e", training)
                .query(Long.class)
                .single();
        String page = "/w/demo/initiatives/" + initiative + "/events/" + training;
        b.signIn("officer", "demo").open(page);
        b.clickAndWait(button(b, "Send the feedback questionnaire"));
        assertThat(b.mainText()).contains("The feedback questionnaire is open");
        String link = b.find("#feedback-links a").getAttribute("href");
        b.screenshot("planning-event-feedback-sent");

        b.freshSession().open(link);
        assertThat(b.mainText()).contains("Overall, how would you rate the event?");
        b.find("input[name='q.rating'][value='4']").click();
        b.find("input[name='q.usefulness'][value='3']").click();
        b.find("input[name='q.attend_again'][value='yes']").click();
        b.screenshot("planning-event-feedback-respondent");
        b.clickAndWait(button(b, "Submit"));
        assertThat(b.mainText()).contains("your answers are recorded");

        b.freshSession().signIn("officer", "demo").open(page);
        assertThat(b.find("#feedback-average").getText()).isEqualTo("4.00");
        assertThat(b.find("#feedback-responses").getText()).startsWith("1 / ");
        assertThat(b.find("#feedback-again").getText()).isEqualTo("1");
        b.screenshot("planning-event-feedback-results");
    }
}
