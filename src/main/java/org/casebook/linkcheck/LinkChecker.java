package org.casebook.linkcheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.casebook.linkcheck.PageScan.DuplicateId;
import org.casebook.linkcheck.PageScan.PageLink;

/**
 * Checker for the internal links of a generated site, on disk or in memory.
 *
 * <p>It parses each {@code *.html} page at most once per check, on the common fork-join pool,
 * then checks each {@code href}, {@code src} and {@code srcset} link that has no scheme: the
 * target file must exist, a folder target must contain {@code index.html}, a {@code #fragment}
 * must name an element id on an HTML target, and root-relative links must start with the base
 * path. It also reports every id that occurs twice on one page. It never uses the network.
 *
 * <p>Build one with {@link #builder()}. The base path defaults to {@code /}. Instances are
 * immutable and safe to use from several threads at once.
 */
public final class LinkChecker {

  private final BasePath basePath;

  private LinkChecker(BasePath basePath) {
    this.basePath = basePath;
  }

  /** Returns a builder with the base path {@code /}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the base path, which begins and ends with {@code /}. */
  public String basePath() {
    return basePath.value();
  }

  /**
   * Checks every {@code *.html} file under siteRoot, in sorted path order. Symbolic links are
   * followed.
   *
   * @throws NoSuchFileException if siteRoot does not exist
   * @throws NotDirectoryException if siteRoot is not a folder
   * @throws IOException if a file cannot be listed or read
   */
  public LinkCheckReport check(Path siteRoot) throws IOException {
    Objects.requireNonNull(siteRoot, "siteRoot");
    if (!Files.exists(siteRoot)) {
      throw new NoSuchFileException(siteRoot.toString(), null, "site folder not found");
    }
    if (!Files.isDirectory(siteRoot)) {
      throw new NotDirectoryException(siteRoot.toString());
    }
    return check(SiteFiles.fromDirectory(siteRoot));
  }

  /**
   * Checks an in-memory site and returns the same report as {@link #check(Path)} would for these
   * files written to disk.
   *
   * @param files the file bytes by path relative to the site root, with {@code /} separators, such
   *     as {@code index.html} or {@code assets/site.css}
   * @throws IllegalArgumentException if a key is not a relative file path, for example because it
   *     starts with {@code /} or contains a {@code ..} segment
   */
  public LinkCheckReport check(Map<String, byte[]> files) {
    return check(files, new PageScanCache());
  }

  /**
   * Checks an in-memory site like {@link #check(Map)}, parsing again only the pages whose bytes
   * differ from those in the cache, and updates the cache.
   */
  public LinkCheckReport check(Map<String, byte[]> files, PageScanCache cache) {
    return check(files, cache, () -> false);
  }

