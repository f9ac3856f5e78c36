package io.flowpod.app.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * A headless Chromium driven by the system's chromedriver, with a fresh profile. Binary and driver
 * paths are explicit so that Selenium Manager never tries to download anything; a missing browser
 * fails the test (CI installs it) instead of skipping it.
 */
final class Chromium implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final String baseUrl;

  private Chromium(String baseUrl) throws IOException {
    for (Path required : List.of(BINARY, DRIVER)) {
      if (!Files.isExecutable(required)) {
        throw new AssertionError(required + " is missing: install the Debian packages chromium and "
            + "chromium-driver (.ci/run does) to run the browser tests");
      }
    }
    this.baseUrl = baseUrl;
    this.profile = Files.createTempDirectory("flowpod-chromium-");
    this.service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-US",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    try {
      this.driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteProfile();
      throw e;
    }
  }

  /** Starts a browser for the FlowPod instance at the given base URL (no trailing slash). */
  static Chromium start(String baseUrl) {
    try {
      return new Chromium(baseUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  String baseUrl() {
    return baseUrl;
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  WebElement find(By by) {
    return driver.findElement(by);
  }

  /**
   * Waits (up to 30 s) for a condition; never a fixed sleep. Pages re-render lists by replacing
   * their elements, so a reference that went stale meanwhile just means "look again".
   */
  <T> T await(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  WebElement visible(By by) {
    return await(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void type(String fieldId, String text) {
    WebElement field = visible(By.id(fieldId));
    field.clear();
    field.sendKeys(text);
  }

  /** Fills and submits the login form of the page that is open. */
  void logIn(String email, String password) {
    type("email", email);
    type("password", password);
    find(By.cssSelector("#login button[type=submit]")).click();
  }

  void awaitPage(String path) {
    await(ExpectedConditions.urlContains(path));
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** True when the page needs horizontal scrolling (it should not, even at phone width). */
  boolean overflowsHorizontally() {
    return (Boolean) driver.executeScript(
        "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
  }

  /** Script errors the page raised (uncaught exceptions, failed module loads) since the last call. */
  List<String> scriptErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Uncaught") || message.contains("SyntaxError"))
        .toList();
  }

  /** Saves a full-page screenshot under target/ui-screenshots/ (build output, never committed). */
  void screenshot(String name) {
    Dimension window = driver.manage().window().getSize();
    try {
      long height = (Long) driver.executeScript(
          "window.scrollTo(0, 0); return document.documentElement.scrollHeight;");
      resize(window.getWidth(), (int) Math.max(window.getHeight(), height + 120));
      Path folder = Files.createDirectories(Path.of("target", "ui-screenshots"));
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), folder.resolve(name + ".png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      resize(window.getWidth(), window.getHeight());
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
