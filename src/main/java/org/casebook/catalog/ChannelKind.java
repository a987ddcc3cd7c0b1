package org.casebook.catalog;

/** Whether a channel type sends data in (a source) or receives it (a destination). */
public enum ChannelKind {
  SOURCE("source", "sources"),
  DESTINATION("destination", "destinations");

  private final String singular;
  private final String plural;

  ChannelKind(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  public String singular() {
    return singular;
  }

  /** Returns the plural, which is also the URL folder and the content key. */
  public String plural() {
    return plural;
  }
}
