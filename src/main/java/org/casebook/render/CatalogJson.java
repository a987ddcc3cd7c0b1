package org.casebook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
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

  /** A fixed "\n" indenter: Jackson's default uses the platform's line separator. */
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

  /**
   * Writes the catalog, reusing from {@code parts} the JSON of each goal that is unchanged.
   */
  static byte[] write(Catalog catalog, OutputMemo<String> parts) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode goals = root.putArray("goals");
    for (Goal goal : catalog.goals()) {
      String json = parts.get("catalog.json goal " + goal.key(), goal, () -> goalJson(goal));
      goals.addRawValue(new RawValue(json));
    }
    try {
      return withNewline(MAPPER.writer(PRINTER).writeValueAsBytes(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write catalog.json", e);
    }
  }

  /**
   * Returns a goal's JSON indented for its place in the file, an element of the top-level
   * "goals" array, one level deeper than a value written on its own. JSON text has no raw line
   * breaks inside strings, so every line break is one that the printer wrote.
   */
  private static String goalJson(Goal goal) {
    ObjectNode goalNode = MAPPER.createObjectNode();
    goalNode.put("slug", goal.slug());
    goalNode.put("title", goal.title());
    goalNode.put("summary", goal.summary());
    ArrayNode useCases = goalNode.putArray("useCases");
    for (GoalEntry entry : goal.entries()) {
      writeEntry(useCases.addObject(), entry);
    }
    return pretty(goalNode).replace("\n", "\n  ");
  }

  /** Returns UTF-8 JSON with a line break appended. */
  static byte[] withNewline(byte[] json) {
    byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
    out[json.length] = '\n';
    return out;
  }

  private static String pretty(ObjectNode node) {
    try {
      return MAPPER.writer(PRINTER).writeValueAsString(node);
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
