package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.casebook.linkcheck.external.LinkTargetServer;
import org.casebook.testing.ContentFixture.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class CheckExternalTest {
  @TempDir Path dir;

  private LinkTargetServer server;
  private Path site;
  private Path cache;

  @BeforeEach
  void writeSite() throws IOException {
    server = new LinkTargetServer();
    site = Files.createDirectories(dir.resolve("site"));
    cache = dir.resolve("links.json");
    Files.writeString(site.resolve("index.html"), "<a href=\"" + server.url("/missing") + "\">a</a>"
        + "<a href=\"" + server.url("/ok") + "\">b</a>"
        + "<a href=\"" + server.url("/loop/a") + "\">c</a>"
        + "<a href=\"gone.html\">d</a>");
    Files.writeString(site.resolve("about.html"), "<a href=\"" + server.url("/ok") + "\">e</a>"
        + "<a href=\"" + server.url("/missing") + "\">f</a>");
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    server.close();
  }

  @Test
  void externalProblemsFollowInternalOnes() {
    Run run = Run.of("check", site.toString(), "--external", "--external-timeout", "1",
        "--external-cache", cache.toString());

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err().lines().filter(line -> line.contains(".html: ")).toList())
        .containsExactly(
            "about.html: " + server.url("/missing") + " (external: 404 Not Found)",
            "index.html: gone.html (no such file gone.html)",
            "index.html: " + server.url("/missing") + " (external: 404 Not Found)",
            "index.html: " + server.url("/loop/a") + " (external: redirect loop at "
                + server.url("/loop/a") + ")");
    assertThat(run.out().lines().toList()).containsExactly(
        "checked 1 link in 2 pages; 4 problems",
        "external: requested 3 URLs, 0 passed recently per the cache, 0 links skipped;"
            + " 3 problems");
    assertThat(cache).exists();
  }

  @Test
  void secondRunTakesPassedUrlsFromCache() {
    String[] args = {"check", site.toString(), "--external", "--external-cache", cache.toString(),
        "--external-skip", "/loop/"};
    Run.of(args);
    Run second = Run.of(args);

    assertThat(second.out()).contains(
        "external: requested 1 URL, 1 passed recently per the cache, 1 link skipped; 2 problems");
    assertThat(server.counts()).containsEntry("HEAD /ok", 1);
    assertThat(server.counts()).doesNotContainKey("HEAD /loop/a");
  }

  @Test
  void zeroTimeToLiveWritesNoCache() {
    Run run = Run.of("check", site.toString(), "--external", "--external-cache", cache.toString(),
        "--external-cache-ttl", "0");

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(cache).doesNotExist();
  }

  @Test
  void withoutExternalNothingIsRequested() {
    Run run = Run.of("check", site.toString());

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).doesNotContain("external:");
    assertThat(server.counts()).isEqualTo(Map.of());
  }

  @Test
  void invalidSkipPatternIsAUsageError() {
    Run run = Run.of("check", site.toString(), "--external", "--external-skip", "[a");

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("invalid --external-skip '[a': Unclosed character class");
    assertThat(server.counts()).isEqualTo(Map.of());
  }

  @Test
  void zeroConcurrencyIsAUsageError() {
    Run run = Run.of("check", site.toString(), "--external", "--external-concurrency", "0");

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("invalid --external-concurrency 0: give a number from 1 to 256");
  }

  @Test
  void helpNamesEveryExternalOption() {
    Run run = Run.of("check", "--help");

    for (String option : new String[] {"--external", "--external-concurrency",
        "--external-per-host", "--external-timeout", "--external-max-redirects",
        "--external-cache", "--external-cache-ttl", "--external-skip"}) {
      assertThat(run.out()).contains(option);
    }
  }
}
