package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casebook.testing.ContentFixture;
import org.casebook.testing.ContentFixture.Run;
import org.casebook.testing.FileTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  @Test
  void helpListsTheCommands() {
    Run run = Run.of("--help");
    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(run.out()).contains("build").contains("check");
  }

  @Test
  void buildHelpNamesEveryOption() {
    Run run = Run.of("build", "--help");
    assertThat(run.exitCode()).isEqualTo(Main.OK);
    for (String option : new String[] {"--content", "--templates", "--out", "--base-url",
        "--max-file-size", "--max-yaml-nodes", "--max-yaml-depth"}) {
      assertThat(run.out()).contains(option);
    }
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run run = Run.of("build", "--contnet", "x");
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("--contnet");
  }

  @Test
  void relativeBaseUrlIsAUsageError() {
    Run run = Run.of("build", "--base-url", "docs/");
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("invalid --base-url 'docs/'");
  }

  @Test
  void missingContentFolderIsReported() {
    Run run = Run.of("build", "--content", dir.resolve("nothing").toString(), "--out",
        dir.resolve("site").toString());
    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).contains("nothing: error: content folder not found");
  }

  @Test
  void refusedOutputFolderIsAUsageError() throws Exception {
    Path content = new ContentFixture().write(dir);
    String before = Files.readString(content.resolve("site.yaml"));

    Run run = Run.of("build", "--content", content.toString(), "--templates",
        ContentFixture.TEMPLATES.toString(), "--out", content.toString());

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("refusing to write the site here: the folder is the input"
        + " folder");
    assertThat(content.resolve("site.yaml")).hasContent(before);
    assertThat(content.resolve(".casebook-output")).doesNotExist();
  }

  @Test
  void checkOfAMissingFolderIsAUsageError() {
    Run run = Run.of("check", dir.resolve("nothing").toString());
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("folder not found");
  }

  @Test
  void checkOfAFolderWithoutPagesIsAProblem() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "no pages here\n");
    Run run = Run.of("check", dir.toString());
    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).contains("no .html pages found in " + dir);
  }

  @Test
  void checkOfAFileNamesItAsNotAFolder() throws IOException {
    Path page = Files.writeString(dir.resolve("index.html"), "<p>x</p>");
    Run run = Run.of("check", page.toString());
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("not a folder: " + page);
  }

  @Test
  void checkPrintsControlCharactersEscaped() throws IOException {
    Files.writeString(dir.resolve("index.html"), "<a href=\"a%0Ab.html\">x</a>");
    Run run = Run.of("check", dir.toString());
    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err().lines().filter(line -> line.startsWith("index.html: ")).toList())
        .containsExactly("index.html: a%0Ab.html (no such file a\\u000Ab.html)");
  }

  @Test
  void checkReportsBrokenLinksOfAnyHtmlFolder() throws IOException {
    Files.writeString(dir.resolve("index.html"),
        "<a href=\"missing.html\">x</a><a href=\"#nowhere\">y</a><p id=\"a\"></p><p id=\"a\"></p>");
    Run run = Run.of("check", dir.toString());
    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err().lines().filter(line -> line.startsWith("index.html: ")).toList())
        .containsExactly(
            "index.html: missing.html (no such file missing.html)",
            "index.html: #nowhere (no element with id \"nowhere\" on index.html)",
            "index.html: #a (duplicate id \"a\", 2 elements)");
  }

  @Test
  void templateErrorNamesTheTemplatePosition() throws IOException {
    Path templates = dir.resolve("templates");
    FileTrees.copy(ContentFixture.TEMPLATES, templates);
    Path goal = templates.resolve("goal.ftlh");
    Files.writeString(goal, Files.readString(goal).replace("${goal.title}</h1>",
        "${goal.titel}</h1>"));
    Path content = new ContentFixture().write(dir);
    Run run = Run.of("build", "--content", content.toString(), "--templates",
        templates.toString(), "--out", dir.resolve("site").toString());
    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).startsWith(goal + ":4:7: error: template error: `goal.titel` is null"
        + " or missing\n  <h1>${goal.titel}</h1>\n        ^\n");
    assertThat(dir.resolve("site")).doesNotExist();
  }
}
