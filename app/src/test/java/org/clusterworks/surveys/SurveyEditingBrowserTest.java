package org.clusterworks.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: an officer edits an answered question of the demo baseline (a harmless relabel is kept, removing a
 * chosen choice is refused with the reason), moves a row, and reads the analysis broken down by sector.
 */
@BrowserTest
class SurveyEditingBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signedOut(Browser browser) {
        browser.freshSession();
    }

    @Test
    void anAnsweredQuestionIsRelabelledButItsChosenChoicesCannotBeRemoved(Browser b) {
        long round = jdbc.sql("select id from surveys_round where name = 'Baseline firm survey'")
                .query(Long.class)
                .single();
        long q = jdbc.sql("select questionnaire_id from surveys_round where id = :r")
                .param("r", round)
                .query(Long.class)
                .single();
        int exports = jdbc.sql("select position from surveys_item where questionnaire_id = :q and name = 'exports'")
                .param("q", q)
                .query(Integer.class)
                .single();
        b.signIn("officer", "demo").open("/w/demo/surveys/questionnaires/" + q);
        b.screenshot("surveys-builder-in-use");
        b.clickAndWait("#row-" + exports + " .edit-item");
        b.script("document.getElementById('labelEn').value = 'Do you sell outside Tanzania?'");
        b.clickAndWait("#save-item");
        assertThat(b.mainText()).contains("The question was saved.").contains("Do you sell outside Tanzania?");

        b.clickAndWait("#row-" + exports + " .edit-item");
        b.script("document.getElementById('choices').value = 'yes | Yes | Oui | Ndiyo'");
        b.clickAndWait("#save-item");
        assertThat(b.find("#builder-losses").getText()).contains("exports:").contains("use a choice");
        b.screenshot("surveys-edit-refused");

        b.open("/w/demo/surveys/rounds/" + round + "/analysis?by=sector");
        assertThat(b.mainText()).contains("A · Agriculture, forestry and fishing");
        b.script("document.querySelector('table.crosstab').scrollIntoView()");
        b.screenshot("surveys-analysis-by-sector");
    }
}
