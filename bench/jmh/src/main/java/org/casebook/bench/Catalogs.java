package org.casebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the inputs the benchmarks read: generated catalogs and the templates folder. */
final class Catalogs {
  private Catalogs() {}

  /**
   * Returns the content folder of a generated size, from the system property
   * {@code casebook.catalogs} (default {@code bench/work/catalogs}), as bench/generate.py writes.
   */
  static Path content(String size) {
    Path folder =
        Path.of(System.getProperty("casebook.catalogs", "bench/work/catalogs"), size, "content");
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("catalog folder not found: " + folder.toAbsolutePath()
          + "; run bench/generate.py --out bench/work/catalogs first, or set -Dcasebook.catalogs");
    }
    return folder;
  }

  /** Returns the templates folder, from {@code casebook.templates} (default {@code templates}). */
  static Path templates() {
    return Path.of(System.getProperty("casebook.templates", "templates"));
  }
}
