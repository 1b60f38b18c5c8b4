package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.support.Browser;
import org.clusterworks.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journeys of issue 4 in headless Chromium: an import with bad rows is refused with every bad row listed and nothing
 * stored, then the fixed file imports; a selection exercise is scored by two people, decided, and its memo downloaded.
 */
@BrowserTest
class MappingJourneysBrowserTest {

    private static final String HEADER = "year,state_fips,cluster_code,employment,establishments\n";
    private static final String GOOD = "2016,01,1,7196,38\n2016,01,2,1836,101\n";

    @Autowired
    DatasetStore store;

    @TempDir
    Path dir;

    private long count(String name) {
        return store.list(1L).stream().filter(d -> d.name().equals(name)).count();
    }

    private void upload(Browser browser, Path file, String datasetName) {
        browser.open("/w/demo/mapping/import");
        browser.find("input[name=file]").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait("main form button[type=submit]");
        browser.type("input[name=datasetName]", datasetName);
        browser.clickAndWait("main form button[type=submit]");
    }

    @Test
    void anImportWithBadRowsListsEachOneStoresNothingAndTheFixedFileImports(Browser browser) throws Exception {
        String name = "Bad rows journey " + System.nanoTime();
        Path bad = dir.resolve("states-bad.csv");
        Files.writeString(
                bad,
                HEADER + GOOD + "2016,02,1,about 40,5\n" + "2016,02,2,500,7\n" + "2016,04,999,100,3\n"
                        + "2016,04,1,300,9\n");
        browser.freshSession().signIn("analyst", "demo");

        upload(browser, bad, name);
        browser.waitFor("#job-status table");
        List<List<String>> problems = browser.findAll("#job-status tbody tr").stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
        browser.screenshot("mapping-import-bad-rows");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).containsExactly("4", "employment", "'about 40' is not a number");
        assertThat(problems.get(1).subList(0, 2)).containsExactly("6", "cluster_code");
        assertThat(problems.get(1).get(2)).contains("unknown industry code '999'");
        assertThat(count(name)).as("nothing stored").isZero();

