package org.casebook.linkcheck;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what each page of an in-memory site contained when it was last parsed, so that a
 * check of a site that changed in a few pages parses only those pages again.
 *
 * <p>Entries are keyed by page path and reused only when the page's bytes are equal to the bytes
 * they were made from. The cache also keeps the last check's page reports, which are reused for
 * unchanged pages while no file was added or removed and no page's ids changed. Safe to use from several threads; pass the same cache to every
 * {@link LinkChecker#check(Map, PageScanCache)} of one site.
 */
public final class PageScanCache {
  private record Entry(byte[] bytes, PageScan scan) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private String lastBasePath = "";
  private Set<String> lastFiles = Set.of();
  private Map<String, PageScan> lastScans = Map.of();
  private Map<String, LinkChecker.PageReport> lastReports = Map.of();

  /** Returns the scan of a page whose bytes are unchanged, or null. */
  PageScan get(String page, byte[] bytes) {
    Entry entry = entries.get(page);
    return entry != null && Arrays.equals(entry.bytes(), bytes) ? entry.scan() : null;
  }

  void put(String page, byte[] bytes, PageScan scan) {
    entries.put(page, new Entry(bytes, scan));
  }

  /**
   * Returns whether the base path, the set of files and every page's ids are those of the last
   * check, so that a page whose scan is unchanged would get the same report.
   */
  synchronized boolean hasSameTargets(
      String basePath, Set<String> files, Map<String, PageScan> scans) {
    if (!basePath.equals(lastBasePath) || !files.equals(lastFiles)) {
      return false;
    }
    for (Map.Entry<String, PageScan> page : scans.entrySet()) {
      PageScan last = lastScans.get(page.getKey());
      if (last == null || (last != page.getValue() && !last.ids().equals(page.getValue().ids()))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the last report of a page whose scan is the same object, or null. */
  synchronized LinkChecker.PageReport report(String page, PageScan scan) {
    return lastScans.get(page) == scan ? lastReports.get(page) : null;
  }

  synchronized void remember(
      String basePath,
      Set<String> files,
      Map<String, PageScan> scans,
      Map<String, LinkChecker.PageReport> reports) {
    lastBasePath = basePath;
    lastFiles = Set.copyOf(files);
    lastScans = Map.copyOf(scans);
    lastReports = Map.copyOf(reports);
  }

  /** Drops the entries of pages that the site no longer has. */
  void retain(java.util.Collection<String> pages) {
    // A set, because retainAll calls contains on the argument for each entry's page.
    entries.keySet().retainAll(new java.util.HashSet<>(pages));
  }
}
