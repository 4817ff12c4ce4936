package it.pegworkflow.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, in Italian, as a person at a desk would use the
 * webapps. Screenshots and page sources go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private Browser(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /**
   * Without Chromium a browser test cannot run: on a developer's machine it is a visible skip, in CI
   * (which installs Chromium, and sets {@code CI=true}) a failure, so that it never passes by not running.
   */
  static void requireChromium() {
    String missing = "Chromium o chromedriver mancanti (apt-get install chromium chromium-driver): "
        + "il test nel browser non può girare";
    if (!available() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(missing);
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(available(), missing);
  }

  static Browser open() {
    return open("it-IT");
  }

  /** A browser whose language is {@code language} (e.g. {@code en-US}): what it asks for, the page still answers in Italian. */
  static Browser open(String language) {
    String languages = language + "," + language.split("-")[0];
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The flags this network needs (no background traffic), and the browser's language.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1200", "--lang=" + language, "--accept-lang=" + languages);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().withEnvironment(Map.of("TZ", "Europe/Rome")).build();
    return new Browser(new ChromeDriver(service, options));
  }

  void logIn(String url, String user, String password) {
    submitLogin(url, user, password);
    waitUntilGone(By.cssSelector("input[ng-model=password]"));
  }

  /** Fills and sends the login form of {@code url}, whatever its answer. */
  void submitLogin(String url, String user, String password) {
    driver.manage().deleteAllCookies();
    // A fresh page: an address that differs from the current one only after '#' would not reload the app.
    driver.get("about:blank");
    driver.get(url);
    waitUntil("the login page of " + url, () -> !driver.findElements(By.cssSelector("input[ng-model=username]")).isEmpty()
        && driver.findElement(By.cssSelector("input[ng-model=username]")).isDisplayed());
    type(By.cssSelector("input[ng-model=username]"), user);
    type(By.cssSelector("input[ng-model=password]"), password);
    click(By.cssSelector("button[type=submit]"));
  }

  void go(String url) {
    driver.get(url);
  }

  String url() {
    return driver.getCurrentUrl();
  }

  /** Reloads the page, as a person pressing F5. */
  void reload() {
    driver.navigate().refresh();
  }

  /** Whether an element is there and shown (not removed by a style). */
  boolean shows(By by) {
    return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
  }

  WebElement waitFor(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void waitUntilGone(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  void waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /**
   * Waits until the condition holds, reading the page again each time (stale elements count as not
   * yet). When it never does, the page is kept under target/screenshots as {@code timeout-*}.
   */
  void waitUntil(String what, java.util.function.BooleanSupplier condition) {
    try {
      wait.withMessage(what).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(driver -> condition.getAsBoolean());
    } catch (org.openqa.selenium.TimeoutException e) {
      snapshot("timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
      throw e;
    } finally {
      wait.withMessage((String) null); // the shared wait must not name this condition when a later one fails
    }
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  String title() {
    return driver.getTitle();
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void type(By by, String text) {
    WebElement field = waitFor(by);
    field.clear();
    // Select all and delete as a person would: Camunda Forms keeps its own copy of a field's value and
    // puts it back after clear() (which sends no input event), so the new text was appended to the old.
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    // Tab out as a person would: some form fields keep their value only when they lose focus.
    field.sendKeys(text, Keys.TAB);
  }

  /** Picks files in a file field, as a person choosing them in the dialog (several at once when it allows). */
  void pick(By by, Path... files) {
    WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(by));
    field.sendKeys(String.join("\n", java.util.Arrays.stream(files).map(f -> f.toAbsolutePath().toString()).toList()));
  }

  void click(By by) {
    WebElement element = waitFor(by);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /** Runs JavaScript in the page and returns what it returns. */
  Object script(String javaScript) {
    return ((JavascriptExecutor) driver).executeScript(javaScript);
  }

  /**
   * Scrolls to an element as a person would; Cockpit's page clips what lies below its fold, so the
   * element need only be there (not yet visible) before the scroll.
   */
  void scrollTo(By by) {
    WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    waitFor(by);
  }

  /** Keeps what the browser shows now, as a PNG and as HTML, under target/screenshots. */
  Path snapshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File png = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