  /**
   * Checks an in-memory site like {@link #check(Map, PageScanCache)}, and gives up as soon as
   * {@code cancelled} returns true, even in the middle of parsing a large page.
   *
   * @throws CancellationException when the check was given up; the cache stays usable
   */
  public LinkCheckReport check(
      Map<String, byte[]> files, PageScanCache cache, BooleanSupplier cancelled) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(cache, "cache");
    SiteFiles site = SiteFiles.fromMap(files);
    Map<String, PageScan> scans = new ConcurrentHashMap<>();
    site.pages().parallelStream().forEach(page -> {
      byte[] bytes = files.get(page);
      PageScan scan = cache.get(page, bytes);
      if (scan == null) {
        scan = scanPage(page, new CancellableInputStream(bytes, cancelled));
        cache.put(page, bytes, scan);
      }
      scans.put(page, scan);
    });
    cache.retain(site.pages());
    Map<String, PageScan> current = Map.copyOf(scans);
    // A page's report depends on its own links, the base path, which files exist and the ids of
    // the pages it links to. While the last three are unchanged, an unchanged page keeps its
    // report and only pages whose scan changed are checked again.
    boolean sameTargets = cache.hasSameTargets(basePath.value(), files.keySet(), current);
    LinkResolver resolver = new LinkResolver(basePath, site, current);
    Map<String, PageReport> reports = new ConcurrentHashMap<>();
    site.pages().parallelStream().forEach(page -> {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("link check cancelled");
      }
      PageReport previous = sameTargets ? cache.report(page, current.get(page)) : null;
      reports.put(page, previous != null ? previous : checkPage(page, current.get(page), resolver));
    });
    cache.remember(basePath.value(), files.keySet(), current, reports);
    return summarize(site.pages().stream().map(reports::get).toList());
  }

  private LinkCheckReport check(SiteFiles site) throws IOException {
    return check(site, scanPages(site));
  }

  private LinkCheckReport check(SiteFiles site, Map<String, PageScan> scans) {
    LinkResolver resolver = new LinkResolver(basePath, site, scans);
    List<PageReport> reports =
        site.pages().parallelStream()
            .map(page -> checkPage(page, scans.get(page), resolver))
            .toList();
    return summarize(reports);
  }

  private static LinkCheckReport summarize(List<PageReport> reports) {
    int linksChecked = reports.stream().mapToInt(PageReport::linksChecked).sum();
    List<LinkProblem> problems = new ArrayList<>();
    reports.forEach(report -> problems.addAll(report.problems()));
    return new LinkCheckReport(reports.size(), linksChecked, problems);
  }

  /** Parses all pages in parallel, so that every link can see the ids of every page. */
  private static Map<String, PageScan> scanPages(SiteFiles site) throws IOException {
    Map<String, PageScan> scans = new ConcurrentHashMap<>();
    try {
      site.pages().parallelStream().forEach(page -> scans.put(page, scanPage(site, page)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return Map.copyOf(scans);
  }

  private static PageScan scanPage(SiteFiles site, String page) {
    try {
      return scanPage(page, site.open(page));
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("failed to read page " + page, e));
    }
  }

  private static PageScan scanPage(String page, InputStream stream) {
    try (InputStream in = stream) {
      return PageScanner.scan(in);
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("failed to read page " + page, e));
    }
  }

  /** Page bytes that stop being readable once the check is cancelled. */
  private static final class CancellableInputStream extends ByteArrayInputStream {
    private final BooleanSupplier cancelled;

    CancellableInputStream(byte[] bytes, BooleanSupplier cancelled) {
      super(bytes);
      this.cancelled = cancelled;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("link check cancelled");
      }
      return super.read(buffer, offset, length);
    }
  }

  private static PageReport checkPage(String page, PageScan scan, LinkResolver resolver) {
    List<PositionedProblem> problems = new ArrayList<>();
    int linksChecked = 0;
    for (PageLink link : scan.links()) {
      if (LinkResolver.isExternal(link.value())) {
        continue;
      }
      linksChecked++;
      Optional<String> reason = resolver.check(page, link.value());
      if (reason.isPresent()) {
        LinkProblem problem = new LinkProblem(page, link.value(), reason.get());
        problems.add(new PositionedProblem(link.position(), problem));
      }
    }
    for (DuplicateId duplicate : scan.duplicateIds()) {
      String reason = "duplicate id \"" + duplicate.id() + "\", " + duplicate.count() + " elements";
      LinkProblem problem = new LinkProblem(page, "#" + duplicate.id(), reason);
      problems.add(new PositionedProblem(duplicate.position(), problem));
    }
    // A stable sort keeps the links of one element ahead of its duplicate id.
    problems.sort(Comparator.comparingInt(PositionedProblem::position));
    return new PageReport(linksChecked, problems.stream().map(PositionedProblem::problem).toList());
  }

  private record PositionedProblem(int position, LinkProblem problem) {}

  /** The result of checking one page's links. */
  record PageReport(int linksChecked, List<LinkProblem> problems) {}

  /** Builder for {@link LinkChecker}. Not safe to share between threads. */
  public static final class Builder {

    private BasePath basePath = BasePath.ROOT;

    private Builder() {}

    /**
     * Sets the URL path under which the site is served, such as {@code /docs/}. A missing trailing
     * {@code /} is added. Root-relative links must start with this path.
     *
     * @throws IllegalArgumentException if the path does not start with {@code /}, or has a query,
     *     fragment, empty or dot segment, or malformed percent-encoding
     */
    public Builder basePath(String basePath) {
      this.basePath = BasePath.parse(Objects.requireNonNull(basePath, "basePath"));
      return this;
    }

    /** Returns a checker with the settings of this builder. */
    public LinkChecker build() {
      return new LinkChecker(basePath);
    }
  }
}
