package org.casebook.linkcheck.external;

import java.util.List;
import java.util.Objects;
import org.casebook.linkcheck.LinkProblem;

/**
 * Result of checking the external links of one site.
 *
 * @param urlsRequested number of distinct URLs requested over the network in this run
 * @param urlsFromCache number of distinct URLs that passed a check still fresh in the cache
 * @param linksSkipped number of links, counted once per page, that matched a skip pattern
 * @param problems the broken links, sorted by page path, then by their order in the page. Each
 *     reason starts with {@code external: }. The record keeps an unmodifiable copy.
 */
public record ExternalCheckReport(
    int urlsRequested, int urlsFromCache, int linksSkipped, List<LinkProblem> problems) {

  /** Copies the problem list and rejects null. */
  public ExternalCheckReport {
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** Returns whether no external link is broken. */
  public boolean ok() {
    return problems.isEmpty();
  }
}
