package org.casebook.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks a generated site of a few thousand pages for correct results. */
class LinkCheckerLargeSiteTest {

  private static final int PAGE_COUNT = 3000;

  @TempDir Path root;

  @Test
  void largeSiteReportsExactProblems() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("index.html", SiteFixture.page("<a href=\"goals/g0000/\">first</a>"));
    List<LinkProblem> expected = new ArrayList<>();
    for (int i = 0; i < PAGE_COUNT; i++) {
      String path = goalPath(i);
      files.put(path, goalPage(i));
      if (i % 500 == 499) {
        expected.add(new LinkProblem(path, "../missing/", "no such file goals/missing/index.html"));
      }
    }
    SiteFixture.write(root, files);
    LinkChecker checker = LinkChecker.builder().build();

    LinkCheckReport report = checker.check(root);

    assertThat(report.pagesChecked()).isEqualTo(PAGE_COUNT + 1);
    assertThat(report.linksChecked()).isEqualTo(1 + PAGE_COUNT * 3 + PAGE_COUNT / 500);
    assertThat(report.problems()).containsExactlyElementsOf(expected);
    assertThat(checker.check(SiteFixture.toBytes(files))).isEqualTo(report);
  }

  private static String goalPath(int i) {
    return "goals/" + String.format("g%04d", i) + "/index.html";
  }

  /** Returns a goal page that links to the next goal's section, home and the previous goal. */
  private static String goalPage(int i) {
    int next = (i + 1) % PAGE_COUNT;
    int previous = (i + PAGE_COUNT - 1) % PAGE_COUNT;
    StringBuilder body = new StringBuilder();
    body.append("<h1 id=\"title\">Goal ").append(i).append("</h1>\n");
    body.append("<section id=\"section\"></section>\n");
    body.append(String.format("<a href=\"../g%04d/#section\">next</a>%n", next));
    body.append("<a href=\"/index.html\">home</a>\n");
    body.append(
        String.format("<a href=\"/goals/g%04d/index.html#title\">previous</a>%n", previous));
    if (i % 500 == 499) {
      body.append("<a href=\"../missing/\">broken</a>\n");
    }
    return SiteFixture.page(body.toString());
  }
}
