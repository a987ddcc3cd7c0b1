package org.casebook.catalog;

/** A 1-based line and column in a content file; 0 stands for unknown. */
public record Position(int line, int column) {
  public static final Position UNKNOWN = new Position(0, 0);

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
