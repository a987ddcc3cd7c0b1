package org.casebook.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.linkcheck.SiteFixture.checkBoth;
import static org.casebook.linkcheck.SiteFixture.page;
import static org.casebook.linkcheck.SiteFixture.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for percent-encoded paths and fragments. */
class LinkCheckerEncodingTest {

  @TempDir Path root;

  private final LinkChecker checker = LinkChecker.builder().build();

  @Test
  void percentEncodedFragmentsMatchDecodedId() throws IOException {
    String body =
        """
        <h2 id="注文完了の追跡">注文完了の追跡</h2>
        <a href="#注文完了の追跡">literal</a>
        <a href="#%E6%B3%A8%E6%96%87%E5%AE%8C%E4%BA%86%E3%81%AE%E8%BF%BD%E8%B7%A1">encoded</a>
        <a href="#%E6%B3%A8%E6%96%87">prefix</a>
        """;
    Map<String, String> files = site("goals/track/index.html", page(body));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem(
                "goals/track/index.html",
                "#%E6%B3%A8%E6%96%87",
                "no element with id \"注文\" on goals/track/index.html"));
    assertThat(report.problems().get(0).reason()).contains("\"注文\"");
  }

  @Test
  void percentEncodedFragmentOnOtherPage() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page("<a href=\"goals/track/#%E6%B3%A8%E6%96%87\">a</a>"),
            "goals/track/index.html",
            page("<h2 id=\"注文\">x</h2>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems()).isEmpty();
  }

  @Test
  void percentEncodedPathsMatchFileNames() throws IOException {
    String body =
        """
        <a href="a%20b.html">space</a>
        <a href="%E6%B3%A8%E6%96%87.html">encoded</a>
        <a href="注文.html">literal</a>
        <a href="a+b.html">plus</a>
        <a href="a%2Bb.html">encoded plus</a>
        <a href="c%20d.html">missing</a>
        """;
    Map<String, String> files =
        site(
            "index.html",
            page(body),
            "a b.html",
            page(""),
            "注文.html",
            page(""),
            "a+b.html",
            page(""));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(new LinkProblem("index.html", "c%20d.html", "no such file c d.html"));
  }

  @Test
  void encodedDotSegmentsCannotLeaveSite() throws IOException {
    Map<String, String> files = site("index.html", page("<a href=\"%2E%2E/secret.html\">a</a>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(new LinkProblem("index.html", "%2E%2E/secret.html", "outside the site"));
  }

  @Test
  void malformedPercentEncodingReported() throws IOException {
    String body =
        """
        <a href="a%zz.html">bad hex</a>
        <a href="a%2.html">short</a>
        <a href="a%E6%B3.html">truncated utf-8</a>
        <a href="#%zz">bad fragment</a>
        <a href="#%FF">bad fragment bytes</a>
        <a href="#100%">literal id</a>
        <p id="100%"></p>
        """;
    Map<String, String> files = site("index.html", page(body));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem("index.html", "a%zz.html", "malformed percent-encoding"),
            new LinkProblem("index.html", "a%2.html", "malformed percent-encoding"),
            new LinkProblem("index.html", "a%E6%B3.html", "malformed percent-encoding"),
            new LinkProblem("index.html", "#%zz", "malformed percent-encoding"),
            new LinkProblem("index.html", "#%FF", "malformed percent-encoding"));
  }
}
