package org.casebook.catalog;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the closest known name to a misspelt one, for "did you mean" hints. */
final class Suggestions {
  private Suggestions() {}

  /**
   * Returns the candidate nearest to {@code wrong} by edit distance, ignoring case, or null when
   * none is close: within a third of the longer name's length, and at least 2 edits allowed.
   */
  static String closest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = wrong.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      int limit = Math.max(2, Math.max(wrong.length(), candidate.length()) / 3);
      int distance =
          new LevenshteinDistance(limit).apply(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance >= 0 && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }
}
