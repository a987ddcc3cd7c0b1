package org.casebook.catalog;

import java.util.List;

/** A source or destination type, such as Website or Email Marketing. */
public record Channel(
    ChannelKind kind,
    String slug,
    String name,
    String descriptionHtml,
    List<String> previousSlugs) {
  /** Hashes the kind and name alone, as {@link Goal#hashCode()} hashes its key. */
  @Override
  public int hashCode() {
    return 31 * kind.ordinal() + name.hashCode();
  }
}
