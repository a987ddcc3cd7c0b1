package org.casebook.linkcheck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The URL path under which a site is served, such as {@code /docs/}.
 *
 * @param value the path as configured, normalised to begin and end with {@code /}
 * @param segments the percent-decoded segments of the path, empty for {@code /}
 */
record BasePath(String value, List<String> segments) {

  static final BasePath ROOT = new BasePath("/", List.of());

  BasePath {
    Objects.requireNonNull(value, "value");
    segments = List.copyOf(segments);
  }

  /**
   * Validates and normalises a configured base path.
   *
   * @throws IllegalArgumentException if the path does not start with a single {@code /}, has a
   *     query, fragment, empty segment, dot segment or malformed percent-encoding
   */
  static BasePath parse(String path) {
    Objects.requireNonNull(path, "basePath");
    if (!path.startsWith("/") || path.startsWith("//")) {
      throw invalid(
          path, "is not absolute: expected a path that starts with \"/\", such as \"/docs/\"");
    }
    if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
      throw invalid(path, "must not contain a query or fragment");
    }
    String normalized = path.endsWith("/") ? path : path + "/";
    Optional<String> decoded = PercentDecoder.decode(normalized);
    if (decoded.isEmpty()) {
      throw invalid(path, "has malformed percent-encoding");
    }
    if (decoded.get().equals("/")) {
      return ROOT;
    }
    String inner = decoded.get().substring(1, decoded.get().length() - 1);
    List<String> segments = List.of(inner.split("/", -1));
    for (String segment : segments) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw invalid(path, "must not contain empty, \".\" or \"..\" segments");
      }
    }
    return new BasePath(normalized, segments);
  }

  private static IllegalArgumentException invalid(String path, String detail) {
    return new IllegalArgumentException("base path \"" + path + "\" " + detail);
  }
}
