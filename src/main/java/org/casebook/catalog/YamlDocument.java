package org.casebook.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed content file: its tree, where each node and key came from, and its source text.
 *
 * <p>Every scalar is a text node that keeps its source spelling; an empty plain scalar is a null
 * node. Positions are keyed by JSON Pointer ({@code /use_cases/0/sources/1}).
 */
public record YamlDocument(
    SourceFile source,
    JsonNode root,
    Map<String, Position> valuePositions,
    Map<String, Position> keyPositions) {

  /** Returns where the value at a pointer starts, or the nearest enclosing node's position. */
  public Position valueAt(String pointer) {
    String path = pointer;
    while (true) {
      Position found = valuePositions.get(path);
      if (found != null) {
        return found;
      }
      if (path.isEmpty()) {
        return Position.UNKNOWN;
      }
      path = path.substring(0, path.lastIndexOf('/'));
    }
  }

  /** Returns where the key of a mapping entry starts, falling back to its value's position. */
  public Position keyAt(String pointer) {
    Position found = keyPositions.get(pointer);
    return found != null ? found : valueAt(pointer);
  }

  /** Turns a JSON Pointer into the dotted path writers read: {@code use_cases[0].sources[1]}. */
  public static String displayPath(String pointer) {
    if (pointer.isEmpty()) {
      return "(top level)";
    }
    StringBuilder out = new StringBuilder();
    for (String segment : pointer.substring(1).split("/", -1)) {
      String name = segment.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        out.append('[').append(name).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(name);
      }
    }
    return out.toString();
  }

  /** Appends a key or index to a JSON Pointer, escaping {@code ~} and {@code /} per RFC 6901. */
  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }
}
