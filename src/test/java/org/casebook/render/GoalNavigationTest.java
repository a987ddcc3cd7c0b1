package org.casebook.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casebook.testing.ContentFixture;
import org.casebook.testing.LargeCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header links each goal up to a dozen goals, and the list of goals past that. */
class GoalNavigationTest {
  @TempDir Path dir;

  @Test
  void twelveGoalsAreEachLinked() throws IOException {
    Document page = build(LargeCatalog.of(SiteRenderer.NAV_GOALS_MAX, 1, ""));

    assertThat(page.select("nav.goal-nav a[href^=./goals/]")).hasSize(SiteRenderer.NAV_GOALS_MAX);
    assertThat(page.select("nav.goal-nav a").eachText()).doesNotContain("All business goals");
  }

  @Test
  void thirteenGoalsLinkTheList() throws IOException {
    Document page = build(LargeCatalog.of(SiteRenderer.NAV_GOALS_MAX + 1, 1, ""));

    assertThat(page.select("nav.goal-nav a[href^=./goals/]")).hasSize(1);
    assertThat(page.select("nav.goal-nav a[href=./goals/]").text()).isEqualTo("All business goals");
  }

  private Document build(ContentFixture fixture) throws IOException {
    ContentFixture.Run run = fixture.build(dir);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Jsoup.parse(Files.readString(dir.resolve("site/index.html")));
  }
}
