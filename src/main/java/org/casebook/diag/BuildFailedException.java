package org.casebook.diag;

import java.util.List;

/** Thrown when a stage finds errors in the user's input; carries every diagnostic of the run. */
public final class BuildFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public BuildFailedException(List<Diagnostic> diagnostics) {
    super(diagnostics.size() + " problem(s), first: " + (diagnostics.isEmpty() ? "" : diagnostics.get(0).format()));
    this.diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }

  public BuildFailedException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  /** Returns the diagnostics sorted by file, line and column; warnings included. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
