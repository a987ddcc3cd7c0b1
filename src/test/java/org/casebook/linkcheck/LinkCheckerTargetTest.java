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

/** Tests for folder targets, fragments and duplicate ids. */
class LinkCheckerTargetTest {

  @TempDir Path root;

  private final LinkChecker checker = LinkChecker.builder().build();

  @Test
  void folderLinkWithIndexResolves() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page(
                "<a href=\"goals/\">a</a> <a href=\"goals\">b</a> <a href=\"goals/#list\">c</a>"
                    + " <a href=\"./\">d</a> <a href=\".\">e</a> <a href=\"/\">f</a>"),
            "goals/index.html",
            page("<ul id=\"list\"></ul> <a href=\"..\">up</a> <a href=\"../\">up</a>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems()).isEmpty();
    assertThat(report.linksChecked()).isEqualTo(8);
  }

  @Test
  void folderLinkWithoutIndexFails() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page("<a href=\"goals/\">a</a> <a href=\"goals\">b</a>"),
            "goals/a.html",
            page(""));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem("index.html", "goals/", "folder goals/ has no index.html"),
            new LinkProblem("index.html", "goals", "folder goals/ has no index.html"));
  }

  @Test
  void siteRootWithoutIndexFails() throws IOException {
    Map<String, String> files = site("goals/a.html", page("<a href=\"../\">home</a>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(new LinkProblem("goals/a.html", "../", "the site root has no index.html"));
  }

  @Test
  void missingTargetNamesResolvedPath() throws IOException {
    Map<String, String> files =
        site(
            "goals/index.html",
            page(
                "<a href=\"x/\">a</a> <a href=\"x\">b</a> <a href=\"../goals/x/index.html\">c</a>"
                    + " <a href=\"/assets/site.css/\">d</a>"),
            "assets/site.css",
            "body {}");

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem("goals/index.html", "x/", "no such file goals/x/index.html"),
            new LinkProblem("goals/index.html", "x", "no such file goals/x"),
            new LinkProblem(
                "goals/index.html", "../goals/x/index.html", "no such file goals/x/index.html"),
            new LinkProblem(
                "goals/index.html",
                "/assets/site.css/",
                "no such file assets/site.css/index.html"));
  }

  @Test
  void missingFragmentNamesDecodedIdAndTarget() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page(
                "<a href=\"goals/track/#setup\">a</a> <a href=\"goals/track/#steps\">b</a>"
                    + " <a href=\"#nowhere\">c</a>"),
            "goals/track/index.html",
            page("<h2 id=\"setup\">Setup</h2>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem(
                "index.html",
                "goals/track/#steps",
                "no element with id \"steps\" on goals/track/index.html"),
            new LinkProblem(
                "index.html", "#nowhere", "no element with id \"nowhere\" on index.html"));
  }

  @Test
  void fragmentMatchesIdsStrictly() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page(
                "<h1 id=\"intro\">x</h1> <a name=\"legacy\"></a>"
                    + " <a href=\"#intro\">ok</a> <a href=\"#Intro\">case</a>"
                    + " <a href=\"#top\">top</a> <a href=\"#legacy\">name</a>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem("index.html", "#Intro", "no element with id \"Intro\" on index.html"),
            new LinkProblem("index.html", "#top", "no element with id \"top\" on index.html"),
            new LinkProblem(
                "index.html", "#legacy", "no element with id \"legacy\" on index.html"));
  }

  @Test
  void fragmentOnNonHtmlTargetIsIgnored() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page("<a href=\"assets/guide.pdf#page=3\">a</a> <a href=\"notes.txt#x\">b</a>"),
            "assets/guide.pdf",
            "%PDF-1.7",
            "notes.txt",
            "plain text");

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems()).isEmpty();
    assertThat(report.linksChecked()).isEqualTo(2);
  }

  @Test
  void fragmentOnMissingTargetReportsOnlyTheFile() throws IOException {
    Map<String, String> files = site("index.html", page("<a href=\"gone.html#part\">a</a>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(new LinkProblem("index.html", "gone.html#part", "no such file gone.html"));
  }

  @Test
  void duplicateIdsReportedOncePerId() throws IOException {
    String body =
        "<h2 id=\"steps\">a</h2> <a href=\"#missing\">x</a> <p id=\"steps\">b</p>"
            + " <div id=\"note\"></div> <div id=\"note\"></div> <span id=\"steps\"></span>"
            + " <p id=\"\"></p> <p id=\"\"></p>";
    Map<String, String> files = site("index.html", page(body));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem(
                "index.html", "#missing", "no element with id \"missing\" on index.html"),
            new LinkProblem("index.html", "#steps", "duplicate id \"steps\", 3 elements"),
            new LinkProblem("index.html", "#note", "duplicate id \"note\", 2 elements"));
  }

  @Test
  void duplicateIdsOnSeveralPagesSortedByPage() throws IOException {
    Map<String, String> files =
        site(
            "z.html",
            page("<p id=\"a\"></p><p id=\"a\"></p>"),
            "b/index.html",
            page("<p id=\"a\"></p><p id=\"a\"></p>"),
            "a.html",
            page("<p id=\"a\"></p><p id=\"a\"></p>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .extracting(LinkProblem::page)
        .containsExactly("a.html", "b/index.html", "z.html");
  }
}
