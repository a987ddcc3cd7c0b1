package org.casebook.catalog;

/**
 * Bounds that keep a hostile or broken content file from exhausting memory or time.
 *
 * @param maxFileBytes largest content file read, in bytes
 * @param maxNodes largest number of YAML nodes one file may expand to, counting every node an
 *     alias repeats
 * @param maxDepth deepest nesting of mappings and sequences in one file
 * @param maxLineLength longest line, in characters. The YAML scanner slows down quadratically on
 *     very long lines: with snakeyaml-engine 2.10 a 4 MB line took 8.6 s and an 8 MB one 21 s.
 */
public record CatalogLimits(long maxFileBytes, int maxNodes, int maxDepth, int maxLineLength) {
  /** 64 MiB per file, 5,000,000 expanded nodes, 64 levels, lines of 1 Mi characters. */
  public static final CatalogLimits DEFAULTS =
      new CatalogLimits(64L << 20, 5_000_000, 64, 1 << 20);

  public CatalogLimits {
    if (maxFileBytes < 1 || maxNodes < 1 || maxDepth < 1 || maxLineLength < 1) {
      throw new IllegalArgumentException("catalog limits must be positive");
    }
  }
}
