package org.casebook.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.casebook.linkcheck.PageScan.PageLink;

/**
 * Finder for the {@code http} and {@code https} links of a folder of HTML.
 *
 * <p>It reads the same attributes as {@link LinkChecker}. Links with other schemes, such as
 * {@code mailto:}, and protocol-relative links that start with {@code //} are left out.
 */
public final class ExternalLinkFinder {

  private ExternalLinkFinder() {}

  /**
   * Parses every {@code *.html} file under siteRoot and returns its distinct {@code http} and
   * {@code https} links, trimmed, in document order. Pages without such links are left out.
   *
   * @return the links by page path relative to the site root, with {@code /} separators, sorted
   *     by page path
   * @throws NoSuchFileException if siteRoot does not exist
   * @throws NotDirectoryException if siteRoot is not a folder
   * @throws IOException if a file cannot be listed or read
   */
  public static SortedMap<String, List<String>> find(Path siteRoot) throws IOException {
    Objects.requireNonNull(siteRoot, "siteRoot");
    if (!Files.exists(siteRoot)) {
      throw new NoSuchFileException(siteRoot.toString(), null, "site folder not found");
    }
    if (!Files.isDirectory(siteRoot)) {
      throw new NotDirectoryException(siteRoot.toString());
    }
    SiteFiles site = SiteFiles.fromDirectory(siteRoot);
    SortedMap<String, List<String>> links = new TreeMap<>();
    for (String page : site.pages()) {
      List<String> pageLinks = findInPage(site, page);
      if (!pageLinks.isEmpty()) {
        links.put(page, pageLinks);
      }
    }
    return links;
  }

  /** Returns whether the link starts with {@code http:} or {@code https:}, in any case. */
  public static boolean isHttp(String link) {
    String lower = link.trim().toLowerCase(Locale.ROOT);
    return lower.startsWith("http:") || lower.startsWith("https:");
  }

  private static List<String> findInPage(SiteFiles site, String page) throws IOException {
    PageScan scan;
    try (InputStream in = site.open(page)) {
      scan = PageScanner.scan(in);
    } catch (IOException e) {
      throw new IOException("failed to read page " + page, e);
    }
    Set<String> links = new LinkedHashSet<>();
    for (PageLink link : scan.links()) {
      if (isHttp(link.value())) {
        links.add(link.value().trim());
      }
    }
    return new ArrayList<>(links);
  }
}
