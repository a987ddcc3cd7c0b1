package org.casebook.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.casebook.catalog.CatalogLimits;
import org.casebook.catalog.CatalogLoader;
import org.casebook.markdown.MarkdownRenderer;
import org.casebook.testing.FileTrees;
import org.casebook.testing.LargeCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A renderer that reuses pages and stored fragments from earlier renders gives, after each edit,
 * exactly the files that a new renderer gives.
 */
class IncrementalRenderTest {
  @TempDir Path dir;
  private Path content;
  private Path templates;
  private SiteRenderer reused;
  private CatalogLoader reusedLoader;
  /** The content files written since the last render, passed to the reused loader as changed. */
  private final Set<Path> edited = new HashSet<>();

  @BeforeEach
  void copyProject() throws IOException {
    content = FileTrees.copy(Path.of("content"), dir.resolve("content"));
    templates = FileTrees.copy(Path.of("templates"), dir.resolve("templates"));
    reused = new SiteRenderer(templates);
    reusedLoader = new CatalogLoader(CatalogLimits.DEFAULTS, new MarkdownRenderer());
    assertSameAsFresh();
  }

  @Test
  void useCaseTitleAndSummary() throws IOException {
    edit("use-cases/build-high-value-lookalikes.yaml", "(?m)^title: .*$", "title: Find twins");
    assertSameAsFresh();
    edit("use-cases/build-high-value-lookalikes.yaml", "(?m)^summary: .*$", "summary: grow");
    assertSameAsFresh();
  }

  @Test
  void goalTitleAndOrder() throws IOException {
    edit("goals/optimize-advertising.yaml", "(?m)^title: .*$", "title: Spend less on ads");
    assertSameAsFresh();
    String site = Files.readString(content.resolve("site.yaml"));
    edited.add(content.resolve("site.yaml").toAbsolutePath());
    Files.writeString(content.resolve("site.yaml"),
        site.replace("  - optimize-advertising\n", "").replace("goals:\n",
            "goals:\n  - optimize-advertising\n"));
    assertSameAsFresh();
  }

  @Test
  void eventPropertiesAndChannelName() throws IOException {
    edit("events/order-completed.yaml", "(?m)^properties:", "properties:\n  - coupon");
    assertSameAsFresh();
    edit("channels.yaml", "  - name: Website\n", "  - name: Website\n    description: Pages in a browser.\n");
    assertSameAsFresh();
  }

  @Test
  void goalTitleWithoutGoalLinksInTheHeader() throws IOException {
    content = LargeCatalog.of(SiteRenderer.NAV_GOALS_MAX + 1, 3, "").write(dir.resolve("large"));
    assertSameAsFresh();

    edit("goals/goal-2.yaml", "(?m)^title: .*$", "title: Second goal renamed");
    assertSameAsFresh();
    edit("use-cases/use-case-1-of-goal-2.yaml", "(?m)^summary: .*$", "summary: edited");
    assertSameAsFresh();
  }

  @Test
  void publishSettingsChange() throws IOException {
    PublishSettings published = new PublishSettings(
        "/docs/", "https://example.org/docs/", java.util.Optional.empty());
    var catalog = reusedLoader.load(content, edited);

    SortedMap<String, byte[]> incremental = reused.render(catalog, published);
    SortedMap<String, byte[]> fresh = new SiteRenderer(templates).render(catalog, published);

    assertThat(asText(incremental)).isEqualTo(asText(fresh));
    assertSameAsFresh();
  }

  @Test
  void templateEdit() throws IOException {
    Path table = templates.resolve("tables.ftlh");
    Files.writeString(table, Files.readString(table).replace("Events to track for", "Track for"));
    assertSameAsFresh();
  }

  @Test
  void templateEditThatKeepsTheModificationTime() throws IOException {
    Path table = templates.resolve("tables.ftlh");
    FileTime before = Files.getLastModifiedTime(table);
    Files.writeString(table, Files.readString(table).replace("Events to track for", "Track for"));
    Files.setLastModifiedTime(table, before);
    assertSameAsFresh();
  }

  private void edit(String file, String regex, String replacement) throws IOException {
    Path path = content.resolve(file);
    String before = Files.readString(path);
    String after = before.replaceFirst(regex, replacement);
    assertThat(after).as("edit of %s", file).isNotEqualTo(before);
    Files.writeString(path, after);
    edited.add(path.toAbsolutePath());
  }

  /** Loads with the reused loader, given the changed files, and compares with a new build. */
  private void assertSameAsFresh() throws IOException {
    SortedMap<String, byte[]> incremental = reused.render(reusedLoader.load(content, edited));
    edited.clear();
    CatalogLoader loader = new CatalogLoader(CatalogLimits.DEFAULTS, new MarkdownRenderer());
    SortedMap<String, byte[]> fresh = new SiteRenderer(templates).render(loader.load(content));
    assertThat(asText(incremental)).isEqualTo(asText(fresh));
  }

  private static Map<String, String> asText(SortedMap<String, byte[]> files) {
    Map<String, String> text = new TreeMap<>();
    files.forEach((path, bytes) -> text.put(path, new String(bytes, StandardCharsets.UTF_8)));
    return text;
  }
}
