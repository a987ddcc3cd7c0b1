package org.casebook.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks through a cache must give the same reports as checks without one. */
class PageScanCacheTest {
  private final LinkChecker checker = LinkChecker.builder().build();
  private final PageScanCache cache = new PageScanCache();

  private static Map<String, byte[]> site(String a, String b) {
    Map<String, byte[]> files = new HashMap<>();
    files.put("a.html", a.getBytes(StandardCharsets.UTF_8));
    files.put("b.html", b.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private void assertSameAsUncached(Map<String, byte[]> files) {
    assertThat(checker.check(files, cache)).isEqualTo(checker.check(files));
  }

  @Test
  void removedTargetIdIsReportedOnUnchangedPage() {
    assertSameAsUncached(site("<a href=\"b.html#x\">b</a>", "<p id=\"x\">x</p>"));
    Map<String, byte[]> changed = site("<a href=\"b.html#x\">b</a>", "<p id=\"y\">y</p>");

    LinkCheckReport report = checker.check(changed, cache);

    assertThat(report.problems()).extracting(LinkProblem::page).containsExactly("a.html");
    assertThat(report).isEqualTo(checker.check(changed));
  }

  @Test
  void unchangedPageKeepsItsProblem() {
    assertSameAsUncached(site("<a href=\"missing.html\">m</a>", "<p id=\"x\">one</p>"));
    Map<String, byte[]> changed = site("<a href=\"missing.html\">m</a>", "<p id=\"x\">two</p>");

    LinkCheckReport report = checker.check(changed, cache);

    assertThat(report.problems()).hasSize(1);
    assertThat(report).isEqualTo(checker.check(changed));
  }

  @Test
  void newBrokenLinkOnChangedPageIsReported() {
    assertSameAsUncached(site("<a href=\"b.html\">b</a>", "<p id=\"x\">x</p>"));
    Map<String, byte[]> changed = site("<a href=\"b.html#nope\">b</a>", "<p id=\"x\">x</p>");

    LinkCheckReport report = checker.check(changed, cache);

    assertThat(report.problems()).extracting(LinkProblem::link).containsExactly("b.html#nope");
    assertThat(report).isEqualTo(checker.check(changed));
  }

  @Test
  void removedFileIsReportedOnUnchangedPage() {
    assertSameAsUncached(site("<a href=\"b.html\">b</a>", "<p>b</p>"));
    Map<String, byte[]> changed = new HashMap<>(site("<a href=\"b.html\">b</a>", "<p>b</p>"));
    changed.remove("b.html");

    LinkCheckReport report = checker.check(changed, cache);

    assertThat(report.problems()).extracting(LinkProblem::page).containsExactly("a.html");
    assertThat(report).isEqualTo(checker.check(changed));
  }
}
