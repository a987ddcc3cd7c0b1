package org.casebook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs axe-core 4.14.1 (from src/test/resources/axe) on each kind of page, in the light and the
 * dark colour scheme, with the WCAG 2.0 and 2.1 level A and AA rules.
 */
@Tag("browser")
class AccessibilityTest {
  private static final List<String> PAGES = List.of(
      "", "goals/optimize-advertising/", "goals/optimize-advertising/#mitigate-cart-abandonment",
      "use-cases/build-high-value-lookalikes/", "events/order-completed/", "sources/website/",
      "destinations/analytics/", "reference/", "planner/",
      "planner/?goals=optimize-advertising,personalize-first-conversion", "use-cases/");

  @TempDir static Path folder;
  private static SiteServer server;
  private static Chromium browser;
  private static String axe;

  @BeforeAll
  static void start() throws IOException {
    browser = Chromium.start(Files.createDirectories(folder.resolve("downloads")));
    server = new SiteServer(BuiltSite.build(folder));
    try (InputStream in = AccessibilityTest.class.getResourceAsStream("/axe/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
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

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void pagesHaveNoViolations(String scheme) {
    browser.colorScheme(scheme);
    for (String page : PAGES) {
      browser.driver.get(server.url(page));
      assertThat(browser.script("return matchMedia('(prefers-color-scheme: dark)').matches;"))
          .as("dark scheme emulated on /%s", page).isEqualTo(scheme.equals("dark"));
      assertThat(violations()).as("axe violations on /%s in %s mode", page, scheme).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void openSearchResultsHaveNoViolations(String scheme) {
    browser.colorScheme(scheme);
    browser.driver.get(server.url("events/"));
    browser.driver.findElement(By.id("site-search-input")).sendKeys("order");
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(
        driver -> !driver.findElements(By.cssSelector("[role=option]")).isEmpty());
    browser.driver.findElement(By.id("site-search-input")).sendKeys(Keys.ARROW_DOWN);
    assertThat(violations()).as("axe violations with open search results in %s mode", scheme)
        .isEmpty();
  }

  /** Returns each violation as its rule id and the selectors of the failing elements. */
  @SuppressWarnings("unchecked")
  private List<String> violations() {
    browser.script(axe);
    Map<String, Object> result = (Map<String, Object>) browser.driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + " axe.run(document, {runOnly: {type: 'tag', values:"
            + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(r => done({violations: r.violations.map(v => v.id + ': '"
            + " + v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary).join(' | '))}))"
            + ".catch(e => done({violations: ['axe failed: ' + e]}));");
    return (List<String>) result.get("violations");
  }
}
