package org.casebook.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebook.linkcheck.SiteFixture.checkBoth;
import static org.casebook.linkcheck.SiteFixture.page;
import static org.casebook.linkcheck.SiteFixture.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerBasePathTest {

  private static final String OUTSIDE_CATALOG =
      "outside the base path /catalog/; it would not resolve when the site is served under"
          + " /catalog/";

  @TempDir Path root;

  @Test
  void basePathDefaultsToSlash() {
    assertThat(LinkChecker.builder().build().basePath()).isEqualTo("/");
  }

  @Test
  void basePathGetsTrailingSlash() {
    assertThat(LinkChecker.builder().basePath("/docs").build().basePath()).isEqualTo("/docs/");
    assertThat(LinkChecker.builder().basePath("/docs/").build().basePath()).isEqualTo("/docs/");
    assertThat(LinkChecker.builder().basePath("/a/b").build().basePath()).isEqualTo("/a/b/");
    assertThat(LinkChecker.builder().basePath("/").build().basePath()).isEqualTo("/");
  }

  @Test
  void relativeBasePathRejected() {
    assertThatThrownBy(() -> LinkChecker.builder().basePath("docs/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"docs/\"")
        .hasMessageContaining("not absolute");
    assertThatThrownBy(() -> LinkChecker.builder().basePath(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"\"");
    assertThatThrownBy(() -> LinkChecker.builder().basePath("https://example.com/docs/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https://example.com/docs/");
  }

  @Test
  void malformedBasePathRejected() {
    assertThatThrownBy(() -> LinkChecker.builder().basePath("//cdn/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"//cdn/\"");
    assertThatThrownBy(() -> LinkChecker.builder().basePath("/docs?v=1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("query or fragment");
    assertThatThrownBy(() -> LinkChecker.builder().basePath("/a/../b/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"/a/../b/\"");
    assertThatThrownBy(() -> LinkChecker.builder().basePath("/a%zz/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed percent-encoding");
  }

  @Test
  void nullBasePathRejected() {
    assertThatThrownBy(() -> LinkChecker.builder().basePath(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("basePath");
  }

  @Test
  void catalogBasePathChecksRootRelativeLinks() throws IOException {
    String home =
        """
        <a href="/goals/optimize-advertising.html">a</a>
        <a href="/catalog/goals/optimize-advertising.html">b</a>
        <a href="/catalog/">c</a>
        <a href="/catalog/index.html">d</a>
        <link rel="stylesheet" href="/catalog/assets/site.css">
        <a href="goals/">e</a>
        """;
    Map<String, String> files =
        site(
            "index.html",
            page(home),
            "goals/optimize-advertising.html",
            page("<h1>Optimize advertising</h1>"),
            "assets/site.css",
            "body {}");
    LinkChecker checker = LinkChecker.builder().basePath("/catalog/").build();

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem("index.html", "/goals/optimize-advertising.html", OUTSIDE_CATALOG),
            new LinkProblem("index.html", "goals/", "folder goals/ has no index.html"));
    assertThat(report.linksChecked()).isEqualTo(6);
  }

  @Test
  void rootBasePathResolvesRootRelativeLinks() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page("<a href=\"/goals/a.html\">a</a> <a href=\"/goals/b.html\">b</a>"),
            "goals/a.html",
            page(""));

    LinkCheckReport report = checkBoth(LinkChecker.builder().build(), root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem("index.html", "/goals/b.html", "no such file goals/b.html"));
  }

  @Test
  void basePathWithoutTrailingSlashNamesSiteRoot() throws IOException {
    Map<String, String> files =
        site("goals/a.html", page("<a href=\"/catalog\">a</a>"), "index.html", page(""));
    LinkChecker checker = LinkChecker.builder().basePath("/catalog").build();

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems()).isEmpty();
  }

  @Test
  void rootRelativeLinkIsNormalisedBeforeBaseCheck() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page(
                "<a href=\"/catalog/../goals/a.html\">a</a>"
                    + " <a href=\"/catalog/goals/../index.html\">b</a>"
                    + " <a href=\"/catalogue/index.html\">c</a>"));
    LinkChecker checker = LinkChecker.builder().basePath("/catalog/").build();

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem("index.html", "/catalog/../goals/a.html", OUTSIDE_CATALOG),
            new LinkProblem("index.html", "/catalogue/index.html", OUTSIDE_CATALOG));
  }

  @Test
  void percentEncodedBasePathMatchesDecodedLinks() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page("<a href=\"/my%20docs/index.html\">a</a> <a href=\"/my docs/\">b</a>"));
    LinkChecker checker = LinkChecker.builder().basePath("/my%20docs/").build();

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems()).isEmpty();
  }
}
