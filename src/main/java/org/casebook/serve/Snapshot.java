package org.casebook.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.casebook.catalog.DescriptionLink;
import org.casebook.diag.Diagnostic;

/**
 * The state the server serves at one moment: the files of the last good build, the errors of the
 * latest build attempt, and the broken links found in the files.
 *
 * @param files contents keyed by path relative to the site root, with {@code /} separators; empty
 *     until a build succeeds
 * @param buildProblems errors of the latest build attempt, sorted; empty when it succeeded
 * @param linkProblems broken links of the files, as of the latest finished link check
 * @param built whether any build has succeeded since the server started
 * @param basePath the URL path the files were built for, such as {@code /docs/}
 * @param descriptionLinks the links written in the catalog's Markdown fields, to trace broken
 *     links back to the content files
 */
record Snapshot(
    SortedMap<String, byte[]> files,
    List<Diagnostic> buildProblems,
    List<Diagnostic> linkProblems,
    boolean built,
    String basePath,
    List<DescriptionLink> descriptionLinks) {
  Snapshot {
    buildProblems = List.copyOf(buildProblems);
    linkProblems = List.copyOf(linkProblems);
    descriptionLinks = List.copyOf(descriptionLinks);
  }

  /** Returns the build errors followed by the broken links, as the overlay lists them. */
  List<Diagnostic> problems() {
    List<Diagnostic> all = new ArrayList<>(buildProblems);
    all.addAll(linkProblems);
    return all;
  }

  /**
   * Returns the overlay's heading. It tells whether the pages show the last good build, as after
   * a failed build, or the current one, whose only problems are broken links.
   */
  String overlayTitle() {
    int count = buildProblems.size() + linkProblems.size();
    String problems = count == 1 ? "1 problem" : count + " problems";
    if (!built) {
      return problems + "; no build has succeeded yet";
    }
    return buildProblems.isEmpty()
        ? problems + " in the pages shown"
        : problems + "; showing the last good build";
  }

  /** Returns this snapshot with the broken links of a finished link check of its files. */
  Snapshot withLinkProblems(List<Diagnostic> problems) {
    return new Snapshot(files, buildProblems, problems, built, basePath, descriptionLinks);
  }
}
