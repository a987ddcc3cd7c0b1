package org.casebook.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.linkcheck.SiteFixture.checkBoth;
import static org.casebook.linkcheck.SiteFixture.page;
import static org.casebook.linkcheck.SiteFixture.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {

  @TempDir Path root;

  private final LinkChecker checker = LinkChecker.builder().build();

  @Test
  void reportsMissingPageFragmentAndDuplicateIdSorted() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page("<a href=\"goals/missing.html\">x</a> <a href=\"about.html#team\">y</a>"),
            "about.html",
            page("<h1 id=\"intro\">About</h1> <p id=\"intro\">Again</p>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem("about.html", "#intro", "duplicate id \"intro\", 2 elements"),
            new LinkProblem("index.html", "goals/missing.html", "no such file goals/missing.html"),
            new LinkProblem(
                "index.html", "about.html#team", "no element with id \"team\" on about.html"));
    assertThat(report.pagesChecked()).isEqualTo(2);
    assertThat(report.linksChecked()).isEqualTo(2);
    assertThat(report.ok()).isFalse();
  }

  @Test
  void acceptsWorkingLinks() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page(
                "<a href=\"about.html\">a</a> <a href=\"about.html#team\">b</a>"
                    + " <a href=\"goals/a.html\">c</a> <a href=\"#top\">d</a>"
                    + " <img src=\"assets/logo.png\"> <div id=\"top\"></div>"),
            "about.html",
            page("<section id=\"team\"></section>"),
            "goals/a.html",
            page("<a href=\"../index.html#top\">home</a> <a href=\"a.html\">self</a>"),
            "assets/logo.png",
            "png");

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems()).isEmpty();
    assertThat(report.ok()).isTrue();
    assertThat(report.pagesChecked()).isEqualTo(3);
    assertThat(report.linksChecked()).isEqualTo(7);
  }

  @Test
  void checksEveryLinkAttribute() throws IOException {
    String body =
        """
        <link rel="stylesheet" href="l.css">
        <a href="a.html">a</a>
        <map name="m"><area href="area.html" alt="x"></map>
        <img src="img.png" srcset="set1.png 1x, set2.png 2x">
        <script src="s.js"></script>
        <iframe src="frame.html"></iframe>
        <picture><source srcset="wide.webp 800w,narrow.webp 400w"></picture>
        <audio src="a.mp3"><source src="a.ogg"></audio>
        <video src="v.mp4"><track src="t.vtt"></video>
        <embed src="e.swf">
        <input type="image" src="button.png" alt="go">
        """;
    Map<String, String> files = site("index.html", page(body));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .extracting(LinkProblem::link)
        .containsExactly(
            "l.css",
            "a.html",
            "area.html",
            "img.png",
            "set1.png",
            "set2.png",
            "s.js",
            "frame.html",
            "wide.webp",
            "narrow.webp",
            "a.mp3",
            "a.ogg",
            "v.mp4",
            "t.vtt",
            "e.swf",
            "button.png");
    assertThat(report.problems().get(0).reason()).isEqualTo("no such file l.css");
    assertThat(report.linksChecked()).isEqualTo(16);
  }

  @Test
  void ignoresAttributesOutsideTheLinkList() throws IOException {
    String body =
        "<div href=\"nope.html\" src=\"nope.png\"></div> <a src=\"nope.png\">a</a>"
            + " <img href=\"nope.html\"> <script srcset=\"nope.png\"></script>";
    Map<String, String> files = site("index.html", page(body));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems()).isEmpty();
    assertThat(report.linksChecked()).isZero();
  }

  @Test
  void skipsExternalLinksWithoutCountingThem() throws IOException {
    String body =
        """
        <a href="http://example.com/missing.html">a</a>
        <a href="https://example.com/x#nope">b</a>
        <a href="mailto:team@example.com">c</a>
        <a href="tel:+1-555-0100">d</a>
        <img src="data:image/png;base64,iVBORw0KGgo=">
        <a href="javascript:void(0)">e</a>
        <a href="web+casebook:goal/1">f</a>
        <a href="FTP://example.com/file">g</a>
        <script src="//cdn.example.com/lib.js"></script>
        <a href="  https://example.com/padded">h</a>
        <img srcset="https://example.com/a.png 1x, data:image/png;base64,AA,BB 2x">
        """;
    Map<String, String> files = site("index.html", page(body));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems()).isEmpty();
    assertThat(report.linksChecked()).isZero();
  }

  @Test
  void countsOnlyInternalLinks() throws IOException {
    String body =
        "<a href=\"https://example.com/\">ext</a> <a href=\"index.html\">in</a>"
            + " <a href=\"missing.html\">in</a> <a href=\"//cdn.example.com/\">ext</a>"
            + " <a href=\"\">empty</a> <a href=\"#\">hash</a>";
    Map<String, String> files = site("index.html", page(body));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.linksChecked()).isEqualTo(4);
    assertThat(report.problems())
        .containsExactly(
            new LinkProblem("index.html", "missing.html", "no such file missing.html"));
  }

  @Test
  void acceptsEmptyHrefAndBareHash() throws IOException {
    Map<String, String> files =
        site("index.html", page("<a href=\"\">a</a> <a href=\"#\">b</a> <a href=\" \">c</a>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems()).isEmpty();
    assertThat(report.linksChecked()).isEqualTo(3);
  }

  @Test
  void stripsQueryBeforeMatching() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page(
                "<a href=\"about.html?lang=en\">a</a> <a href=\"about.html?lang=en#team\">b</a>"
                    + " <a href=\"?page=2\">c</a> <a href=\"missing.html?x=1\">d</a>"),
            "about.html",
            page("<p id=\"team\"></p>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem("index.html", "missing.html?x=1", "no such file missing.html"));
  }

  @Test
  void rejectsLinksAboveSiteRoot() throws IOException {
    Map<String, String> files =
        site(
            "index.html",
            page("<a href=\"../outside.html\">a</a> <a href=\"/../outside.html\">b</a>"),
            "goals/a.html",
            page(
                "<a href=\"../index.html\">up</a> <a href=\"../../index.html\">above</a>"
                    + " <a href=\"x/../../../index.html\">above</a> <a href=\"..\">root</a>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem("goals/a.html", "../../index.html", "outside the site"),
            new LinkProblem("goals/a.html", "x/../../../index.html", "outside the site"),
            new LinkProblem("index.html", "../outside.html", "outside the site"),
            new LinkProblem("index.html", "/../outside.html", "outside the site"));
  }

  @Test
  void resolvesRelativeLinksAgainstPageFolder() throws IOException {
    Map<String, String> files =
        site(
            "goals/track/index.html",
            page(
                "<a href=\"details.html\">a</a> <a href=\"./details.html\">b</a>"
                    + " <a href=\"../other/index.html\">c</a> <a href=\"index.html\">d</a>"
                    + " <a href=\"nested//details.html\">e</a>"),
            "goals/track/details.html",
            page(""),
            "goals/track/nested/details.html",
            page(""),
            "goals/other/index.html",
            page(""));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems()).isEmpty();
    assertThat(report.linksChecked()).isEqualTo(5);
  }

  @Test
  void namesPageWithForwardSlashes() throws IOException {
    Map<String, String> files =
        site("goals/optimize-advertising/index.html", page("<a href=\"gone.html\">x</a>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem(
                "goals/optimize-advertising/index.html",
                "gone.html",
                "no such file goals/optimize-advertising/gone.html"));
  }

  @Test
  void keepsLinkExactlyAsWritten() throws IOException {
    Map<String, String> files =
        site("index.html", page("<a href=\" gone.html?a=1&amp;b=2 \">x</a>"));

    LinkCheckReport report = checkBoth(checker, root, files);

    assertThat(report.problems())
        .containsExactly(
            new LinkProblem("index.html", " gone.html?a=1&b=2 ", "no such file gone.html"));
  }

  @Test
  void checksPagesThatDeclareAnotherCharset() throws IOException {
    String latin1Page =
        "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"></head>"
            + "<body><h1 id=\"caf\u00e9\">Caf\u00e9</h1><a href=\"#caf%C3%A9\">x</a></body></html>";
    Files.write(root.resolve("index.html"), latin1Page.getBytes(StandardCharsets.ISO_8859_1));

    LinkCheckReport report = checker.check(root);

    assertThat(report.problems()).isEmpty();
    assertThat(report.linksChecked()).isEqualTo(1);
  }
}
