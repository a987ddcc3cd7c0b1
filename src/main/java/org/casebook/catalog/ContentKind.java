package org.casebook.catalog;

/** The kinds of content file, each validated against its own JSON Schema. */
enum ContentKind {
  SITE("site", "a site file needs `title:` and `goals:`"),
  CHANNELS("channels", "a channels file needs `sources:` and `destinations:`"),
  GOAL("goal", "a goal file needs `title:`, `summary:` and `use_cases:`"),
  USE_CASE("use-case", "a use-case file needs `title:`, `summary:` and `events:`"),
  EVENT("event", "an event file needs `name:` and usually `properties:`");

  private final String schemaName;
  private final String shape;

  ContentKind(String schemaName, String shape) {
    this.schemaName = schemaName;
    this.shape = shape;
  }

  /** Returns the classpath resource of this kind's schema. */
  String schemaResource() {
    return "/schemas/" + schemaName + ".schema.json";
  }

  /** Returns a sentence naming the keys a file of this kind starts with. */
  String shape() {
    return shape;
  }
}
