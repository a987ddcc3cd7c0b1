package org.casebook.serve;

import java.util.List;

/**
 * The outcome of one rebuild, before its links are checked.
 *
 * @param snapshot what the server sends from now on
 * @param changed URL paths of the files that were added, changed or removed, such as
 *     {@code /goals/optimize-advertising/}; empty when the build failed or changed nothing
 * @param nanos wall time of loading and rendering
 */
record Rebuild(Snapshot snapshot, List<String> changed, long nanos) {
  /** Returns whether this build succeeded. */
  boolean ok() {
    return snapshot.buildProblems().isEmpty();
  }
}
