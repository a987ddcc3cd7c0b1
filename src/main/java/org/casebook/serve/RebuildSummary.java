package org.casebook.serve;

import java.util.List;
import java.util.Locale;
import org.casebook.diag.Diagnostic;

/**
 * A summary line of a rebuild, after the problems it found, for the console of
 * {@code casebook serve}.
 */
final class RebuildSummary {
  private RebuildSummary() {}

  static String of(Rebuild rebuild) {
    double millis = rebuild.nanos() / 1e6;
    int problems = rebuild.snapshot().buildProblems().size();
    if (!rebuild.ok()) {
      StringBuilder out = new StringBuilder();
      rebuild.snapshot().buildProblems().forEach(p -> out.append(p.format()).append('\n'));
      return out.append(String.format(Locale.ROOT,
          "rebuild failed in %.0f ms with %d problem%s; serving the last good build",
          millis, problems, problems == 1 ? "" : "s")).toString();
    }
    int changed = rebuild.changed().size();
    return String.format(Locale.ROOT, "rebuilt in %.0f ms; %d file%s changed",
        millis, changed, changed == 1 ? "" : "s");
  }

  /** Returns the lines for a link check whose result differs from the previous check's. */
  static String ofLinkCheck(List<Diagnostic> brokenLinks, long nanos) {
    double millis = nanos / 1e6;
    if (brokenLinks.isEmpty()) {
      return String.format(Locale.ROOT, "checked links in %.0f ms; no broken links", millis);
    }
    StringBuilder out = new StringBuilder();
    brokenLinks.forEach(problem -> out.append(problem.format()).append('\n'));
    int count = brokenLinks.size();
    return out.append(String.format(Locale.ROOT,
        "checked links in %.0f ms; %d broken link%s, shown on every page until fixed",
        millis, count, count == 1 ? "" : "s")).toString();
  }
}
