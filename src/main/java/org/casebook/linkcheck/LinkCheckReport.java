package org.casebook.linkcheck;

import java.util.List;
import java.util.Objects;

/**
 * Result of checking one site.
 *
 * @param pagesChecked number of {@code *.html} pages parsed
 * @param linksChecked number of internal links checked, including empty links and bare fragments
 *     but not the skipped external links
 * @param problems the problems, which {@link LinkChecker} sorts by page path, then by their order
 *     in the page. The record keeps an unmodifiable copy.
 */
public record LinkCheckReport(int pagesChecked, int linksChecked, List<LinkProblem> problems) {

  /** Rejects negative counts and null problems, and copies the problem list. */
  public LinkCheckReport {
    if (pagesChecked < 0) {
      throw new IllegalArgumentException("pagesChecked must not be negative: " + pagesChecked);
    }
    if (linksChecked < 0) {
      throw new IllegalArgumentException("linksChecked must not be negative: " + linksChecked);
    }
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** Returns whether the check found no problems. */
  public boolean ok() {
    return problems.isEmpty();
  }
}
