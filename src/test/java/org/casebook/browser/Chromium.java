package org.casebook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.casebook.testing.ExternalTool;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium from the system packages, driven through the system chromedriver. Both
 * paths are given explicitly, so Selenium Manager has nothing to look up or download; tests are
 * skipped when either binary is missing.
 */
final class Chromium implements AutoCloseable {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a browser, or skips the calling test when Chromium or chromedriver is missing. */
  static Chromium start(Path downloads) throws IOException {
    ExternalTool.require(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
        "browser tests skipped: install the Debian packages chromium and chromium-driver, which"
            + " provide " + BROWSER + " and " + DRIVER);
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    Path profile = Files.createTempDirectory("casebook-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--window-size=1280,900");
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new Chromium(new ChromeDriver(service, options), profile);
  }

  /** Sets the width of the viewport in CSS pixels, keeping a fixed height. */
  void setWidth(int pixels) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", pixels, "height", 900, "deviceScaleFactor", 1, "mobile", pixels < 600));
    driver.manage().window().setSize(new Dimension(Math.max(pixels, 500), 900));
  }

  /** Emulates {@code prefers-color-scheme}: {@code light} or {@code dark}. */
  void colorScheme(String scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
        "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  Object script(String source, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(source, arguments);
  }

  /** Returns the console messages logged since the last call, at warning level or above. */
  List<String> consoleProblems() {
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        problems.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    return problems;
  }

  /** Asserts that every resource of the current page came from 127.0.0.1. */
  void assertLocalResources() {
    @SuppressWarnings("unchecked")
    List<String> urls = (List<String>) script(
        "return performance.getEntriesByType('navigation').concat("
            + "performance.getEntriesByType('resource')).map(e => e.name);");
    assertThat(urls).isNotEmpty();
    for (String url : urls) {
      assertThat(URI.create(url).getHost()).as("host of %s", url).isEqualTo("127.0.0.1");
    }
  }

  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var walk = Files.walk(profile)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
