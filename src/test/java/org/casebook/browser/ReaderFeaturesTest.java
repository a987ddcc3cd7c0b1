package org.casebook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search, planner, folding sections and layout of the real site in headless Chromium. */
@Tag("browser")
class ReaderFeaturesTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path folder;
  private static SiteServer server;
  private static Chromium browser;
  private static Path downloads;

  @BeforeAll
  static void start() throws IOException {
    downloads = Files.createDirectories(folder.resolve("downloads"));
    browser = Chromium.start(downloads);
    server = new SiteServer(BuiltSite.build(folder));
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void reset() {
    browser.setWidth(1280);
    browser.consoleProblems();
  }

  @AfterEach
  void noConsoleProblemsOrRemoteRequests() {
    assertThat(browser.consoleProblems()).isEmpty();
    browser.assertLocalResources();
  }

  private void open(String path) {
    browser.driver.get(server.url(path));
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(10));
  }

  @Test
  void clickThroughPageKinds() {
    open("");
    browser.driver.findElement(By.cssSelector("table.goals th a")).click();
    waiting().until(ExpectedConditions.urlContains("/goals/"));
    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Optimize advertising");

    WebElement section = browser.driver.findElement(By.cssSelector("details.use-case"));
    section.findElement(By.tagName("summary")).click();
    section.findElement(By.linkText("Use case page")).click();
    waiting().until(ExpectedConditions.urlContains("/use-cases/"));
    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Build high-value lookalikes");

    browser.driver.findElement(By.cssSelector("table.events th a")).click();
    waiting().until(ExpectedConditions.urlContains("/events/"));
    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Order Completed");
  }

  @Test
  void searchFindsPropertyAndOpensResultByKeyboard() {
    open("events/order-completed/");
    WebElement input = browser.driver.findElement(By.id("site-search-input"));
    input.click();
    input.sendKeys("order_id");
    List<WebElement> options = waiting().until(
        ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("[role=option]"), 0));
    List<String> titles = new ArrayList<>();
    for (WebElement option : options) {
      titles.add(option.findElement(By.className("search-title")).getText());
    }
    assertThat(titles).contains("order_id", "Order Completed", "Checkout Started",
        "Onboarding Completed", "Build high-value lookalikes", "Mitigate cart abandonment");
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");

    int target = titles.indexOf("Checkout Started");
    for (int i = 0; i <= target; i++) {
      input.sendKeys(Keys.ARROW_DOWN);
    }
    assertThat(input.getAttribute("aria-activedescendant"))
        .isEqualTo("site-search-option-" + target);
    input.sendKeys(Keys.ENTER);
    waiting().until(ExpectedConditions.urlToBe(server.url("events/checkout-started/")));
    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Checkout Started");
  }

  @Test
  void escapeClosesSearchResults() {
    open("");
    WebElement input = browser.driver.findElement(By.id("site-search-input"));
    input.sendKeys("lookalikes");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("site-search-results")));
    input.sendKeys(Keys.ESCAPE);
    assertThat(browser.driver.findElement(By.id("site-search-results")).isDisplayed()).isFalse();
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
  }

  @Test
  void plannerCombinesGoalsAndKeepsThemInUrl() throws IOException {
    open("planner/");
    browser.driver.findElement(By.id("planner-goal-optimize-advertising")).click();
    browser.driver.findElement(By.id("planner-goal-personalize-first-conversion")).click();
    waiting().until(ExpectedConditions.urlContains("goals="));
    String shared = browser.driver.getCurrentUrl();
    assertThat(shared).endsWith("?goals=optimize-advertising,personalize-first-conversion");
    List<String> events = plannedEvents();
    assertThat(events).doesNotHaveDuplicates();
    assertThat(events).contains("Order Completed | num_items, order_id, checkout_id, total,"
        + " revenue, shipping, tax, affiliation, products");
    assertThat(events).anyMatch(row -> row.startsWith("Signed Up | "));

    browser.driver.navigate().to(shared);
    browser.driver.navigate().refresh();
    assertThat(browser.driver.findElement(By.id("planner-goal-optimize-advertising")).isSelected())
        .isTrue();
    assertThat(plannedEvents()).isEqualTo(events);

    browser.driver.findElement(By.id("planner-download")).click();
    Path csv = waitForDownload();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("\"Kind\",\"Name\",\"Properties\",\"Page\"");
    assertThat(lines).filteredOn(line -> line.startsWith("\"Event\",")).hasSize(events.size());
  }

  private List<String> plannedEvents() {
    List<String> rows = new ArrayList<>();
    for (WebElement row : browser.driver.findElements(By.cssSelector("#planner-output tbody tr"))) {
      rows.add(row.findElement(By.tagName("th")).getText() + " | "
          + row.findElement(By.tagName("td")).getText());
    }
    return rows;
  }

  /**
   * Waits for a finished CSV download: Chromium may create the file before it writes the bytes,
   * so an empty file, or one with a partial download beside it, is not finished yet.
   */
  private Path waitForDownload() {
    return waiting().until(driver -> {
      try (var files = Files.list(downloads)) {
        List<Path> all = files.toList();
        if (all.stream().anyMatch(file -> file.toString().endsWith(".crdownload"))) {
          return null;
        }
        for (Path file : all) {
          if (file.toString().endsWith(".csv") && Files.size(file) > 0) {
            return file;
          }
        }
        return null;
      } catch (IOException e) {
        return null;
      }
    });
  }

  @Test
  void linkToFoldedSectionOpensIt() {
    open("goals/optimize-advertising/");
    WebElement section = browser.driver.findElement(By.id("mitigate-cart-abandonment"));
    assertThat(section.getAttribute("open")).isNull();

    open("goals/optimize-advertising/#mitigate-cart-abandonment");
    section = browser.driver.findElement(By.id("mitigate-cart-abandonment"));
    assertThat(section.getAttribute("open")).isNotNull();
    assertThat(inViewport(section)).isTrue();

    browser.driver.findElement(By.cssSelector("nav.toc a[href='#suppress-with-purchase']"))
        .click();
    WebElement other = browser.driver.findElement(By.id("suppress-with-purchase"));
    waiting().until(driver -> other.getAttribute("open") != null);
    assertThat(inViewport(other)).isTrue();
  }

  private boolean inViewport(WebElement element) {
    return (Boolean) browser.script("const r = arguments[0].getBoundingClientRect();"
        + " return r.top >= 0 && r.top < window.innerHeight;", element);
  }

  @Test
  void noPageScrollsSidewaysAt320Pixels() {
    browser.setWidth(320);
    for (String path : List.of("", "goals/optimize-advertising/",
        "use-cases/build-high-value-lookalikes/", "events/order-completed/", "sources/website/",
        "reference/", "planner/?goals=optimize-advertising", "events/")) {
      open(path);
      Long scroll = (Long) browser.script("return document.documentElement.scrollWidth;");
      Long client = (Long) browser.script("return document.documentElement.clientWidth;");
      assertThat(scroll).as("scroll width of %s", path).isLessThanOrEqualTo(client);
    }
  }

  @Test
  void savesScreenshotsAtPhoneAndDesktopWidths() throws IOException {
    for (int width : new int[] {375, 1280}) {
      browser.setWidth(width);
      open("");
      browser.screenshot(SCREENSHOTS.resolve("index-" + width + ".png"));
      open("goals/optimize-advertising/#mitigate-cart-abandonment");
      browser.screenshot(SCREENSHOTS.resolve("goal-" + width + ".png"));
      open("planner/?goals=optimize-advertising,personalize-first-conversion");
      browser.screenshot(SCREENSHOTS.resolve("planner-" + width + ".png"));
      assertThat(SCREENSHOTS.resolve("planner-" + width + ".png")).isNotEmptyFile();
    }
  }
}
