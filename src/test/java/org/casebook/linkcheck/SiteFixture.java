package org.casebook.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper that writes small sites to disk and checks them both on disk and in memory. */
final class SiteFixture {

  private SiteFixture() {}

  /** Returns a site from alternating paths and contents, in the given order. */
  static Map<String, String> site(String... pathsAndContents) {
    if (pathsAndContents.length % 2 != 0) {
      throw new IllegalArgumentException("expected path and content pairs");
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1]);
    }
    return files;
  }

  /** Returns a UTF-8 HTML page with the given body markup. */
  static String page(String body) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Page</title></head>\n"
        + "<body>\n"
        + body
        + "\n</body></html>\n";
  }

  /** Writes each file as UTF-8 under root, creating folders as needed. */
  static void write(Path root, Map<String, String> files) {
    files.forEach((path, content) -> writeFile(root.resolve(path), content));
  }

  static Map<String, byte[]> toBytes(Map<String, String> files) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((path, content) -> bytes.put(path, content.getBytes(StandardCharsets.UTF_8)));
    return bytes;
  }

  /**
   * Writes the site under root, checks it on disk and in memory, asserts that both reports are
   * equal and returns the report.
   */
  static LinkCheckReport checkBoth(LinkChecker checker, Path root, Map<String, String> files)
      throws IOException {
    write(root, files);
    LinkCheckReport onDisk = checker.check(root);
    LinkCheckReport inMemory = checker.check(toBytes(files));
    assertThat(inMemory).isEqualTo(onDisk);
    return onDisk;
  }

  private static void writeFile(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
