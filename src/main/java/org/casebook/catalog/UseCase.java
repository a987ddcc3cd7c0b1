package org.casebook.catalog;

import java.util.List;

/**
 * A use case and the events it needs, in content order. Its channel types depend on the goal and
 * live in {@link GoalEntry}.
 *
 * @param key the file name without extension, as goal files refer to it
 * @param summary the phrase that follows "helps you"
 */
public record UseCase(
    String key,
    String slug,
    String title,
    String summary,
    String descriptionHtml,
    List<Event> events,
    List<String> previousSlugs) {
  /** Hashes the key alone, as {@link Goal#hashCode()} does. */
  @Override
  public int hashCode() {
    return key.hashCode();
  }
}
