package org.casebook.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebook.linkcheck.SiteFixture.page;
import static org.casebook.linkcheck.SiteFixture.site;
import static org.casebook.linkcheck.SiteFixture.toBytes;
import static org.casebook.linkcheck.SiteFixture.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for the records, the two check entry points and their input checks. */
class LinkCheckerApiTest {

  @TempDir Path root;

  private final LinkChecker checker = LinkChecker.builder().build();

  @Test
  void problemPrintsPageLinkAndReason() {
    LinkProblem problem =
        new LinkProblem("goals/a/index.html", "x.html", "no such file goals/a/x.html");

    assertThat(problem).hasToString("goals/a/index.html: x.html (no such file goals/a/x.html)");
  }

  @Test
  void reportIsOkOnlyWithoutProblems() {
    LinkProblem problem = new LinkProblem("index.html", "#a", "duplicate id \"a\", 2 elements");

    assertThat(new LinkCheckReport(1, 0, List.of()).ok()).isTrue();
    assertThat(new LinkCheckReport(1, 0, List.of(problem)).ok()).isFalse();
  }

  @Test
  void reportProblemsAreUnmodifiable() {
    List<LinkProblem> problems = new ArrayList<>();
    LinkCheckReport report = new LinkCheckReport(0, 0, problems);
    problems.add(new LinkProblem("index.html", "a", "b"));

    assertThat(report.problems()).isEmpty();
    assertThatThrownBy(() -> report.problems().add(new LinkProblem("p", "l", "r")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void reportRejectsNegativeCounts() {
    assertThatThrownBy(() -> new LinkCheckReport(-1, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pagesChecked must not be negative: -1");
    assertThatThrownBy(() -> new LinkCheckReport(0, -2, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("linksChecked must not be negative: -2");
  }

  @Test
  void mapCheckMatchesDirectoryCheck() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page(
                "<a href=\"goals/\">a</a> <a href=\"missing.html\">b</a> <a href=\"docs\">c</a>"
                    + " <a href=\"goals/#gone\">d</a> <img src=\"assets/logo.png\">"),
            "goals/index.html",
            page("<p id=\"x\"></p><p id=\"x\"></p> <a href=\"../a%20b.html\">e</a>"),
            "a b.html",
            page("<a href=\"../up.html\">f</a>"),
            "docs/readme.txt",
            "text",
            "assets/logo.png",
            "png");
    write(root, files);

    LinkCheckReport onDisk = checker.check(root);
    LinkCheckReport inMemory = checker.check(toBytes(files));

    assertThat(inMemory).isEqualTo(onDisk);
    assertThat(onDisk.pagesChecked()).isEqualTo(3);
    assertThat(onDisk.linksChecked()).isEqualTo(7);
    assertThat(onDisk.problems()).hasSize(5);
  }

  @Test
  void onlyHtmlFilesAreCheckedAsPages() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page(""),
            "notes.htm",
            page("<a href=\"missing.html\">x</a>"),
            "assets/site.css",
            "body { background: url(missing.png) }",
            "feed.xml",
            "<feed><link href=\"missing.html\"/></feed>");
    write(root, files);

    LinkCheckReport report = checker.check(root);

    assertThat(report.pagesChecked()).isEqualTo(1);
    assertThat(report.ok()).isTrue();
  }

  @Test
  void symbolicLinksAreFollowedOnce() throws IOException {
    write(
        root,
        site(
            "index.html",
            page("<a href=\"latest/\">a</a> <a href=\"latest/guide.html#setup\">b</a>"),
            "v1/index.html",
            page(""),
            "v1/guide.html",
            page("<h2 id=\"setup\">Setup</h2>")));
    Files.createSymbolicLink(root.resolve("latest"), root.resolve("v1"));
    Files.createSymbolicLink(root.resolve("v1/loop"), root);

    LinkCheckReport report = checker.check(root);

    assertThat(report.problems()).isEmpty();
    assertThat(report.pagesChecked()).isEqualTo(5);
  }

  @Test
  void emptySiteHasNothingToCheck() throws IOException {
    LinkCheckReport report = checker.check(root);

    assertThat(report).isEqualTo(new LinkCheckReport(0, 0, List.of()));
    assertThat(checker.check(Map.of())).isEqualTo(report);
  }

  @Test
  void missingSiteRootRejected() {
    Path missing = root.resolve("missing");

    assertThatThrownBy(() -> checker.check(missing))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void fileAsSiteRootRejected() throws IOException {
    Path file = Files.writeString(root.resolve("index.html"), page(""));

    assertThatThrownBy(() -> checker.check(file))
        .isInstanceOf(NotDirectoryException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void nullArgumentsRejected() {
    assertThatThrownBy(() -> checker.check((Path) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("siteRoot");
    assertThatThrownBy(() -> checker.check((Map<String, byte[]>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("files");
  }

  @Test
  void invalidMapKeysRejected() {
    for (String key :
        List.of("", "/index.html", "a//b.html", "./index.html", "../x.html", "a/", "a\\b.html")) {
      Map<String, byte[]> files = Map.of(key, new byte[0]);

      assertThatThrownBy(() -> checker.check(files))
          .as("key %s", key)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("invalid file path \"" + key + "\"");
    }
  }

  @Test
  void nullMapValueRejected() {
    Map<String, byte[]> files = new HashMap<>();
    files.put("index.html", null);

    assertThatThrownBy(() -> checker.check(files))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("no bytes for file \"index.html\"");
  }

  @Test
  void checkerIsReusable() throws IOException {
    write(root, site("index.html", page("<a href=\"gone.html\">x</a>")));

    LinkCheckReport first = checker.check(root);
    LinkCheckReport second = checker.check(root);

    assertThat(second).isEqualTo(first);
  }
}
