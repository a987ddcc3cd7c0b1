package org.casebook.serve;

import java.util.Locale;

/**
 * A summary line of a rebuild, after the problems it found, for the console of
 * {@code casebook serve}.
 */
final class RebuildSummary {
  private RebuildSummary() {}

  static String of(Rebuild rebuild) {
    double millis = rebuild.nanos() / 1e6;
    int problems = rebuild.snapshot().problems().size();
    if (!rebuild.ok()) {
      StringBuilder out = new StringBuilder();
      rebuild.snapshot().problems().forEach(p -> out.append(p.format()).append('\n'));
      return out.append(String.format(Locale.ROOT,
          "rebuild failed in %.0f ms with %d problem%s; serving the last good build",
          millis, problems, problems == 1 ? "" : "s")).toString();
    }
    int changed = rebuild.changed().size();
    return String.format(Locale.ROOT, "rebuilt in %.0f ms; %d file%s changed",
        millis, changed, changed == 1 ? "" : "s");
  }
}
