package org.casebook.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;
import org.casebook.linkcheck.LinkCheckReport;
import org.casebook.site.BrokenLinks;
import org.casebook.site.BuildOptions;
import org.casebook.site.SiteBuilder;

/**
 * Renders the whole site in memory, keeping the last good build when a build fails, and checks
 * the links of a build on request.
 *
 * <p>One thread runs all rebuilds. Link checks may run on another thread, one at a time, while a
 * rebuild runs.
 */
final class Rebuilder {
  /** The snapshot before the first build: no files, no problems. */
  static final Snapshot EMPTY =
      new Snapshot(Collections.emptySortedMap(), List.of(), List.of(), false, "/", List.of());

  private final BuildOptions options;
  private final SiteBuilder builder;

  Rebuilder(BuildOptions options) {
    this.options = options;
    this.builder = new SiteBuilder(options);
  }

  /**
   * Builds the site again and returns the new snapshot with the paths that changed. A new build
   * keeps the broken links of the previous one until {@link #checkLinks} has checked it.
   *
   * @param previous the snapshot served until now
   * @param changedFiles the absolute paths that changed since the last rebuild, or null when
   *     that is unknown
   */
  Rebuild rebuild(Snapshot previous, Set<Path> changedFiles) {
    long start = System.nanoTime();
    List<Diagnostic> problems = new ArrayList<>();
    SiteBuilder.Rendered rendered = render(changedFiles, problems);
    if (rendered == null) {
      Snapshot failed = new Snapshot(previous.files(), problems, previous.linkProblems(),
          previous.built(), previous.basePath(), previous.descriptionLinks());
      return new Rebuild(failed, List.of(), System.nanoTime() - start);
    }
    List<String> changed = changedUrls(previous.files(), rendered.files());
    // Unchanged files keep their map, so a link check of the previous build still applies.
    SortedMap<String, byte[]> files = changed.isEmpty() && previous.built()
        ? previous.files()
        : Collections.unmodifiableSortedMap(rendered.files());
    Snapshot built = new Snapshot(files, List.of(), previous.linkProblems(), true,
        builder.basePath(rendered.catalog()), rendered.catalog().descriptionLinks());
    return new Rebuild(built, changed, System.nanoTime() - start);
  }

  /** Returns the broken links of a snapshot's files, one problem per link. */
  List<Diagnostic> checkLinks(Snapshot snapshot) {
    return checkLinks(snapshot, () -> false);
  }

  /**
   * Returns the broken links of a snapshot's files, or throws
   * {@link java.util.concurrent.CancellationException} once {@code cancelled} returns true.
   */
  List<Diagnostic> checkLinks(Snapshot snapshot, BooleanSupplier cancelled) {
    LinkCheckReport report = builder.check(snapshot.files(), snapshot.basePath(), cancelled);
    return report.problems().stream()
        .map(problem -> BrokenLinks.diagnostic(problem, snapshot.descriptionLinks()))
        .toList();
  }

  /** Returns the rendered site, or null after adding the reasons to {@code problems}. */
  private SiteBuilder.Rendered render(Set<Path> changedFiles, List<Diagnostic> problems) {
    try {
      return builder.render(changedFiles);
    } catch (BuildFailedException e) {
      e.diagnostics().stream().filter(Diagnostic::isError).forEach(problems::add);
    } catch (IOException e) {
      problems.add(Diagnostic.error(options.contentDir().toString(), 0, 0,
          "reading the catalog or templates failed: " + e));
    } catch (RuntimeException e) {
      // A failure here must not stop the watcher, so it is shown like any other problem.
      problems.add(Diagnostic.error(options.contentDir().toString(), 0, 0,
          "internal error while building: " + e));
    }
    problems.sort(Diagnostic.ORDER);
    return null;
  }


  /**
   * Returns the URL paths, relative to the base path, of files added, changed or removed, in
   * path order. Walks both sorted maps side by side, once.
   */
  static List<String> changedUrls(
      SortedMap<String, byte[]> before, SortedMap<String, byte[]> after) {
    List<String> changed = new ArrayList<>();
    Iterator<Map.Entry<String, byte[]>> old = before.entrySet().iterator();
    Iterator<Map.Entry<String, byte[]>> now = after.entrySet().iterator();
    Map.Entry<String, byte[]> a = next(old);
    Map.Entry<String, byte[]> b = next(now);
    while (a != null || b != null) {
      int order;
      if (a == null) {
        order = 1;
      } else if (b == null) {
        order = -1;
      } else {
        order = a.getKey().compareTo(b.getKey());
      }
      if (order < 0) {
        changed.add(urlOf(a.getKey()));
        a = next(old);
      } else if (order > 0) {
        changed.add(urlOf(b.getKey()));
        b = next(now);
      } else {
        if (!Arrays.equals(a.getValue(), b.getValue())) {
          changed.add(urlOf(a.getKey()));
        }
        a = next(old);
        b = next(now);
      }
    }
    return changed;
  }

  private static <T> T next(Iterator<T> iterator) {
    return iterator.hasNext() ? iterator.next() : null;
  }

  /** Maps {@code goals/x/index.html} to {@code goals/x/} and leaves other paths as they are. */
  static String urlOf(String path) {
    if (path.equals("index.html")) {
      return "";
    }
    return path.endsWith("/index.html")
        ? path.substring(0, path.length() - "index.html".length())
        : path;
  }
}
