package org.casebook.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Writes a large catalog: 20 goals of 500 use cases each, reusing the existing events. */
final class SyntheticCatalog {
  static final int GOALS = 20;
  static final int USE_CASES_PER_GOAL = 500;

  private SyntheticCatalog() {}

  static void write(Path content) throws IOException {
    List<String> events = eventSlugs(content);
    clear(content.resolve("goals"));
    clear(content.resolve("use-cases"));
    StringBuilder siteGoals = new StringBuilder("goals:\n");
    for (int g = 1; g <= GOALS; g++) {
      StringBuilder goal = new StringBuilder()
          .append("title: Goal ").append(g).append('\n')
          .append("slug: goal-").append(g).append('\n')
          .append("summary: reach goal ").append(g).append('\n')
          .append("use_cases:\n");
      for (int u = 1; u <= USE_CASES_PER_GOAL; u++) {
        String slug = "case-" + g + "-" + u;
        goal.append("  - use_case: ").append(slug).append('\n')
            .append("    sources: [Website, Mobile]\n")
            .append("    destinations: [Analytics, Advertising]\n");
        Files.writeString(content.resolve("use-cases/" + slug + ".yaml"),
            "title: Case " + g + "-" + u + "\nslug: " + slug + "\nsummary: do thing " + u
                + "\nevents:\n  - " + events.get(u % events.size()) + "\n  - "
                + events.get((u + 1) % events.size()) + "\n");
      }
      Files.writeString(content.resolve("goals/goal-" + g + ".yaml"), goal);
      siteGoals.append("  - goal-").append(g).append('\n');
    }
    Path site = content.resolve("site.yaml");
    String text = Files.readString(site);
    Files.writeString(site, text.substring(0, text.indexOf("goals:\n")) + siteGoals);
  }

  private static List<String> eventSlugs(Path content) throws IOException {
    try (Stream<Path> files = Files.list(content.resolve("events"))) {
      return files.map(file -> file.getFileName().toString().replace(".yaml", "")).sorted()
          .toList();
    }
  }

  private static void clear(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }
}
