package org.casebook.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebook.diag.BuildFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path dir;

  private static final Map<String, byte[]> SITE =
      Map.of("index.html", "<p>new</p>".getBytes(), "goals/a/index.html", "<p>a</p>".getBytes());

  @Test
  void replacesThePreviousOutputAsAWhole() throws Exception {
    Path out = dir.resolve("site");
    SiteWriter.replace(out, Map.of("old.html", "<p>old</p>".getBytes()), List.of());
    SiteWriter.replace(out, SITE, List.of());
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("<p>new</p>");
    assertThat(out.resolve("old.html")).doesNotExist();
    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("site", ".site-lock");
    }
  }

  @Test
  void restoresTheBackupOfAnInterruptedSwap() throws Exception {
    Path out = dir.resolve("site");
    SiteWriter.replace(out, Map.of("index.html", "<p>previous</p>".getBytes()), List.of());
    Path backup = dir.resolve(".site-old-" + UUID.randomUUID());
    Files.move(out, backup);
    Path staging = Files.createDirectories(dir.resolve(".site-tmp-" + UUID.randomUUID()));
    Files.writeString(staging.resolve(OutputGuard.MARKER), "");

    SiteWriter.recover(out);

    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("<p>previous</p>");
    assertThat(backup).doesNotExist();
    assertThat(staging).doesNotExist();
  }

  @Test
  void leavesSimilarlyNamedUserFoldersAlone() throws Exception {
    Path out = dir.resolve("site");
    Path userBackup = Files.createDirectories(dir.resolve(".site-old-2024"));
    Files.writeString(userBackup.resolve("keep.txt"), "x");
    Path unmarked = Files.createDirectories(dir.resolve(".site-tmp-" + UUID.randomUUID()));
    Files.writeString(unmarked.resolve("notes.txt"), "y");

    SiteWriter.replace(out, SITE, List.of());
    SiteWriter.replace(out, SITE, List.of());

    assertThat(userBackup.resolve("keep.txt")).hasContent("x");
    assertThat(unmarked.resolve("notes.txt")).hasContent("y");
  }

  @Test
  void refusesAFolderInsideAnInput() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("templates/assets"));
    assertThatThrownBy(
            () -> SiteWriter.replace(templates.resolve("site"), SITE,
                List.of(dir.resolve("templates"))))
        .isInstanceOf(BuildFailedException.class)
        .hasMessageContaining("is inside the input folder");
    assertThat(templates.resolve("site")).doesNotExist();
  }

  @Test
  void refusesASecondWriterOfTheSameFolder() throws Exception {
    Path out = dir.resolve("site");
    assertThatThrownBy(() -> lockedElsewhere(out))
        .isInstanceOf(BuildFailedException.class)
        .hasMessageContaining("another build is writing this folder");
    assertThat(out).doesNotExist();
  }

  /** Runs a write while a separate JVM holds the output's lock. */
  private void lockedElsewhere(Path out) throws Exception {
    Path lock = dir.resolve(".site-lock");
    Process holder = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            "org.casebook.site.LockHolder", lock.toString())
        .redirectErrorStream(true)
        .start();
    try {
      assertThat(new String(holder.getInputStream().readNBytes(7))).isEqualTo("locked\n");
      SiteWriter.replace(out, SITE, List.of());
    } finally {
      holder.destroy();
      holder.waitFor();
    }
  }

  @Test
  void refusesTheContentFolderAndItsParents() throws Exception {
    Path content = Files.createDirectories(dir.resolve("project/content"));
    Files.writeString(content.resolve("site.yaml"), "title: x\n");
    for (Path out : List.of(content, dir.resolve("project"))) {
      assertThatThrownBy(() -> SiteWriter.replace(out, SITE, List.of(content)))
          .isInstanceOf(BuildFailedException.class)
          .hasMessageContaining("refusing to write the site here");
    }
    assertThat(content.resolve("site.yaml")).hasContent("title: x");
  }

  @Test
  void refusesAFolderThatCasebookDidNotWrite() throws Exception {
    Path notes = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(notes.resolve("todo.txt"), "keep me\n");
    assertThatThrownBy(() -> SiteWriter.replace(notes, SITE, List.of()))
        .isInstanceOf(BuildFailedException.class)
        .hasMessageContaining("already exists and holds files that Casebook did not write");
    assertThat(notes.resolve("todo.txt")).hasContent("keep me");
  }

  @Test
  void refusesTheProjectRoot() {
    assertThatThrownBy(() -> SiteWriter.replace(Path.of("."), SITE, List.of()))
        .isInstanceOf(BuildFailedException.class)
        .hasMessageContaining("is the project root");
  }

  @Test
  void refusesTheHomeFolder() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve(OutputGuard.MARKER), "");
    String before = System.getProperty("user.home");
    try {
      System.setProperty("user.home", home.toString());
      assertThatThrownBy(() -> SiteWriter.replace(home, SITE, List.of()))
          .isInstanceOf(BuildFailedException.class)
          .hasMessageContaining("is your home folder");
    } finally {
      System.setProperty("user.home", before);
    }
    assertThat(home.resolve(OutputGuard.MARKER)).exists();
  }

  @Test
  void writesIntoANewOrEmptyFolder() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    SiteWriter.replace(empty, SITE, List.of());
    assertThat(empty.resolve("goals/a/index.html")).hasContent("<p>a</p>");
    SiteWriter.replace(dir.resolve("deep/new/site"), SITE, List.of());
    assertThat(dir.resolve("deep/new/site/index.html")).exists();
  }
}
