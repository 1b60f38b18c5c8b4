package org.clusterworks.reference.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The reference pages in headless Chromium: the map draws, the tree expands, live search answers. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferenceBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeFalse("skip".equals(System.getProperty("browser.tests")), "browser tests skipped (-Dbrowser.tests=skip)");
        org.junit.jupiter.api.Assertions.assertTrue(
                CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium and chromedriver are not installed: apt-get install -y chromium chromium-driver,"
                        + " or skip the browser tests with -Dbrowser.tests=skip");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.getPath());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("chrome-prof"));
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER)
                        .usingAnyFreePort()
                        .build(),
                options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void a_viewer_sees_the_map_expands_the_tree_and_searches_live() throws Exception {
        WebDriverWait wait = signIn();

        driver.get(url("/reference/territories/nuts-2021/DE21"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ref-map[data-ready=true] canvas")));
        screenshot("territory-DE21");

        driver.get(url("/reference/classifications/nace-rev2"));
        driver.findElement(By.xpath("//summary[code='J']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//summary[code='62']")));

        driver.findElement(By.id("reference-q")).sendKeys("software");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "58.29"));
        assertThat(driver.findElement(By.id("search-results")).getText()).contains("Showing 5 of 5");
        screenshot("nace-search");

        driver.get(url("/reference/territories/tz-regions/TZ-02?lang=sw"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ref-map[data-ready=true] canvas")));
        screenshot("tz-dar-es-salaam-sw");
        driver.get(url("/reference/territories/tz-regions/TZ-31?lang=en"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "The map file has no shape for this territory."));
    }

    @Test
    void overview_code_and_cluster_pages_render_for_a_look_by_eye() throws Exception {
        signIn();
        for (String page : new String[] {
            "/reference",
            "/reference/classifications/nace-rev2/62.01",
            "/reference/clusters/us-benchmark-2016",
            "/reference/territories/us-fips/06037",
            "/reference/territories/iso3166/US"
        }) {
            driver.get(url(page));
            screenshot(page.substring(1).replace('/', '_'));
        }
        assertThat(driver.getPageSource()).contains("Natural Earth");
    }

    private WebDriverWait signIn() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("viewer");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return wait;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "shots"));
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(shots.resolve("reference-" + name + ".png"), png);
    }
}
