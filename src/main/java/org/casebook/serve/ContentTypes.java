package org.casebook.serve;

import java.util.Locale;
import java.util.Map;

/** Media types by file extension; text types name UTF-8, the encoding every build writes. */
final class ContentTypes {
  private static final String UTF_8 = "; charset=utf-8";

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", "text/html" + UTF_8),
      Map.entry("css", "text/css" + UTF_8),
      Map.entry("js", "text/javascript" + UTF_8),
      Map.entry("mjs", "text/javascript" + UTF_8),
      Map.entry("json", "application/json" + UTF_8),
      Map.entry("xml", "application/xml" + UTF_8),
      Map.entry("svg", "image/svg+xml" + UTF_8),
      Map.entry("csv", "text/csv" + UTF_8),
      Map.entry("txt", "text/plain" + UTF_8),
      Map.entry("md", "text/markdown" + UTF_8),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("wasm", "application/wasm"));

  private ContentTypes() {}

  /** Returns the media type for a file name, or {@code application/octet-stream}. */
  static String of(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash) {
      return "application/octet-stream";
    }
    String extension = path.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
  }
}
