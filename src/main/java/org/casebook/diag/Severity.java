package org.casebook.diag;

/** Severity of a {@link Diagnostic}: an error fails the build, a warning does not. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** Returns the lower-case word printed in front of the message. */
  public String label() {
    return label;
  }
}