        Path fixed = dir.resolve("states-fixed.csv");
        Files.writeString(
                fixed,
                HEADER + GOOD + "2016,02,1,40,5\n" + "2016,02,2,500,7\n" + "2016,04,3,100,3\n" + "2016,04,1,300,9\n");
        browser.clickAndWait("#job-status a[href$='/import']");
        upload(browser, fixed, name);
        browser.waitFor("#job-status .notice.success");
        assertThat(browser.find("#job-status").getText()).contains("6");
        assertThat(count(name)).isEqualTo(1);
        browser.clickAndWait("#job-status a[role=button]");
        assertThat(browser.mainText()).contains(name);
        store.list(1L).stream().filter(d -> d.name().equals(name)).forEach(d -> store.delete(1L, d.id()));
    }

    /** Chooses one value in every score select of the selection page and saves. */
    private static void scoreAll(Browser browser, String value) {
        List<WebElement> selects = browser.findAll("select[name^='s|']");
        assertThat(selects).isNotEmpty();
        selects.forEach(s -> new Select(s).selectByValue(value));
        WebElement save = browser.find("select[name^='s|']")
                .findElement(By.xpath("ancestor::form"))
                .findElement(By.cssSelector("button[type=submit]"));
        browser.clickAndWait(save);
    }

    @Test
    void twoScorersScoreASelectionTheOfficerDecidesAndTheMemoDownloads(Browser browser) throws Exception {
        long us = store.list(1L).stream()
                .filter(d -> d.name().startsWith("US states"))
                .findFirst()
                .orElseThrow()
                .id();
        browser.freshSession().signIn("analyst", "demo");
        browser.open("/w/demo/mapping/datasets/" + us + "/regions/06?year=2016&method=us");
        browser.clickAndWait("main form[action$='/mapping/selections'] button[type=submit]");
        String selection = browser.path().replaceAll("\\?.*", "");
        assertThat(selection).matches("/w/demo/mapping/selections/\\d+");
        scoreAll(browser, "4");

        browser.freshSession().signIn("member", "demo");
        browser.open(selection);
        scoreAll(browser, "2");
        // two scorers, 4 and 2 on every candidate: the sample standard deviation is sqrt(2) = 1.41 for each criterion
        String agreement = browser.findAll("main ul li").stream()
                .map(WebElement::getText)
                .filter(t -> t.contains("1.41"))
                .collect(Collectors.joining("\n"));
        assertThat(agreement).contains("2 scorers");

        browser.freshSession().signIn("officer", "demo");
        browser.open(selection);
        String first = browser.find("input[name=chosen]")
                .findElement(By.xpath(".."))
                .getText()
                .strip();
        browser.find("input[name=chosen]").click();
        String rationale = "Chosen in the browser journey: strongest specialisation and stakeholder support";
        browser.type("textarea[name=rationale]", rationale);
        browser.clickAndWait(browser.find("textarea[name=rationale]")
                .findElement(By.xpath("ancestor::form"))
                .findElement(By.cssSelector("button[type=submit]")));
        browser.driver().manage().window().setSize(new Dimension(1280, 2400));
        browser.screenshot("mapping-selection-page");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));

        String href = browser.find("a[href$='/memo.pdf']").getAttribute("href");
        Object base64 = browser.script(
                "return fetch('" + href + "', {credentials: 'same-origin'})"
                        + ".then(r => r.ok && r.headers.get('content-type').startsWith('application/pdf') ? r.arrayBuffer() : null)"
                        + ".then(b => b === null ? null : btoa(Array.from(new Uint8Array(b), c => String.fromCharCode(c)).join('')))");
        assertThat(base64).as("memo downloaded as PDF").isInstanceOf(String.class);
        byte[] pdf = Base64.getDecoder().decode((String) base64);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(rationale.substring(0, 40));
            assertThat(text).contains("officer").contains(first);
            // five criteria of equal weight (LQ, employment, three qualitative): each a fifth
            assertThat(text).contains("Location quotient lq 20.0 %");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Path out = Path.of("target", "screenshots", "mapping-selection-memo.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(page, "png", out.toFile());
        }
        assertThat(first).isNotBlank();
    }

    /** Saves a screenshot of the whole page (the window made tall enough), then restores the window. */
    private static void fullPage(Browser browser, String name) {
        Object height = browser.script("return document.documentElement.scrollHeight");
        int h = Math.min(6000, Math.max(900, ((Number) height).intValue()));
        browser.driver().manage().window().setSize(new Dimension(1280, h));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theProfilesDrawTheirTrendsAndListSubclusters(Browser browser) {
        browser.freshSession().signIn("viewer", "demo");
        long a10 = store.list(1L).stream()
                .filter(d -> d.name().startsWith("German Länder x NACE A*10"))
                .findFirst()
                .orElseThrow()
                .id();
        browser.open("/w/demo/mapping/datasets/" + a10 + "/regions/DE3?year=2014&method=us");
        browser.waitFor(".mapping-map[data-ready=true] canvas");
        // bubble chart and the two trend charts
        assertThat(browser.findAll(".mapping-chart[data-ready=true] canvas")).hasSize(3);
        assertThat(browser.mainText()).contains("Trends");
        fullPage(browser, "mapping-region-berlin-trends");

        long us = store.list(1L).stream()
                .filter(d -> d.name().startsWith("US states"))
                .findFirst()
                .orElseThrow()
                .id();
        browser.open("/w/demo/mapping/datasets/" + us + "/clusters/1?year=2016");
        browser.waitFor(".mapping-map[data-ready=true] canvas");
        assertThat(browser.find("section.subclusters").getText())
                .contains("Aircraft")
                .contains("336411");
        fullPage(browser, "mapping-cluster-aerospace-subclusters");
    }
}
