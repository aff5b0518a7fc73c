package rw.paydesk.system;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Debian's headless Chromium driven by Selenium, as a person would use PayDesk. Nothing
 * is downloaded: the browser and its driver are the system's.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(40);

    private final WebDriver driver;
    private final Path profile;
    private String baseUrl;

    /** A browser for the server of this run ({@link PayDeskServer}). */
    public Browser() {
        this(null);
    }

    /** A browser for a server a test started itself, at {@code baseUrl} ({@code http://localhost:PORT}). */
    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            profile = Files.createTempDirectory("paydesk-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("paydesk.it.chromium", "/usr/bin/chromium"))
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("paydesk.it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
    }

    /**
     * What a load balancer does when the node a user was on dies: the same browser, with its
     * cookies, now talks to the node at {@code otherBaseUrl}.
     */
    public Browser failOverTo(String otherBaseUrl) {
        this.baseUrl = otherBaseUrl;
        return this;
    }

    private String base() {
        return baseUrl != null ? baseUrl : PayDeskServer.baseUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base() + path);
        waitForPage();
        return this;
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        type(By.id("login:username"), username);
        type(passwordField("login:password"), password);
        submitPage(By.id("login:sign-in"));
    }

    /** Clicks a button that posts the whole page, and waits until the browser shows the answer. */
    public void submitPage(By button) {
        WebElement element = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(button));
        // a mark on the current document: the answer is a new document, which does not have it
        ((JavascriptExecutor) driver).executeScript("window.__paydeskOldPage = true;");
        element.click();
        new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.JavascriptException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && !window.__paydeskOldPage;")));
        waitForPage();
    }

    /** PrimeFaces renders p:password as an input with the component id (or with _input when toggleMask is on). */
    private By passwordField(String id) {
        return driver.findElements(By.id(id + "_input")).isEmpty() ? By.id(id) : By.id(id + "_input");
    }

    public void type(By field, String text) {
        WebElement element = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    public void typePassword(String id, String text) {
        type(passwordField(id), text);
    }

    /**
     * Picks an option of a PrimeFaces select menu by (part of) its label, through the menu's
     * own widget (as a click on the option would), which fires its change event.
     */
    public void choose(String menuId, String labelPart) {
        waitForPage();
        Object chosen = ((JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]);"
                        + "var options = document.getElementById(arguments[0] + '_input').options;"
                        + "for (var i = 0; i < options.length; i++) {"
                        + "  if (options[i].text.indexOf(arguments[1]) >= 0) { w.selectValue(options[i].value); return options[i].text; }"
                        + "}"
                        + "return null;", menuId, labelPart);
        if (chosen == null) {
            throw new AssertionError("no option '" + labelPart + "' in " + menuId + ": "
                    + driver.findElement(By.id(menuId + "_input")).getAttribute("outerHTML"));
        }
        waitForPage();
    }

    /**
     * As {@link #choose}, then tells the page the value changed, as a person's click does: the
     * widget's {@code selectValue} is silent, so a menu whose change redraws the form needs this.
     */
    public void chooseAndNotify(String menuId, String labelPart) {
        choose(menuId, labelPart);
        ((JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]);"
                        + "if (w.hasBehavior('valueChange')) { w.callBehavior('valueChange'); }"
                        + "else if (w.hasBehavior('change')) { w.callBehavior('change'); }", menuId);
        waitForPage();
    }

    public void click(By target) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(target)).click();
        waitForPage();
    }

    public String text(By target) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(target)).getText();
    }

    public boolean isPresent(By target) {
        return !driver.findElements(target).isEmpty();
    }

    public List<String> ids(By selector) {
        return driver.findElements(selector).stream().map(e -> e.getAttribute("id")).toList();
    }

    /**
     * The path once the browser has arrived at {@code expected}, or wherever it is when the wait
     * runs out: a full-page form post may still be under way when the click returns.
     */
    public String awaitPath(String expected) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> path().equals(expected));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            // the caller's assertion says what was expected and where the browser is
        }
        return path();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        String rest = url.substring(base().length());
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /** Waits until the document is loaded and PrimeFaces has no Ajax request in flight. */
    public void waitForPage() {
        new WebDriverWait(driver, WAIT).until(d -> {
            Object done = ((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete'"
                            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (!window.jQuery || jQuery.active === 0);");
            return Boolean.TRUE.equals(done);
        });
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        waitUntil(condition, WAIT);
    }

    /** Waits for a condition; an element replaced by an Ajax update meanwhile is simply looked up again. */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition, Duration timeout) {
        try {
            new WebDriverWait(driver, timeout).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            // what the page showed when the wait ran out, for whoever reads the failure
            String name = "failed-wait-" + System.currentTimeMillis();
            shoot(name, new Dimension(1280, 900));
            String text = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("waited " + timeout.toSeconds() + " s in vain on " + path() + " (screenshot " + name
                    + "); the page says: " + (text.length() > 1500 ? text.substring(0, 1500) : text), e);
        }
    }

    /** Saves a screenshot under target/screenshots, at desktop width and at phone width. */
    public void screenshot(String name) {
        shoot(name, new Dimension(1280, 900));
        shoot(name + "-phone", new Dimension(390, 844));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private void shoot(String name, Dimension size) {
        driver.manage().window().setSize(size);
        waitForPage();
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("paydesk.it.screenshots", "target/screenshots")));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
