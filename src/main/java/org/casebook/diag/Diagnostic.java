package org.casebook.diag;

import java.util.Comparator;

/**
 * One problem found in a user's input, with its position.
 *
 * <p>Lines and columns are 1-based; 0 means the position is unknown. {@code sourceLine} is the
 * text of the line the problem is on, shown under the message with a caret, or empty when there
 * is none. {@code hint} is the fix to suggest to the writer, or empty.
 */
public record Diagnostic(
    String file,
    int line,
    int column,
    Severity severity,
    String message,
    String hint,
    String sourceLine) {

  /** Orders diagnostics by file, line and column, then message, so reports are stable. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::message);

  /** Maximum length of a printed message. Longer ones, which quote huge values, are cut. */
  private static final int MAX_MESSAGE = 500;

  /** Maximum number of characters of the source line shown around the column. */
  private static final int WINDOW = 160;

  public Diagnostic {
    hint = hint == null ? "" : hint;
    sourceLine = sourceLine == null ? "" : sourceLine;
  }

  public static Diagnostic error(String file, int line, int column, String message) {
    return new Diagnostic(file, line, column, Severity.ERROR, message, "", "");
  }

  public static Diagnostic warning(String file, int line, int column, String message) {
    return new Diagnostic(file, line, column, Severity.WARNING, message, "", "");
  }

  public Diagnostic withHint(String newHint) {
    return new Diagnostic(file, line, column, severity, message, newHint, sourceLine);
  }


  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Formats the diagnostic as {@code file:line:column: error: message}, then the source line with
   * a caret under the column, then the hint.
   */
  public String format() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ").append(severity.label()).append(": ").append(shorten(message, MAX_MESSAGE));
    if (!sourceLine.isEmpty()) {
      int start = Math.max(0, Math.min(column - 1 - WINDOW / 3, sourceLine.length() - WINDOW));
      int end = Math.min(sourceLine.length(), start + WINDOW);
      String prefix = start > 0 ? "…" : "";
      out.append('\n').append("  ").append(prefix).append(sourceLine, start, end)
          .append(end < sourceLine.length() ? "…" : "");
      if (column > 0) {
        out.append('\n').append("  ").append(prefix.isEmpty() ? "" : " ")
            .append(caretIndent(start)).append('^');
      }
    }
    if (!hint.isEmpty()) {
      out.append('\n').append("  hint: ").append(hint);
    }
    return out.toString();
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  /** Keeps tabs in the indent so the caret lines up under a line that contains tabs. */
  private String caretIndent(int start) {
    StringBuilder indent = new StringBuilder();
    int end = Math.min(column - 1, sourceLine.length());
    for (int i = Math.max(0, start); i < end; i++) {
      indent.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
    }
    return indent.toString();
  }
}
