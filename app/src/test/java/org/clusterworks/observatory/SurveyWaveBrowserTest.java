package org.clusterworks.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A survey wave in a real headless Chromium: an observatory editor launches it for a respondent, the respondent
 * answers the observatory's questionnaire in Swahili through their personal link, the editor closes the round in the
 * surveys module and finds the wave imported, its statistic beside the report's.
 */
@BrowserTest
class SurveyWaveBrowserTest {

    @Test
    void anEditorLaunchesAWaveARespondentAnswersInSwahiliAndClosingImportsIt(Browser b) {
        b.freshSession().signIn("officer", "demo").open("/w/demo/observatory/waves?lang=en");
        b.type("#l-year", "2035");
        new Select(b.find("#l-initiative")).selectByIndex(1);
        List<WebElement> respondents = b.findAll("#launch-form input[name=organisationId]");
        assertThat(respondents).isNotEmpty();
        respondents.getFirst().click();
        b.screenshot("observatory-waves-launch");
        b.clickAndWait(b.find("#launch-form button[type=submit]"));
        assertThat(b.find("#wave-status").getText()).contains("Round open");
        String wave = b.path();
        b.screenshot("observatory-wave-fielding");

        String link = b.find("#wave-panel tbody a").getAttribute("href");
        b.open(link + "?lang=sw");
        assertThat(b.mainText()).contains("Unajibu kuhusu programu gani ya klasta?", "Mkazo mkubwa sana");
        b.find("input[name='q.country'][value='AT']").click();
        b.driver()
                .findElement(By.xpath("//label[contains(., 'Nationale Clusterplattform')]/input"))
                .click();
        b.find("input[name='q.objective__cooperation'][value='very_strong']").click();
        b.find("input[name='q.objective__visibility'][value='medium']").click();
        b.type("textarea[name='q.budget']", "€1.5m");
        b.screenshot("observatory-respond-sw");
        b.clickAndWait("button[name=action][value=submit]");

        b.open(wave + "?lang=en");
        assertThat(b.find("#wave-panel tbody").getText()).contains("yes");
        b.clickAndWait(b.find("a[href*='/surveys/rounds/']"));
        b.clickAndWait("form[action$='/close'] button");
        b.open(wave);
        assertThat(b.find("#wave-status").getText()).contains("Imported");
        assertThat(b.find("#wave-report").getText()).contains("1 imported");
        b.screenshot("observatory-wave-imported");

        String code = b.find("h1 small").getText();
        b.open("/observatory/statistics?dimension=objectives&level=national&wave=eocic-2018-national&versus=" + code);
        assertThat(b.mainText()).contains(code);
        b.screenshot("observatory-statistics-versus-survey-wave");

        b.open("/observatory/countries/CA?lang=fr");
        assertThat(b.mainText()).contains("Langue originale : anglais", "Traduction de ClusterWorks");
        b.script("document.getElementById('fiche-summary').scrollIntoView()");
        b.screenshot("observatory-fiche-fr-translation");
        b.open("/observatory?lang=en");
    }
}
