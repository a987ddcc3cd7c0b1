package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casebook.linkcheck.LinkCheckReport;
import org.casebook.linkcheck.LinkChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code casebook check DIR}: checks the internal links of any folder of HTML. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks that every internal link and fragment in a folder of HTML resolves, and that no"
          + " page repeats an element id. Works on sites built by any tool."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Folder of HTML files to check.")
  Path dir;

  @Option(names = "--base-path", paramLabel = "PATH", defaultValue = "/",
      description = "URL path the site is served under, such as /docs/; root-relative links"
          + " must start with it (default: ${DEFAULT-VALUE}).")
  String basePath;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      err.println("casebook: folder not found: " + dir);
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
    try {
      LinkCheckReport report = checker.check(dir);
      if (!report.ok()) {
        Reporter.linkProblems(err, report.problems());
      }
      out.println("checked " + Reporter.count(report.linksChecked(), "link") + " in "
          + Reporter.count(report.pagesChecked(), "page") + "; "
          + Reporter.count(report.problems().size(), "problem"));
      return report.ok() ? Main.OK : Main.PROBLEMS;
    } catch (IOException e) {
      err.println("casebook: " + BuildCommand.describe(e));
      return Main.FAILURE;
    }
  }
}
