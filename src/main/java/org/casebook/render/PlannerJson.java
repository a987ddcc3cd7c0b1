package org.casebook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.casebook.catalog.Catalog;
import org.casebook.catalog.Channel;
import org.casebook.catalog.Event;
import org.casebook.catalog.Goal;
import org.casebook.catalog.GoalEntry;

/**
 * Writes the data of the goal planner as JSON that is safe to embed in a
 * {@code <script type="application/json">} element.
 *
 * <p>The shape is {@code {goals: [{slug, title, useCases: [{slug, title, events, sources,
 * destinations}]}], events: {slug: {name, properties}}, sources: {slug: name}, destinations:
 * {slug: name}}}, where use cases refer to events and channel types by slug. The characters
 * {@code < > &} and the line separators U+2028 and U+2029 are written as {@code \}{@code uXXXX}
 * escapes, so no catalog text can close the script element or change how it is parsed.
 */
final class PlannerJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PlannerJson() {}

  /** Writes the planner data, reusing from {@code parts} the JSON of each unchanged goal. */
  static String write(Catalog catalog, OutputMemo<String> parts) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode goals = root.putArray("goals");
    for (Goal goal : catalog.goals()) {
      goals.addRawValue(new RawValue(
          parts.get("planner", goal, () -> write(goalNode(goal)))));
    }
    ObjectNode events = root.putObject("events");
    for (Event event : catalog.events()) {
      ObjectNode eventNode = events.putObject(event.slug());
      eventNode.put("name", event.name());
      event.properties().forEach(eventNode.putArray("properties")::add);
    }
    ObjectNode sources = root.putObject("sources");
    catalog.sources().forEach(channel -> sources.put(channel.slug(), channel.name()));
    ObjectNode destinations = root.putObject("destinations");
    catalog.destinations().forEach(channel -> destinations.put(channel.slug(), channel.name()));
    return write(root);
  }

  private static ObjectNode goalNode(Goal goal) {
    ObjectNode goalNode = MAPPER.createObjectNode();
    goalNode.put("slug", goal.slug());
    goalNode.put("title", goal.title());
    ArrayNode useCases = goalNode.putArray("useCases");
    for (GoalEntry entry : goal.entries()) {
      addEntry(useCases.addObject(), entry);
    }
    return goalNode;
  }

  private static String write(ObjectNode node) {
    try {
      return MAPPER.writer().with(new ScriptSafeEscapes()).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the planner data", e);
    }
  }

  private static void addEntry(ObjectNode node, GoalEntry entry) {
    node.put("slug", entry.useCase().slug());
    node.put("title", entry.useCase().title());
    ArrayNode events = node.putArray("events");
    entry.useCase().events().forEach(event -> events.add(event.slug()));
    ArrayNode sources = node.putArray("sources");
    entry.sources().stream().map(Channel::slug).forEach(sources::add);
    ArrayNode destinations = node.putArray("destinations");
    entry.destinations().stream().map(Channel::slug).forEach(destinations::add);
  }

  /** Escapes that keep JSON inert inside an HTML script element. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private final int[] escapes;

    ScriptSafeEscapes() {
      escapes = standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
