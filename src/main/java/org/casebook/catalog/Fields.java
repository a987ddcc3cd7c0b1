package org.casebook.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads schema-validated values out of a content file's tree. */
final class Fields {
  private Fields() {}

  /** Returns a text field, or an empty string when it is absent or empty. */
  static String text(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  /** Returns a text field, or null when it is absent or empty. */
  static String optional(JsonNode object, String field) {
    String value = text(object, field);
    return value.isEmpty() ? null : value;
  }

  /** Returns the items of a list of text with their positions; absent or empty gives none. */
  static List<Located> list(YamlDocument document, String pointer) {
    return list(document, document.root().at(pointer), pointer);
  }

  /**
   * Returns the items of a list of text that the caller has already found at {@code pointer},
   * which saves parsing the pointer.
   */
  static List<Located> list(YamlDocument document, JsonNode value, String pointer) {
    List<Located> items = new ArrayList<>();
    if (!value.isArray()) {
      return items;
    }
    for (int i = 0; i < value.size(); i++) {
      String itemPointer = YamlDocument.child(pointer, Integer.toString(i));
      items.add(new Located(value.get(i).asText(), document, itemPointer));
    }
    return items;
  }

  /** Returns the texts of {@link #list}. */
  static List<String> values(List<Located> items) {
    return items.stream().map(Located::value).toList();
  }
}
