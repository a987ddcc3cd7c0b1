package org.casebook.site;

import java.util.List;
import java.util.Optional;
import org.casebook.catalog.DescriptionLink;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Severity;
import org.casebook.linkcheck.LinkProblem;

/**
 * Traces a broken link of the generated site back to the Markdown field that wrote it, so that the
 * message names the content file, line and column to fix instead of only the generated page.
 */
public final class BrokenLinks {
  private BrokenLinks() {}

  /**
   * Returns the problem as an error at the content file line that wrote the link, when exactly
   * one Markdown field wrote that destination. Otherwise it returns empty: the link came from a
   * template, or several fields wrote it.
   */
  public static Optional<Diagnostic> traced(LinkProblem problem, List<DescriptionLink> links) {
    List<DescriptionLink> writers =
        links.stream().filter(link -> link.destination().equals(problem.link())).toList();
    if (writers.size() != 1) {
      return Optional.empty();
    }
    DescriptionLink link = writers.get(0);
    return Optional.of(new Diagnostic(link.file(), link.line(), link.column(), Severity.ERROR,
        "broken link `" + problem.link() + "` in " + link.field() + ": " + problem.reason()
            + " (on the page " + problem.page() + ")",
        "a relative link in Markdown is resolved from the page that shows it, named above;"
            + " change it to the address of a page that exists",
        link.sourceLine()));
  }

  /** Returns the problem traced to its content file, or as an error on the generated page. */
  public static Diagnostic diagnostic(LinkProblem problem, List<DescriptionLink> links) {
    return traced(problem, links).orElseGet(() -> Diagnostic.error(problem.page(), 0, 0,
        "broken link " + problem.link() + ": " + problem.reason()));
  }
}
