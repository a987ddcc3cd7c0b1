package org.casebook.linkcheck.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.casebook.linkcheck.ExternalLinkFinder;
import org.casebook.linkcheck.LinkProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class ExternalLinkCheckerTest {
  @TempDir Path dir;

  private LinkTargetServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = new LinkTargetServer();
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    server.close();
  }

  @Test
  void reportsEachBrokenLinkWithItsReason() throws Exception {
    writePage("index.html", "/ok", "/missing", "/loop/a", "/chain/1", "/deep/1", "/limited",
        "/busy", "/down", "/throttled", "/slow", "/no-head");
    writePage("about/index.html", "/ok", "/missing#part", "/no-head");
    Files.writeString(dir.resolve("about/index.html"),
        "<a href=\"mailto:team@example.org\">mail</a><a href=\"../index.html\">home</a>",
        StandardOpenOption.APPEND);

    ExternalCheckReport report = checker().build().check(ExternalLinkFinder.find(dir));

    assertThat(lines(report.problems())).containsExactly(
        "about/index.html: " + url("/missing#part") + " (external: 404 Not Found)",
        "index.html: " + url("/missing") + " (external: 404 Not Found)",
        "index.html: " + url("/loop/a") + " (external: redirect loop at " + url("/loop/a") + ")",
        "index.html: " + url("/deep/1") + " (external: too many redirects, more than 5)",
        "index.html: " + url("/down") + " (external: 503 Service Unavailable after 3 retries)",
        "index.html: " + url("/throttled") + " (external: 429 Too Many Requests, and the server"
            + " requested a wait of 120 s, more than the maximum of 30 s)",
        "index.html: " + url("/slow") + " (external: timed out after 1 s)");
    assertThat(report.urlsRequested()).isEqualTo(11);
    assertThat(report.urlsFromCache()).isZero();
    assertThat(report.linksSkipped()).isZero();
  }

  @Test
  void requestsEachUrlOncePerRun() throws Exception {
    writePage("index.html", "/ok", "/missing", "/loop/a", "/chain/1", "/limited", "/busy",
        "/no-head", "/ok#top");
    writePage("a/index.html", "/ok", "/missing", "/chain/1", "/no-head");
    writePage("b/index.html", "/ok", "/limited", "/busy", "/loop/a");

    checker().build().check(ExternalLinkFinder.find(dir));

    assertThat(server.counts()).isEqualTo(Map.ofEntries(
        Map.entry("HEAD /ok", 1),
        Map.entry("HEAD /missing", 1),
        Map.entry("GET /missing", 1),
        Map.entry("HEAD /loop/a", 1),
        Map.entry("HEAD /loop/b", 1),
        Map.entry("HEAD /chain/1", 1),
        Map.entry("HEAD /chain/2", 1),
        Map.entry("HEAD /chain/3", 1),
        Map.entry("HEAD /limited", 2),
        Map.entry("HEAD /busy", 2),
        Map.entry("HEAD /no-head", 1),
        Map.entry("GET /no-head", 1)));
  }

  @Test
  void perHostLimitHolds() throws Exception {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      paths.add("/parallel/" + i);
    }
    writePage("index.html", paths.toArray(String[]::new));

    ExternalCheckReport report =
        checker().concurrency(8).maxPerHost(2).build().check(ExternalLinkFinder.find(dir));

    assertThat(report.problems()).isEmpty();
    assertThat(server.parallelPeak()).isBetween(1, 2);
  }

  @Test
  void overallConcurrencyOfOneSendsOneAtATime() throws Exception {
    writePage("index.html", "/parallel/1", "/parallel/2", "/parallel/3");

    checker().concurrency(1).maxPerHost(8).build().check(ExternalLinkFinder.find(dir));

    assertThat(server.parallelPeak()).isEqualTo(1);
  }

  @Test
  void cacheSkipsFreshSuccessesOnly() throws Exception {
    writePage("index.html", "/ok", "/missing");
    Path cacheFile = dir.resolve("cache.json");
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    ExternalLinkChecker checker =
        checker().cache(cacheFile, Duration.ofHours(24)).clock(clock).build();
    SortedMap<String, List<String>> links = ExternalLinkFinder.find(dir);

    ExternalCheckReport first = checker.check(links);
    clock.advance(Duration.ofHours(23));
    ExternalCheckReport second = checker.check(links);
    Map<String, Integer> countsWithinExpiry = server.counts();
    clock.advance(Duration.ofHours(2));
    ExternalCheckReport third = checker.check(links);

    assertThat(first.urlsRequested()).isEqualTo(2);
    assertThat(second.urlsRequested()).isEqualTo(1);
    assertThat(second.urlsFromCache()).isEqualTo(1);
    assertThat(countsWithinExpiry).containsEntry("HEAD /ok", 1);
    assertThat(countsWithinExpiry).containsEntry("GET /missing", 2);
    assertThat(third.urlsRequested()).isEqualTo(2);
    assertThat(server.counts()).containsEntry("HEAD /ok", 2);
    assertThat(lines(second.problems()))
        .containsExactly("index.html: " + url("/missing") + " (external: 404 Not Found)");

    JsonNode saved = new ObjectMapper().readTree(cacheFile.toFile());
    assertThat(saved.path("format").asInt()).isEqualTo(1);
    assertThat(saved.path("checked").size()).isEqualTo(1);
    assertThat(saved.path("checked").path(url("/ok")).asText()).isEqualTo("2026-03-02T11:00:00Z");
  }

  @Test
  void invalidCacheFileIsRejected() throws Exception {
    writePage("index.html", "/ok");
    Path cacheFile = dir.resolve("cache.json");
    Files.writeString(cacheFile, "{\"format\": 7}");
    ExternalLinkChecker checker = checker().cache(cacheFile, Duration.ofHours(1)).build();
    SortedMap<String, List<String>> links = ExternalLinkFinder.find(dir);

    assertThatThrownBy(() -> checker.check(links))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("invalid link cache " + cacheFile);
    assertThat(server.counts()).isEmpty();
  }

  @Test
  void skipPatternsSkipMatchingLinks() throws Exception {
    writePage("index.html", "/ok", "/missing", "/loop/a");
    writePage("a/index.html", "/missing");

    ExternalCheckReport report = checker().skip(Pattern.compile("/missing$"))
        .skip(Pattern.compile("loop")).build().check(ExternalLinkFinder.find(dir));

    assertThat(report.problems()).isEmpty();
    assertThat(report.linksSkipped()).isEqualTo(3);
    assertThat(report.urlsRequested()).isEqualTo(1);
    assertThat(server.counts()).isEqualTo(Map.of("HEAD /ok", 1));
  }

  @Test
  void invalidUrlIsReportedWithoutRequest() throws Exception {
    Files.writeString(dir.resolve("index.html"),
        "<a href=\"http://127.0.0.1:1/a b\">space</a><a href=\"https:no-host\">no host</a>");

    ExternalCheckReport report = checker().build().check(ExternalLinkFinder.find(dir));

    assertThat(lines(report.problems())).containsExactly(
        "index.html: http://127.0.0.1:1/a b (external: invalid URL: Illegal character in path"
            + " at index 20)",
        "index.html: https:no-host (external: invalid URL: no host name)");
    assertThat(report.urlsRequested()).isZero();
  }

  @Test
  void refusedConnectionIsReported() throws Exception {
    String closed = url("/ok");
    server.close();
    Files.writeString(dir.resolve("index.html"), "<a href=\"" + closed + "\">gone</a>");

    ExternalCheckReport report = checker().build().check(ExternalLinkFinder.find(dir));

    assertThat(report.problems()).hasSize(1);
    String port = closed.split("[:/]")[4];
    assertThat(report.problems().get(0).reason())
        .isEqualTo("external: connection to 127.0.0.1:" + port + " failed");
  }

  @Test
  void retryAfterAcceptsSecondsAndDates() {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");

    assertThat(RetryAfter.parse("7", now)).contains(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 10:00:30 GMT", now))
        .contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 09:00:00 GMT", now)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", now)).isEmpty();
    assertThat(RetryAfter.parse("-5", now)).isEmpty();
  }

  private ExternalLinkChecker.Builder checker() {
    return ExternalLinkChecker.builder()
        .timeout(Duration.ofSeconds(1))
        .firstBackoff(Duration.ofMillis(50));
  }

  private String url(String path) {
    return server.url(path);
  }

  private void writePage(String page, String... paths) throws IOException {
    StringBuilder html = new StringBuilder("<!doctype html><title>t</title>");
    for (String path : paths) {
      html.append("<a href=\"").append(url(path)).append("\">link</a>\n");
    }
    Path file = dir.resolve(page);
    Files.createDirectories(file.getParent());
    Files.writeString(file, html);
  }

  private static List<String> lines(List<LinkProblem> problems) {
    return problems.stream().map(LinkProblem::toString).toList();
  }

  /** Clock that stays at one instant until a test advances it. */
  private static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
