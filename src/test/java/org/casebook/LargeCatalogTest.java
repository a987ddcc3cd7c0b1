package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.casebook.testing.ContentFixture;
import org.casebook.testing.ContentFixture.Run;
import org.casebook.testing.LargeCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A catalog far larger than the real one, with a single content file over 3 MiB. */
class LargeCatalogTest {
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void fortyGoalsOfThreeHundredUseCasesBuild(@TempDir Path dir) throws IOException {
    String longDescription = "description: |\n"
        + "  Generated text that makes this file larger than three mebibytes.\n".repeat(60_000);
    ContentFixture fixture = LargeCatalog.of(40, 300, "");
    Path content = fixture.write(dir);
    Path goalFile = content.resolve("goals/goal-1.yaml");
    Files.writeString(goalFile, Files.readString(goalFile) + longDescription);
    assertThat(Files.size(goalFile)).isGreaterThan(3L << 20);

    Run run = Run.of("build", "--content", content.toString(), "--templates",
        ContentFixture.TEMPLATES.toString(), "--out", dir.resolve("site").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Set<String> ids = new HashSet<>();
    int sections = 0;
    for (int g = 1; g <= 40; g++) {
      Path page = dir.resolve("site/goals/goal-number-" + g + "/index.html");
      Document document = Jsoup.parse(page.toFile(), "UTF-8");
      List<String> sectionIds = document.select("#main [id^=use-case-]").eachAttr("id");
      sections += sectionIds.size();
      ids.addAll(sectionIds);
    }
    assertThat(sections).isEqualTo(12_000);
    assertThat(ids).hasSize(12_000);
  }
}
