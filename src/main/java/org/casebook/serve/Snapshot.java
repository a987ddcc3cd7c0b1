package org.casebook.serve;

import java.util.List;
import java.util.SortedMap;
import org.casebook.diag.Diagnostic;

/**
 * The state the server serves at one moment: the files of the last good build and the problems of the
 * latest build attempt.
 *
 * @param files contents keyed by path relative to the site root, with {@code /} separators; empty
 *     until a build succeeds
 * @param problems errors of the latest build attempt, sorted; empty when it succeeded
 * @param built whether any build has succeeded since the server started
 */
record Snapshot(SortedMap<String, byte[]> files, List<Diagnostic> problems, boolean built) {
  Snapshot {
    problems = List.copyOf(problems);
  }
}
