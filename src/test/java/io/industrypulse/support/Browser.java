package io.industrypulse.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, offline: no Selenium Manager, no browser download.
 * Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether Chromium and its driver are installed (.ci/run installs them). */
    public static boolean installed() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    public static Browser open() throws IOException {
        Path profile = Files.createTempDirectory("industrypulse-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=zh-CN",
                "--window-size=1400,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * A wait on the page that rides out the moments a page navigates: Chrome then answers about an element of the old
     * page with "node does not belong to the document" (or a stale reference), which a plain wait takes for a
     * failure. The condition is asked again until it holds or the time is up.
     */
    public static org.openqa.selenium.support.ui.WebDriverWait waiting(
            org.openqa.selenium.WebDriver driver, Duration timeout) {
        org.openqa.selenium.support.ui.WebDriverWait wait =
                new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** Waits until {@code element} has left the document: the page it was on has gone (after a submit). */
    public static void gone(org.openqa.selenium.WebDriver driver, org.openqa.selenium.WebElement element) {
        waiting(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            }
        });
    }

    /** Signs {@code user} in through the login form of the server at {@code port}; returns when the page shows. */
    public void login(int port, String user, String password) {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]"))
                .click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        org.openqa.selenium.By.cssSelector("main h2")));
    }

    /**
     * Opens a page from the menu as a person at a desk does: the group's label first (its list opens while it has the
     * focus), then the link.
     */
    public void openFromMenu(String linkText) {
        org.openqa.selenium.WebElement link = driver.findElement(
                org.openqa.selenium.By.xpath("//nav[contains(@class,'app-nav')]//a[normalize-space(.)='" + linkText
                        + "' or span[normalize-space(.)='" + linkText + "']]"));
        link.findElement(org.openqa.selenium.By.xpath("ancestor::div[contains(@class,'nav-group')]/button"))
                .click();
        link.click();
    }

    /**
     * Opens the page (a URL with {@code ?lang=en}) and checks it reads in English: its heading starts with {@code
     * heading} (when given), no message key is missing ({@code ??key??}), and its labels, headers, buttons, hints and
     * terms hold no Chinese (data such as names may).
     */
    public void assertReadsInEnglish(String url, @org.jspecify.annotations.Nullable String heading) {
        driver.get(url);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        org.openqa.selenium.By.cssSelector("main h2")));
        if (heading != null) {
            org.assertj.core.api.Assertions.assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("main h2"))
                            .getText())
                    .as(url)
                    .startsWith(heading);
        }
        org.assertj.core.api.Assertions.assertThat(driver.getPageSource())
                .as(url)
                .doesNotContain("??");
        for (org.openqa.selenium.WebElement label : driver.findElements(org.openqa.selenium.By.cssSelector(
                "main th, main label > span, main button, main .hint, main h3, main dt"))) {
            org.assertj.core.api.Assertions.assertThat(label.getText())
                    .as(url + ": " + label.getTagName())
                    .doesNotContainPattern("\\p{IsHan}");
        }
    }

    /** Saves a PNG screenshot of the current page as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** The browser console's severe entries (JavaScript errors, failed resources) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
