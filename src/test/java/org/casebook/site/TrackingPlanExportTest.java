package org.casebook.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compares the tracking plan downloads with catalog.json for the project's own content. */
class TrackingPlanExportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static SortedMap<String, byte[]> files;
  private static JsonNode catalog;

  /** An event of a plan as catalog.json implies it. */
  private record ExpectedEvent(String name, List<String> properties, List<String> useCases) {}

  @BeforeAll
  static void render() throws IOException {
    files = RealSite.render("/", "", Map.of()).files();
    catalog = MAPPER.readTree(files.get("catalog.json"));
  }

  @Test
  void goalPlansMatchCatalog() throws IOException {
    assertThat(catalog.get("goals")).isNotEmpty();
    for (JsonNode goal : catalog.get("goals")) {
      String folder = "goals/" + goal.get("slug").asText() + "/";
      List<ExpectedEvent> expected = expectedEvents(goal.get("useCases"));

      JsonNode json = json(folder + "tracking-plan.json");
      assertThat(json.get("goal").get("slug").asText()).isEqualTo(goal.get("slug").asText());
      assertThat(json.get("goal").get("title").asText()).isEqualTo(goal.get("title").asText());
      assertThat(events(json)).as(folder + "tracking-plan.json").isEqualTo(expected);
      assertThat(csv(folder + "tracking-plan.csv")).as(folder + "tracking-plan.csv")
          .isEqualTo(expected);
    }
  }

  @Test
  void useCasePlansMatchCatalog() throws IOException {
    int checked = 0;
    for (JsonNode goal : catalog.get("goals")) {
      for (JsonNode useCase : goal.get("useCases")) {
        String folder = "use-cases/" + useCase.get("slug").asText() + "/";
        List<ExpectedEvent> expected = expectedEvents(List.of(useCase));

        JsonNode json = json(folder + "tracking-plan.json");
        assertThat(json.get("useCase").get("slug").asText())
            .isEqualTo(useCase.get("slug").asText());
        assertThat(events(json)).as(folder + "tracking-plan.json").isEqualTo(expected);
        assertThat(csv(folder + "tracking-plan.csv")).as(folder + "tracking-plan.csv")
            .isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void goalPlanListsSharedEventOnce() throws IOException {
    JsonNode json = json("goals/optimize-advertising/tracking-plan.json");
    List<String> names = new ArrayList<>();
    json.get("events").forEach(event -> names.add(event.get("name").asText()));

    assertThat(names).doesNotHaveDuplicates();
    assertThat(names).contains("Order Completed");
    JsonNode orderCompleted = json.get("events").get(names.indexOf("Order Completed"));
    assertThat(orderCompleted.get("useCases").size()).isGreaterThan(1);
  }

  @Test
  void csvUsesCrlfAndHeader() {
    String text = new String(files.get("goals/optimize-advertising/tracking-plan.csv"),
        StandardCharsets.UTF_8);

    assertThat(text).startsWith("event,properties,use_cases\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void pagesLinkTheirPlans() {
    for (String page : List.of("goals/optimize-advertising/index.html",
        "use-cases/accelerate-signup/index.html")) {
      Document html = Jsoup.parse(new String(files.get(page), StandardCharsets.UTF_8));

      assertThat(html.select("a[download]").eachAttr("href")).as(page)
          .containsExactly("tracking-plan.csv", "tracking-plan.json");
    }
  }

  /** Returns the union of the use cases' events in first-appearance order. */
  private static List<ExpectedEvent> expectedEvents(Iterable<JsonNode> useCases) {
    Map<String, ExpectedEvent> events = new LinkedHashMap<>();
    for (JsonNode useCase : useCases) {
      for (JsonNode event : useCase.get("events")) {
        String name = event.get("name").asText();
        ExpectedEvent known = events.computeIfAbsent(name,
            key -> new ExpectedEvent(key, texts(event.get("properties")), new ArrayList<>()));
        String slug = useCase.get("slug").asText();
        if (!known.useCases().contains(slug)) {
          known.useCases().add(slug);
        }
      }
    }
    return List.copyOf(events.values());
  }

  private static List<ExpectedEvent> events(JsonNode plan) {
    List<ExpectedEvent> events = new ArrayList<>();
    for (JsonNode event : plan.get("events")) {
      events.add(new ExpectedEvent(event.get("name").asText(), texts(event.get("properties")),
          texts(event.get("useCases"))));
    }
    return events;
  }

  private static List<ExpectedEvent> csv(String path) throws IOException {
    String text = new String(files.get(path), StandardCharsets.UTF_8);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<ExpectedEvent> events = new ArrayList<>();
    for (CSVRecord row : format.parse(new StringReader(text))) {
      events.add(new ExpectedEvent(row.get("event"), split(row.get("properties")),
          split(row.get("use_cases"))));
    }
    return events;
  }

  private static List<String> split(String list) {
    return list.isEmpty() ? List.of() : List.of(list.split("; ", -1));
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static JsonNode json(String path) throws IOException {
    assertThat(files).containsKey(path);
    return MAPPER.readTree(files.get(path));
  }
}
