package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.casebook.linkcheck.ExternalLinkFinder;
import org.casebook.linkcheck.LinkCheckReport;
import org.casebook.linkcheck.LinkChecker;
import org.casebook.linkcheck.LinkProblem;
import org.casebook.linkcheck.external.ExternalCheckReport;
import org.casebook.linkcheck.external.ExternalLinkChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casebook check DIR}: checks the internal links of any folder of HTML, and with {@code
 * --external} its http and https links too.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks that every internal link and fragment in a folder of HTML resolves, and that no"
          + " page repeats an element id. Works on sites built by any tool. With --external,"
          + " also requests every http and https link once."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Folder of HTML files to check.")
  Path dir;

  @Option(names = "--base-path", paramLabel = "PATH", defaultValue = "/",
      description = "URL path the site is served under, such as /docs/; root-relative links"
          + " must start with it (default: ${DEFAULT-VALUE}).")
  String basePath;

  @Mixin ExternalOptions external;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      err.println("casebook: " + (Files.exists(dir) ? "not a folder: " : "folder not found: ")
          + dir);
      err.println("  give the folder that holds the site's HTML, such as: casebook check site");
      return Main.USAGE;
    }
    LinkChecker checker;
    try {
      checker = LinkChecker.builder().basePath(basePath).build();
    } catch (IllegalArgumentException e) {
      err.println("casebook: invalid --base-path: " + e.getMessage());
      return Main.USAGE;
    }
    ExternalLinkChecker externalChecker = null;
    if (external.enabled) {
      externalChecker = external.toChecker(err);
      if (externalChecker == null) {
        return Main.USAGE;
      }
    }
    try {
      LinkCheckReport report = checker.check(dir);
      List<LinkProblem> problems = new ArrayList<>(report.problems());
      ExternalCheckReport externalReport = null;
      if (externalChecker != null) {
        externalReport = externalChecker.check(ExternalLinkFinder.find(dir));
        problems.addAll(externalReport.problems());
        // A stable sort keeps each page's internal problems ahead of its external ones.
        problems.sort(Comparator.comparing(LinkProblem::page));
      }
      if (!problems.isEmpty()) {
        Reporter.linkProblems(err, problems);
      }
      if (report.pagesChecked() == 0) {
        err.println("casebook: no .html pages found in " + dir);
        err.println("  give the folder that holds the site's HTML, such as: casebook check site");
        return Main.PROBLEMS;
      }
      out.println("checked " + Reporter.count(report.linksChecked(), "link") + " in "
          + Reporter.count(report.pagesChecked(), "page") + "; "
          + Reporter.count(problems.size(), "problem"));
      if (externalReport != null) {
        printExternalSummary(out, externalReport);
      }
      return problems.isEmpty() ? Main.OK : Main.PROBLEMS;
    } catch (IOException e) {
      err.println("casebook: " + BuildCommand.describe(e));
      return Main.FAILURE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("casebook: interrupted while checking external links");
      return Main.FAILURE;
    }
  }

  private static void printExternalSummary(PrintWriter out, ExternalCheckReport report) {
    out.println("external: requested " + Reporter.count(report.urlsRequested(), "URL") + ", "
        + report.urlsFromCache() + " passed recently per the cache, "
        + Reporter.count(report.linksSkipped(), "link") + " skipped; "
        + Reporter.count(report.problems().size(), "problem"));
  }
}
