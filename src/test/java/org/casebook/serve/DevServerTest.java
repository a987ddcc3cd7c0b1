package org.casebook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerTest {
  private static final String GOAL = "goals/optimize-advertising.yaml";
  private static final String GOAL_PAGE = "/goals/optimize-advertising/";

  @TempDir Path dir;
  private ServedSite site;

  @BeforeEach
  void start() throws IOException {
    site = new ServedSite(dir);
  }

  @AfterEach
  void stop() throws IOException {
    site.close();
  }

  @Test
  void editedTitleReloadsPage() throws Exception {
    ServedSite.EventQueue events = site.events();

    replaceInGoal("title: Optimize advertising", "title: Spend ads wisely");

    ServedSite.Event reload = events.await(event -> event.name().equals("reload"));
    assertThat(reload.data()).contains("\"" + GOAL_PAGE + "\"");
    Document page = Jsoup.parse(site.get(GOAL_PAGE).body());
    assertThat(page.title()).startsWith("Spend ads wisely");
  }

  @Test
  void vimStyleSavesAreEachPickedUp() throws Exception {
    ServedSite.EventQueue events = site.events();
    Path goal = site.content.resolve(GOAL);
    Path backup = site.content.resolve(GOAL + "~");

    for (int i = 1; i <= 5; i++) {
      String text = Files.readString(goal).replaceFirst("(?m)^title: .*$", "title: Save " + i);
      Files.move(goal, backup, StandardCopyOption.ATOMIC_MOVE);
      Files.writeString(goal, text);
      Files.delete(backup);

      events.await(event -> event.name().equals("reload"));
      Document page = Jsoup.parse(site.get(GOAL_PAGE).body());
      assertThat(page.title()).startsWith("Save " + i);
    }
  }

  @Test
  void atomicRenameSaveIsPickedUp() throws Exception {
    ServedSite.EventQueue events = site.events();
    Path goal = site.content.resolve(GOAL);
    Path temp = site.content.resolve("goals/.optimize-advertising.yaml.tmp");

    String text = Files.readString(goal).replaceFirst("(?m)^title: .*$", "title: Renamed in");
    Files.writeString(temp, text);
    Files.move(temp, goal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

    events.await(event -> event.name().equals("reload"));
    assertThat(Jsoup.parse(site.get(GOAL_PAGE).body()).title()).startsWith("Renamed in");
  }

  @Test
  void burstOfSavesRebuildsOnce() throws Exception {
    ServedSite.EventQueue events = site.events();
    int before = site.server.rebuilds();
    List<String> goals = List.of("optimize-advertising", "personalize-first-conversion",
        "boost-retention-upsell-and-cross-sell",
        "personalize-communications-and-product-experiences");

    for (String goal : goals) {
      Path file = site.content.resolve("goals/" + goal + ".yaml");
      Files.writeString(file, Files.readString(file).replaceFirst("(?m)^summary: ",
          "summary: now "));
    }

    events.await(event -> event.name().equals("reload"));
    // No file changes after the burst, so the count must stay put for several quiet periods.
    Thread.sleep(6 * DevServer.DEFAULT_QUIET_MILLIS);
    assertThat(site.server.rebuilds()).isEqualTo(before + 1);
    assertThat(events.drain()).noneMatch(event -> event.name().equals("reload"));
  }

  @Test
  void brokenYamlShowsOverlayUntilFixed() throws Exception {
    ServedSite.EventQueue events = site.events();
    Path goal = site.content.resolve(GOAL);
    String good = Files.readString(goal);

    Files.writeString(goal, good.replace("summary: ", "summary: [unclosed "));
    ServedSite.Event problems = events.await(event -> event.name().equals("problems"));
    assertThat(problems.data()).contains("optimize-advertising.yaml");

    HttpResponse<String> broken = site.get("/");
    assertThat(broken.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(broken.body());
    assertThat(page.select("main#main")).isNotEmpty();
    String location = page.select("#casebook-problems li code").first().text();
    assertThat(location).matches(".*goals/optimize-advertising\\.yaml:\\d+:\\d+");
    assertThat(page.select("#casebook-problems li").first().ownText()).isNotBlank();
    assertThat(page.select("#casebook-problems p").text()).endsWith("showing the last good build");

    Files.writeString(goal, good);
    ServedSite.Event cleared = events.await(event -> event.name().equals("problems"));
    assertThat(cleared.data()).isEqualTo("{\"problems\":[]}");
    assertThat(Jsoup.parse(site.get("/").body()).select("#casebook-problems")).isEmpty();
  }

  @Test
  void brokenLinkReloadsThenShowsOverlay() throws Exception {
    ServedSite.EventQueue events = site.events();
    Path useCase = site.content.resolve("use-cases/build-high-value-lookalikes.yaml");
    String good = Files.readString(useCase);

    Files.writeString(useCase, good + "description: See [the guide](../no-such-page/).\n");

    events.await(event -> event.name().equals("reload"));
    ServedSite.Event problems = events.await(event -> event.name().equals("problems"));
    assertThat(problems.data()).contains("broken link `../no-such-page/` in description")
        .contains("use-cases/build-high-value-lookalikes.yaml");
    Document page = Jsoup.parse(site.get("/use-cases/build-high-value-lookalikes/").body());
    assertThat(page.select("main a[href=../no-such-page/]")).hasSize(1);
    assertThat(page.select("#casebook-problems li").text()).contains("../no-such-page/");
    assertThat(page.select("#casebook-problems p").text()).isEqualTo("1 problem in the pages shown");
    assertThat(problems.data()).contains("\"title\":\"1 problem in the pages shown\"");

    Files.writeString(useCase, good);
    events.await(event -> event.name().equals("reload"));
    ServedSite.Event cleared = events.await(event -> event.name().equals("problems"));
    assertThat(cleared.data()).isEqualTo("{\"problems\":[]}");
    assertThat(Jsoup.parse(site.get("/").body()).select("#casebook-problems")).isEmpty();
  }

  @Test
  void overlayEscapesMessages() throws Exception {
    ServedSite.EventQueue events = site.events();
    replaceInGoal("use_case: suppress-with-purchase",
        "use_case: \"<img src=x onerror=alert(1)>\"");

    events.await(event -> event.name().equals("problems"));
    Document page = Jsoup.parse(site.get("/").body());
    assertThat(page.select("#casebook-problems")).isNotEmpty();
    assertThat(page.select("#casebook-problems img")).isEmpty();
    assertThat(page.select("#casebook-problems").text()).contains("<img src=x");
  }

  @Test
  void reloadScriptOnlyInServedHtml() throws Exception {
    Document page = Jsoup.parse(site.get("/").body());

    assertThat(page.select("body > script").last().data()).contains(SiteHandler.EVENTS_PATH);
    assertThat(site.out).doesNotExist();
  }

  @Test
  void newSubfolderIsWatched() throws Exception {
    ServedSite.EventQueue events = site.events();
    Path extra = site.templates.resolve("assets/extra");
    Files.createDirectories(extra);
    Files.writeString(extra.resolve("a.css"), "p { color: red; }\n");
    events.await(event -> event.data().contains("/assets/extra/a.css"));

    Files.writeString(extra.resolve("a.css"), "p { color: blue; }\n");

    events.await(event -> event.data().contains("/assets/extra/a.css"));
    assertThat(site.get("/assets/extra/a.css").body()).contains("blue");
  }

  @Test
  void deletedDuplicateClearsOverlay() throws Exception {
    ServedSite.EventQueue events = site.events();
    Path duplicate = site.content.resolve("goals/optimize-advertising.yml");

    Files.copy(site.content.resolve(GOAL), duplicate);
    ServedSite.Event problems = events.await(event -> event.name().equals("problems"));
    assertThat(problems.data()).contains("two files in goals/ are named optimize-advertising");

    Files.delete(duplicate);
    ServedSite.Event cleared = events.await(event -> event.name().equals("problems"));
    assertThat(cleared.data()).isEqualTo("{\"problems\":[]}");
    assertThat(Jsoup.parse(site.get(GOAL_PAGE).body()).select("#casebook-problems")).isEmpty();
  }

  @Test
  void editedIncludedPartReloadsPages() throws Exception {
    ServedSite.EventQueue events = site.events();
    Path part = site.templates.resolve("footer-note.ftl");
    Path layout = site.templates.resolve("layout.ftlh");
    Files.writeString(part, "<p class=\"note\">First note</p>\n");
    Files.writeString(layout, Files.readString(layout).replace("<footer class=\"site-footer\">",
        "<footer class=\"site-footer\">\n<#include \"footer-note.ftl\">"));
    events.await(event -> event.name().equals("reload"));
    assertThat(Jsoup.parse(site.get(GOAL_PAGE).body()).select("footer p.note").text())
        .isEqualTo("First note");

    Files.writeString(part, "<p class=\"note\">Second note</p>\n");

    ServedSite.Event reload = events.await(event -> event.name().equals("reload"));
    assertThat(reload.data()).contains("\"" + GOAL_PAGE + "\"");
    assertThat(Jsoup.parse(site.get(GOAL_PAGE).body()).select("footer p.note").text())
        .isEqualTo("Second note");
  }

  private void replaceInGoal(String from, String to) throws IOException {
    Path goal = site.content.resolve(GOAL);
    String text = Files.readString(goal);
    assertThat(text).contains(from);
    Files.writeString(goal, text.replace(from, to));
  }
}
