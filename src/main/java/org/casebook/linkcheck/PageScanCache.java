package org.casebook.linkcheck;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what each page of an in-memory site contained when it was last parsed, so that a
 * check of a site that changed in a few pages parses only those pages again.
 *
 * <p>Entries are keyed by page path and reused only when the page's bytes are equal to the bytes
 * they were made from. Safe to use from several threads; pass the same cache to every
 * {@link LinkChecker#check(Map, PageScanCache)} of one site.
 */
public final class PageScanCache {
  private record Entry(byte[] bytes, PageScan scan) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** Returns the scan of a page whose bytes are unchanged, or null. */
  PageScan get(String page, byte[] bytes) {
    Entry entry = entries.get(page);
    return entry != null && Arrays.equals(entry.bytes(), bytes) ? entry.scan() : null;
  }

  void put(String page, byte[] bytes, PageScan scan) {
    entries.put(page, new Entry(bytes, scan));
  }

  /** Drops the entries of pages that the site no longer has. */
  void retain(java.util.Collection<String> pages) {
    entries.keySet().retainAll(pages);
  }
}
