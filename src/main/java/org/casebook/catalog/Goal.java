package org.casebook.catalog;

import java.util.List;

/**
 * A business goal and its use cases, in content order.
 *
 * @param key the file name without extension, as {@code site.yaml} refers to it
 * @param summary the phrase that follows "helps you"
 * @param descriptionHtml rendered Markdown, or empty
 */
public record Goal(
    String key,
    String slug,
    String title,
    String summary,
    String descriptionHtml,
    List<GoalEntry> entries,
    List<String> previousSlugs) {
  /**
   * Hashes the key alone. A catalog has one goal per key, and hashing every entry made each
   * lookup of a goal in a map walk its whole list of use cases.
   */
  @Override
  public int hashCode() {
    return key.hashCode();
  }
}
