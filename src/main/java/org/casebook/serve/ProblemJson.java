package org.casebook.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.diag.Diagnostic;

/** The JSON payloads of the events sent to open pages. */
final class ProblemJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProblemJson() {}

  /**
   * Returns {@code {"problems": [...], "title": "..."}}: each problem with its location, message
   * and hint, and the overlay's heading. Without problems, it returns {@code {"problems": []}}.
   */
  static String problems(Snapshot snapshot) {
    List<Map<String, Object>> items =
        snapshot.problems().stream().map(ProblemJson::item).toList();
    if (items.isEmpty()) {
      return write(Map.of("problems", items));
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("problems", items);
    payload.put("title", snapshot.overlayTitle());
    return write(payload);
  }

  /** Returns {@code {"changed": [...]}} with the URL paths that changed. */
  static String changed(List<String> urlPaths) {
    return write(Map.of("changed", urlPaths));
  }

  /** Returns {@code file:line:column}, leaving out a line or column that is unknown. */
  static String location(Diagnostic problem) {
    StringBuilder out = new StringBuilder(problem.file());
    if (problem.line() > 0) {
      out.append(':').append(problem.line());
      if (problem.column() > 0) {
        out.append(':').append(problem.column());
      }
    }
    return out.toString();
  }

  private static Map<String, Object> item(Diagnostic problem) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("location", location(problem));
    item.put("file", problem.file());
    item.put("line", problem.line());
    item.put("column", problem.column());
    item.put("message", problem.message());
    item.put("hint", problem.hint());
    return item;
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("serializing an event failed", e);
    }
  }
}
