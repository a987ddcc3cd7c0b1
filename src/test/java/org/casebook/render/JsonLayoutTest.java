package org.casebook.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.casebook.catalog.Catalog;
import org.casebook.catalog.CatalogLimits;
import org.casebook.catalog.CatalogLoader;
import org.casebook.catalog.Site;
import org.casebook.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

/**
 * catalog.json and search-index.json are joined from stored parts as bytes. The joined text is
 * exactly what Jackson writes for the same tree, so the files keep one layout.
 */
class JsonLayoutTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void catalogJsonMatchesPrettyPrinter() throws IOException {
    byte[] json = CatalogJson.write(realCatalog(), new OutputMemo<>());

    assertThat(text(json)).isEqualTo(pretty(json));
  }

  @Test
  void catalogJsonWithoutGoals() throws IOException {
    byte[] json = CatalogJson.write(emptyCatalog(), new OutputMemo<>());

    assertThat(text(json)).isEqualTo(pretty(json));
    assertThat(MAPPER.readTree(json).path("goals").isEmpty()).isTrue();
  }

  @Test
  void searchIndexMatchesCompactWriter() throws IOException {
    byte[] json = SearchIndexJson.write(realCatalog(), new OutputMemo<>());

    assertThat(text(json)).isEqualTo(text(MAPPER.writeValueAsBytes(MAPPER.readTree(json))) + "\n");
  }

  @Test
  void searchIndexWithoutDocuments() throws IOException {
    byte[] json = SearchIndexJson.write(emptyCatalog(), new OutputMemo<>());

    assertThat(text(json)).isEqualTo("{\"documents\":[]}\n");
  }

  private static Catalog realCatalog() throws IOException {
    return new CatalogLoader(CatalogLimits.DEFAULTS, new MarkdownRenderer())
        .load(Path.of("content"));
  }

  private static Catalog emptyCatalog() {
    return new Catalog(new Site("Empty", "", "en", "", "", ""), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
  }

  private static String pretty(byte[] json) throws IOException {
    return MAPPER.writer(CatalogJson.PRINTER).writeValueAsString(MAPPER.readTree(json)) + "\n";
  }

  private static String text(byte[] json) {
    return new String(json, StandardCharsets.UTF_8);
  }
}
