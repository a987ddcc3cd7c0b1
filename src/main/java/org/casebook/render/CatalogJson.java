package org.casebook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casebook.catalog.Catalog;
import org.casebook.catalog.Channel;
import org.casebook.catalog.Event;
import org.casebook.catalog.Goal;
import org.casebook.catalog.GoalEntry;

/**
 * Writes the resolved catalog as {@code catalog.json}: goals, their use cases with events,
 * properties, sources and destinations, in content order.
 */
final class CatalogJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CatalogJson() {}

  static byte[] write(Catalog catalog) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode goals = root.putArray("goals");
    for (Goal goal : catalog.goals()) {
      ObjectNode goalNode = goals.addObject();
      goalNode.put("slug", goal.slug());
      goalNode.put("title", goal.title());
      goalNode.put("summary", goal.summary());
      ArrayNode useCases = goalNode.putArray("useCases");
      for (GoalEntry entry : goal.entries()) {
        writeEntry(useCases.addObject(), entry);
      }
    }
    // A fixed "\n" indenter: Jackson's default uses the platform's line separator.
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      String json = MAPPER.writer(printer).writeValueAsString(root) + "\n";
      return json.getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write catalog.json", e);
    }
  }

  private static void writeEntry(ObjectNode node, GoalEntry entry) {
    node.put("slug", entry.useCase().slug());
    node.put("title", entry.useCase().title());
    node.put("summary", entry.useCase().summary());
    ArrayNode events = node.putArray("events");
    for (Event event : entry.useCase().events()) {
      ObjectNode eventNode = events.addObject();
      eventNode.put("name", event.name());
      addAll(eventNode.putArray("properties"), event.properties());
    }
    addAll(node.putArray("sources"), entry.sources().stream().map(Channel::name).toList());
    addAll(node.putArray("destinations"), entry.destinations().stream().map(Channel::name).toList());
  }

  private static void addAll(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
