package org.casebook.catalog;

import java.util.List;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Severity;

/**
 * A content file's display name and its lines, used to point diagnostics at the source text.
 *
 * @param name the path shown to the writer, relative to the working folder where possible
 * @param lines the file's text split into lines, without line terminators
 */
public record SourceFile(String name, List<String> lines) {

  /** Returns the text of a 1-based line, or an empty string when the line does not exist. */
  public String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  /** Creates an error at a position of this file, with the source line attached. */
  public Diagnostic error(Position at, String message, String hint) {
    return diagnostic(at, Severity.ERROR, message, hint);
  }

  /** Creates a warning at a position of this file, with the source line attached. */
  public Diagnostic warning(Position at, String message, String hint) {
    return diagnostic(at, Severity.WARNING, message, hint);
  }

  private Diagnostic diagnostic(Position at, Severity severity, String message, String hint) {
    return new Diagnostic(name, at.line(), at.column(), severity, message, hint, line(at.line()));
  }
}
