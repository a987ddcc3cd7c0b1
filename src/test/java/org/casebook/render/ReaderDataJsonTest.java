package org.casebook.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.catalog.Catalog;
import org.casebook.catalog.CatalogLimits;
import org.casebook.catalog.CatalogLoader;
import org.casebook.catalog.Event;
import org.casebook.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search index and the planner data written from the project's real catalog. */
class ReaderDataJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Catalog catalog;

  @BeforeAll
  static void load() throws IOException {
    catalog = new CatalogLoader(CatalogLimits.DEFAULTS, new MarkdownRenderer())
        .load(Path.of("content"));
  }

  @Test
  void searchIndexHasOneDocumentPerItem() throws IOException {
    JsonNode documents = MAPPER.readTree(SearchIndexJson.write(catalog, new OutputMemo<>())).path("documents");
    long properties = catalog.events().stream().flatMap(e -> e.properties().stream())
        .distinct().count();
    assertThat(documents).hasSize(catalog.goals().size() + catalog.useCases().size()
        + catalog.events().size() + (int) properties);
    List<String> ids = new ArrayList<>();
    documents.forEach(document -> ids.add(document.path("id").asText()));
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).contains("goal:optimize-advertising", "event:order-completed",
        "use-case:mitigate-cart-abandonment", "property:order_id");
  }

  @Test
  void propertyDocumentNamesItsEvents() throws IOException {
    JsonNode property = document("property:order_id");
    assertThat(property.path("kind").asText()).isEqualTo("Property");
    assertThat(property.path("url").asText()).isEqualTo("events/");
    List<String> owners = catalog.events().stream()
        .filter(event -> event.properties().contains("order_id")).map(Event::name).toList();
    assertThat(owners).hasSizeGreaterThan(1);
    for (String owner : owners) {
      assertThat(property.path("related").asText()).contains(owner);
    }
  }

  @Test
  void useCaseDocumentListsPropertiesOfItsEvents() throws IOException {
    JsonNode useCase = document("use-case:build-high-value-lookalikes");
    assertThat(useCase.path("url").asText()).isEqualTo("use-cases/build-high-value-lookalikes/");
    assertThat(useCase.path("properties").asText().split(" ")).contains("order_id", "revenue");
  }

  private static JsonNode document(String id) throws IOException {
    for (JsonNode document : MAPPER.readTree(SearchIndexJson.write(catalog, new OutputMemo<>())).path("documents")) {
      if (document.path("id").asText().equals(id)) {
        return document;
      }
    }
    throw new AssertionError("no search document with id " + id);
  }

  @Test
  void plannerDataRefersToEventsBySlug() throws IOException {
    JsonNode data = MAPPER.readTree(PlannerJson.write(catalog, new OutputMemo<>()));
    assertThat(data.path("goals")).hasSize(catalog.goals().size());
    for (JsonNode goal : data.path("goals")) {
      for (JsonNode useCase : goal.path("useCases")) {
        for (JsonNode event : useCase.path("events")) {
          assertThat(data.path("events").has(event.asText())).as(event.asText()).isTrue();
        }
        for (JsonNode source : useCase.path("sources")) {
          assertThat(data.path("sources").has(source.asText())).as(source.asText()).isTrue();
        }
      }
    }
  }

  @Test
  void plannerDataStaysInsideScriptElement() throws IOException {
    Event hostile = new Event("x", "x", "</script><b>&amp;\u2028", "", List.of("a<b"), List.of());
    Catalog withHostile = new Catalog(catalog.site(), catalog.goals(), catalog.useCases(), List.of(hostile),
        catalog.sources(), catalog.destinations(), List.of());
    String json = PlannerJson.write(withHostile, new OutputMemo<>());
    assertThat(json).doesNotContain("<", ">", "&", "\u2028");

    Document page = Jsoup.parse("<script type=\"application/json\" id=\"d\">" + json
        + "</script><p id=\"after\">after</p>");
    JsonNode parsed = MAPPER.readTree(page.getElementById("d").data());
    assertThat(parsed.path("events").path("x").path("name").asText())
        .isEqualTo("</script><b>&amp;\u2028");
    assertThat(parsed.path("events").path("x").path("properties").get(0).asText())
        .isEqualTo("a<b");
    assertThat(page.getElementById("after")).isNotNull();
  }
}
