package org.casebook.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casebook.testing.ContentFixture;
import org.casebook.testing.ContentFixture.Run;
import org.casebook.testing.LargeCatalog;
import org.casebook.testing.SiteHashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a build process at several moments and checks that the output folder always contains one
 * whole site, the previous or the new one, never a mix or a partial one.
 */
class InterruptedBuildTest {
  @Test
  void killedBuildLeavesOneWholeSite(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    Path oldContent = LargeCatalog.of(4, 250, "").write(dir.resolve("old"));
    Path newContent = LargeCatalog.of(4, 250, " v2").write(dir.resolve("new"));
    Run first = Run.of("build", "--content", oldContent.toString(), "--templates",
        ContentFixture.TEMPLATES.toString(), "--out", out.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    Map<String, String> oldSite = SiteHashes.of(out);
    Path reference = dir.resolve("reference");
    Run expected = Run.of("build", "--content", newContent.toString(), "--templates",
        ContentFixture.TEMPLATES.toString(), "--out", reference.toString());
    assertThat(expected.exitCode()).as(expected.err()).isZero();
    Map<String, String> newSite = SiteHashes.of(reference);
    assertThat(newSite).isNotEqualTo(oldSite);

    for (long delay : List.of(300L, 700L, 1100L, 1500L, 1900L, 2400L, 3000L, 4000L)) {
      Process build = startBuild(newContent, out);
      boolean finished = build.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        build.destroyForcibly().waitFor();
      }
      SiteWriter.recover(out);
      Map<String, String> now = SiteHashes.of(out);
      // A kill after the swap but before the process exits leaves the new site, which is whole.
      assertThat(now).as("after a kill at %d ms", delay).isIn(oldSite, newSite);
      try (var siblings = Files.list(dir)) {
        assertThat(siblings.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("site", ".site-lock", "old", "new", "reference",
                ".reference-lock");
      }
      if (now.equals(newSite)) {
        break;
      }
    }
  }

  private static Process startBuild(Path content, Path out) throws Exception {
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.casebook.cli.Main",
        "build", "--content", content.toString(), "--templates",
        ContentFixture.TEMPLATES.toString(), "--out", out.toString());
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
