package org.casebook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
  static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

  /**
   * Writes the catalog, reusing from {@code parts} the UTF-8 JSON of each unchanged goal. The
   * parts are joined as bytes, the way Jackson's pretty printer lays out an array of objects.
   */
  static byte[] write(Catalog catalog, OutputMemo<byte[]> parts) {
    if (catalog.goals().isEmpty()) {
      return "{\n  \"goals\" : [ ]\n}\n".getBytes(StandardCharsets.UTF_8);
    }
    List<byte[]> goals = new ArrayList<>(catalog.goals().size());
    for (Goal goal : catalog.goals()) {
      goals.add(parts.get("catalog.json", goal,
          () -> goalJson(goal).getBytes(StandardCharsets.UTF_8)));
    }
    return join("{\n  \"goals\" : [ ", goals, ", ", " ]\n}\n");
  }

  /** Returns the UTF-8 bytes of {@code prefix}, the parts with separators, and {@code suffix}. */
  static byte[] join(String prefix, List<byte[]> parts, String separator, String suffix) {
    byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] between = separator.getBytes(StandardCharsets.UTF_8);
    byte[] end = suffix.getBytes(StandardCharsets.UTF_8);
    int size = start.length + end.length + Math.max(0, parts.size() - 1) * between.length;
    for (byte[] part : parts) {
      size += part.length;
    }
    ByteBuffer out = ByteBuffer.allocate(size).put(start);
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.put(between);
      }
      out.put(parts.get(i));
    }
    return out.put(end).array();
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
