package org.casebook.catalog;

/** A text value from a content file together with where it was written. */
record Located(String value, YamlDocument document, String pointer) {
  Position at() {
    return document.valueAt(pointer);
  }

  SourceFile source() {
    return document.source();
  }

  String path() {
    return YamlDocument.displayPath(pointer);
  }
}
