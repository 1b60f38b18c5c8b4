package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.clusterworks.mapping.dataset.DatasetStore;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The mapping dashboards in headless Chromium: bubble chart, choropleth and time series draw. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MappingBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    DatasetStore store;

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
                "--window-size=1280,1400",
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

    long dataset(String prefix) {
        return store.list(1L).stream()
                .filter(d -> d.name().startsWith(prefix))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void anAnalystSeesTheRegionAndClusterProfilesDrawn() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("analyst");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        long us = dataset("US states");
        driver.get(url("/w/demo/mapping/datasets/" + us + "/regions/06?year=2016&method=us"));
        wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mapping-chart[data-ready=true] canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mapping-map[data-ready=true] canvas")));
        screenshot("region-california");

        driver.get(url("/w/demo/mapping/datasets/" + us + "/compare?r=06&r=48&r=36&r=53&r=26"));
        wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mapping-chart[data-ready=true] canvas")));
        screenshot("compare-five-states");

        long a10 = dataset("German Länder x NACE A*10");
        driver.get(url("/w/demo/mapping/datasets/" + a10 + "/regions/DE3?year=2014&method=eco"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mapping-map[data-ready=true] canvas")));
        screenshot("region-berlin-eco");

        driver.get(url("/w/demo/mapping/datasets/" + a10 + "/clusters/J?year=2014"));
        wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mapping-chart[data-ready=true] canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mapping-map[data-ready=true] canvas")));
        screenshot("cluster-ict-germany");

        driver.get(url("/w/demo/mapping/datasets/" + dataset("World") + "/clusters/7764?lang=fr"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mapping-map[data-ready=true] canvas")));
        screenshot("cluster-world-fr");
        assertThat(driver.getPageSource()).contains("Quotient de localisation");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "shots"));
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(shots.resolve("mapping-" + name + ".png"), png);
    }
}
