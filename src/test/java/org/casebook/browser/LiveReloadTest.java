package org.casebook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.casebook.catalog.CatalogLimits;
import org.casebook.serve.DevServer;
import org.casebook.site.BuildOptions;
import org.casebook.testing.FileTrees;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pages served by {@code casebook serve} in headless Chromium: an edit reloads the page that
 * changed, and the overlay script draws and clears problems that arrive while a page stays open.
 */
@Tag("browser")
class LiveReloadTest {
  private static final String USE_CASE = "use-cases/accelerate-onboarding.yaml";
  private static final String OVERLAY = "casebook-problems";

  @TempDir Path dir;
  private Path content;
  private DevServer server;
  private Chromium browser;

  @BeforeEach
  void serve() throws IOException {
    browser = Chromium.start(Files.createDirectories(dir.resolve("downloads")));
    content = FileTrees.copy(Path.of("content"), dir.resolve("content"));
    Path templates = FileTrees.copy(Path.of("templates"), dir.resolve("templates"));
    BuildOptions options = new BuildOptions(content, templates, dir.resolve("site"), "/", "",
        CatalogLimits.DEFAULTS);
    server = DevServer.start(options, "127.0.0.1", 0, DevServer.DEFAULT_QUIET_MILLIS);
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      assertThat(browser.consoleProblems()).isEmpty();
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void editReloadsChangedPage() throws IOException {
    open("/use-cases/accelerate-onboarding/");
    markPage();

    edit(USE_CASE, "summary: .*", "summary: welcome new users by name");

    waiting().until(driver -> driver.findElement(By.cssSelector("p.summary")).getText()
        .contains("welcome new users by name"));
    assertThat(pageMarked()).as("the page was loaded again").isFalse();
  }

  @Test
  void brokenLinkOverlayOnOpenPage() throws IOException {
    open("/events/signed-in/");
    markPage();

    append(USE_CASE, "description: See [the guide](../no-such-page/).\n");

    WebElement overlay = waiting().until(driver -> overlay());
    assertThat(overlay.getAttribute("role")).isEqualTo("alert");
    assertThat(overlay.findElement(By.tagName("p")).getText())
        .isEqualTo("1 problem in the pages shown");
    List<String> items = overlay.findElements(By.tagName("li")).stream()
        .map(WebElement::getText).toList();
    assertThat(items).singleElement().asString()
        .contains(USE_CASE)
        .contains("../no-such-page/");
    assertThat(pageMarked()).as("the unchanged page stayed loaded").isTrue();

    edit(USE_CASE, "description: .*\n", "");

    waiting().until(driver -> overlay() == null);
    assertThat(pageMarked()).isTrue();
  }

  @Test
  void failedBuildOverlayKeepsPage() throws IOException {
    open("/use-cases/accelerate-onboarding/");
    markPage();

    edit(USE_CASE, "summary: .*", "summary: [unclosed");

    WebElement overlay = waiting().until(driver -> overlay());
    assertThat(overlay.findElement(By.tagName("p")).getText())
        .endsWith("showing the last good build");
    assertThat(overlay.findElement(By.tagName("code")).getText()).contains(USE_CASE);
    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Accelerate onboarding");

    edit(USE_CASE, "summary: \\[unclosed", "summary: welcome new users by name");

    waiting().until(driver -> overlay() == null && driver.findElement(
        By.cssSelector("p.summary")).getText().contains("welcome new users by name"));
  }

  private void open(String path) {
    browser.driver.get(server.uri().resolve(path).toString());
  }

  /** Sets a value on the page's window, which a reload of the page removes. */
  private void markPage() {
    browser.script("window.casebookMark = true;");
  }

  private boolean pageMarked() {
    return Boolean.TRUE.equals(browser.script("return window.casebookMark === true;"));
  }

  private WebElement overlay() {
    List<WebElement> found = browser.driver.findElements(By.id(OVERLAY));
    return found.isEmpty() ? null : found.get(0);
  }

  /** Waits up to 10 seconds, reading the page again when a reload replaced what was found. */
  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(10));
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(NoSuchElementException.class);
    return wait;
  }

  private void edit(String path, String regex, String replacement) throws IOException {
    Path file = content.resolve(path);
    String text = Files.readString(file);
    String edited = text.replaceFirst(regex, replacement);
    assertThat(edited).as("edit of %s", path).isNotEqualTo(text);
    Files.writeString(file, edited);
  }

  private void append(String path, String text) throws IOException {
    Path file = content.resolve(path);
    Files.writeString(file, Files.readString(file) + text);
  }
}
