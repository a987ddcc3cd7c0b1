package org.casebook.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;
import org.casebook.linkcheck.LinkCheckReport;
import org.casebook.linkcheck.LinkProblem;
import org.casebook.site.BuildOptions;
import org.casebook.site.SiteBuilder;

/**
 * Renders the whole site in memory and checks its links, keeping the last good build when a
 * build fails. Not thread-safe: one thread runs all rebuilds.
 */
final class Rebuilder {
  private final BuildOptions options;
  private final SiteBuilder builder;
  private Snapshot current = new Snapshot(Collections.emptySortedMap(), List.of(), false);

  Rebuilder(BuildOptions options) {
    this.options = options;
    this.builder = new SiteBuilder(options);
  }

  Snapshot current() {
    return current;
  }

  /** Builds the site again, reading every content file. */
  Rebuild rebuild() {
    return rebuild(null);
  }

  /**
   * Builds the site again and returns the new snapshot with the paths that changed.
   *
   * @param changedFiles the absolute paths that changed since the last rebuild, or null when
   *     that is unknown
   */
  Rebuild rebuild(Set<Path> changedFiles) {
    long start = System.nanoTime();
    Snapshot previous = current;
    List<Diagnostic> problems = new ArrayList<>();
    SortedMap<String, byte[]> files = build(changedFiles, problems);
    if (files == null) {
      current = new Snapshot(previous.files(), problems, previous.built());
      return new Rebuild(current, List.of(), System.nanoTime() - start);
    }
    current = new Snapshot(Collections.unmodifiableSortedMap(files), List.of(), true);
    return new Rebuild(current, changedUrls(previous.files(), files), System.nanoTime() - start);
  }

  /** Returns the rendered files, or null after adding the reasons to {@code problems}. */
  private SortedMap<String, byte[]> build(Set<Path> changedFiles, List<Diagnostic> problems) {
    try {
      SiteBuilder.Rendered rendered = builder.render(changedFiles);
      SortedMap<String, byte[]> files = rendered.files();
      LinkCheckReport report = builder.check(files, builder.basePath(rendered.catalog()));
      if (report.ok()) {
        return files;
      }
      report.problems().forEach(problem -> problems.add(toDiagnostic(problem)));
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

  private static Diagnostic toDiagnostic(LinkProblem problem) {
    return Diagnostic.error(problem.page(), 0, 0,
        "broken link " + problem.link() + ": " + problem.reason());
  }

  /** Returns the URL paths, relative to the base path, of files added, changed or removed. */
  static List<String> changedUrls(
      SortedMap<String, byte[]> before, SortedMap<String, byte[]> after) {
    TreeSet<String> all = new TreeSet<>(before.keySet());
    all.addAll(after.keySet());
    List<String> changed = new ArrayList<>();
    for (String path : all) {
      if (!Arrays.equals(before.get(path), after.get(path))) {
        changed.add(urlOf(path));
      }
    }
    return changed;
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
