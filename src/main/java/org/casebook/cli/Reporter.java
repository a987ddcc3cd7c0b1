package org.casebook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.casebook.catalog.DescriptionLink;
import org.casebook.diag.Diagnostic;
import org.casebook.linkcheck.LinkProblem;
import org.casebook.site.BrokenLinks;

/** Prints diagnostics and link problems to standard error, at most {@link #MAX_PRINTED}. */
final class Reporter {
  /** More diagnostics than this are counted, not printed. */
  static final int MAX_PRINTED = 200;

  private Reporter() {}

  static void diagnostics(PrintWriter err, List<Diagnostic> diagnostics) {
    int printed = 0;
    for (Diagnostic diagnostic : diagnostics) {
      if (printed++ == MAX_PRINTED) {
        err.println("... and " + (diagnostics.size() - MAX_PRINTED) + " more");
        break;
      }
      err.println(diagnostic.format());
    }
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    if (errors > 0) {
      err.println(count(errors, "error") + ", " + count(warnings, "warning")
          + "; nothing was written, and the previous output is unchanged");
    }
    err.flush();
  }

  static void linkProblems(PrintWriter err, List<LinkProblem> problems) {
    linkProblems(err, problems, List.of());
  }

  /**
   * Prints link problems; one that a Markdown field wrote is printed at the content file's line,
   * the others as {@code page: link (reason)}.
   */
  static void linkProblems(
      PrintWriter err, List<LinkProblem> problems, List<DescriptionLink> descriptionLinks) {
    int printed = 0;
    for (LinkProblem problem : problems) {
      if (printed++ == MAX_PRINTED) {
        err.println("... and " + (problems.size() - MAX_PRINTED) + " more");
        break;
      }
      err.println(BrokenLinks.traced(problem, descriptionLinks)
          .map(Diagnostic::format)
          .orElse(problem.toString()));
    }
    err.println(count(problems.size(), "link problem"));
    err.flush();
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
