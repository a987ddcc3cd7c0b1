package org.casebook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.casebook.catalog.Catalog;
import org.casebook.catalog.Event;
import org.casebook.catalog.Goal;
import org.casebook.catalog.UseCase;

/**
 * Writes {@code search-index.json}, the documents that the search box of every page indexes in
 * the browser: one per goal, use case, event and property.
 *
 * <p>Each document has an {@code id}, a {@code kind}, a {@code title}, a {@code url} relative to
 * the site root, a {@code detail} line shown under the title, a {@code properties} field and a
 * {@code related} field with the names of related items: a goal's use cases, a use case's events,
 * a property's events. A use case lists the properties of all its events, so searching a property
 * name finds the events that have it and the use cases that need them.
 */
final class SearchIndexJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SearchIndexJson() {}

  /** Writes the index, reusing from {@code parts} the documents of unchanged items. */
  static byte[] write(Catalog catalog, OutputMemo<byte[]> parts) {
    List<byte[]> documents = new ArrayList<>();
    for (Goal goal : catalog.goals()) {
      documents.add(parts.get("search-index.json", goal,
          () -> document(node -> addGoal(node, goal))));
    }
    for (UseCase useCase : catalog.useCases()) {
      documents.add(parts.get("search-index.json", useCase,
          () -> document(node -> addUseCase(node, useCase))));
    }
    for (Event event : catalog.events()) {
      documents.add(parts.get("search-index.json", event,
          () -> document(node -> addEvent(node, event))));
    }
    propertyOwners(catalog).forEach((property, events) ->
        documents.add(document(node -> addProperty(node, property, events))));
    return CatalogJson.join("{\"documents\":[", documents, ",", "]}\n");
  }

  /** Returns the UTF-8 JSON of one document, filled in by {@code fill}. */
  private static byte[] document(Consumer<ObjectNode> fill) {
    ObjectNode node = MAPPER.createObjectNode();
    fill.accept(node);
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write search-index.json", e);
    }
  }

  private static void addGoal(ObjectNode node, Goal goal) {
    List<String> useCases = goal.entries().stream().map(e -> e.useCase().title()).toList();
    fill(node, "goal:" + goal.slug(), "Goal", goal.title(), "goals/" + goal.slug() + "/",
        "Helps you " + goal.summary() + ".");
    node.put("related", String.join(" ", useCases));
    node.put("properties", "");
  }

  private static void addUseCase(ObjectNode node, UseCase useCase) {
    Set<String> properties = new LinkedHashSet<>();
    useCase.events().forEach(event -> properties.addAll(event.properties()));
    fill(node, "use-case:" + useCase.slug(), "Use case", useCase.title(),
        "use-cases/" + useCase.slug() + "/", "Helps you " + useCase.summary() + ".");
    node.put("related", String.join(" ", useCase.events().stream().map(Event::name).toList()));
    node.put("properties", String.join(" ", properties));
  }

  private static void addEvent(ObjectNode node, Event event) {
    String detail = event.properties().isEmpty() ? "No recommended properties."
        : "Properties: " + String.join(", ", event.properties()) + ".";
    fill(node, "event:" + event.slug(), "Event", event.name(), "events/" + event.slug() + "/",
        detail);
    node.put("related", "");
    node.put("properties", String.join(" ", event.properties()));
  }

  /** Adds a property, which has no page of its own: it links to its only event or the list. */
  private static void addProperty(ObjectNode node, String property, List<Event> events) {
    String url = events.size() == 1 ? "events/" + events.get(0).slug() + "/" : "events/";
    List<String> names = events.stream().map(Event::name).toList();
    fill(node, "property:" + property, "Property", property, url,
        "Property of " + String.join(", ", names) + ".");
    node.put("related", String.join(" ", names));
    node.put("properties", property);
  }

  private static void fill(ObjectNode node, String id, String kind, String title, String url,
      String detail) {
    node.put("id", id);
    node.put("kind", kind);
    node.put("title", title);
    node.put("url", url);
    node.put("detail", detail);
  }

  /** Returns each property name with the events that have it, in catalog order. */
  private static Map<String, List<Event>> propertyOwners(Catalog catalog) {
    Map<String, List<Event>> owners = new LinkedHashMap<>();
    for (Event event : catalog.events()) {
      for (String property : event.properties()) {
        owners.computeIfAbsent(property, key -> new ArrayList<>()).add(event);
      }
    }
    return owners;
  }
}
