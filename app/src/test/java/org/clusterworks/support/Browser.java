package org.clusterworks.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium on the application under test, with the steps the journeys share (open a page, sign in, switch
 * language, take a screenshot into {@code target/screenshots/}).
 */
public final class Browser {

    /** The system property that, set to {@code skip}, skips the browser tests instead of failing without Chromium. */
    public static final String SWITCH = "browser.tests";

    static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** How long to wait for the page to change after a click: a synchronisation limit, never a timing assertion. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    static Browser start(String base) throws IOException {
        Path profile = Files.createTempDirectory("cw-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=en-GB",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), base, profile);
    }

    /** The Selenium driver, for anything the helpers do not cover. */
    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application ({@code /w/demo}) or an absolute URL. */
    public Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        return this;
    }

    /** The path (and query) of the current page. */
    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** The visible text of the page's main content. */
    public String mainText() {
        return driver.findElement(By.id("main")).getText();
    }

    /** The visible text of the whole page. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types into a field, replacing what it held. */
    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Clicks an element that loads a new page, and waits until the new document has loaded (the old one carried a
     * marker the new one lacks; errors while the page changes are ignored).
     */
    public Browser clickAndWait(WebElement element) {
        String marker = "p" + System.nanoTime();
        script("window.__cwPage = '" + marker + "'");
        element.click();
        new WebDriverWait(driver, PATIENCE)
                .pollingEvery(Duration.ofMillis(50))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return window.__cwPage === undefined && document.readyState === 'complete'")));
        return this;
    }

    public Browser clickAndWait(String css) {
        return clickAndWait(find(css));
    }

    /** Waits until an element matching the CSS selector is on the page (e.g. a chart's drawn canvas) and returns it. */
    public WebElement waitFor(String css) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.cssSelector(css)));
    }

    /** Waits until the element matching the CSS selector shows {@code text} (e.g. a live search's results). */
    public WebElement waitForText(String css, String text) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(WebDriverException.class)
                .until(d -> {
                    WebElement e = d.findElement(By.cssSelector(css));
                    return e.getText().contains(text) ? e : null;
                });
    }

    /** Signs in on the sign-in page. */
    public Browser signIn(String username, String password) {
        open("/login");
        type("#username", username).type("#password", password);
        return clickAndWait("main form button[type=submit]");
    }

    /** Forgets the session (all cookies), as a fresh browser would. */
    public Browser freshSession() {
        driver.manage().deleteAllCookies();
        return this;
    }

    /** Chooses a language in the header's language menu. */
    public Browser chooseLanguage(String code) {
        find("summary[aria-label]").click();
        return clickAndWait("details.dropdown a[lang='" + code + "']");
    }

    /** The page's {@code lang} attribute. */
    public String language() {
        return find("html").getAttribute("lang");
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Saves a screenshot of the window as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void quit() {
        try {
            driver.quit();
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    /** Starts one browser per test class on the application's port, and skips or fails when Chromium is missing. */
    public static final class Extension
            implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, ParameterResolver {

        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Browser.class);

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return "skip".equals(System.getProperty(SWITCH))
                    ? ConditionEvaluationResult.disabled("browser tests skipped by -D" + SWITCH + "=skip")
                    : ConditionEvaluationResult.enabled("browser tests on");
        }

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            for (String executable : List.of(CHROMIUM, CHROMEDRIVER)) {
                if (!Files.isExecutable(Path.of(executable))) {
                    throw new IllegalStateException("Browser tests need Chromium and ChromeDriver, but " + executable
                            + " is missing. Install them with `apt-get install -y chromium chromium-driver` (CI"
                            + " does), or skip the browser tests with -D" + SWITCH + "=skip.");
                }
            }
            var env = SpringExtension.getApplicationContext(context).getEnvironment();
            String base = "http://localhost:" + env.getRequiredProperty("local.server.port");
            context.getStore(NS).put(Browser.class, start(base));
        }

        @Override
        public void afterAll(ExtensionContext context) {
            Browser browser = context.getStore(NS).remove(Browser.class, Browser.class);
            if (browser != null) {
                browser.quit();
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Browser.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return findBrowser(context);
        }

        private static Browser findBrowser(ExtensionContext context) {
            for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
                Browser b = c.getStore(NS).get(Browser.class, Browser.class);
                if (b != null) {
                    return b;
                }
            }
            throw new IllegalStateException("No browser started for " + context.getDisplayName());
        }
    }
}
