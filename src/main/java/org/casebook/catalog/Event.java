package org.casebook.catalog;

import java.util.List;

/**
 * A tracking event and its properties, in content order.
 *
 * @param key the file name without extension, as use-case files refer to it
 */
public record Event(
    String key,
    String slug,
    String name,
    String descriptionHtml,
    List<String> properties,
    List<String> previousSlugs) {
  /** Hashes the key alone, as {@link Goal#hashCode()} does. */
  @Override
  public int hashCode() {
    return key.hashCode();
  }
}
