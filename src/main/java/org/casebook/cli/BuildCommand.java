package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casebook.diag.BuildFailedException;
import org.casebook.site.BuildOptions;
import org.casebook.site.BuildResult;
import org.casebook.site.LinkCheckFailedException;
import org.casebook.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casebook build}: builds the site from the catalog and checks its links. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the site from the catalog, checks every internal link, and replaces the output"
          + " folder only if all of that succeeds."
    })
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SiteOptions site;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BuildOptions options = site.toBuildOptions(err);
    if (options == null) {
      return Main.USAGE;
    }
    return build(options, out, err);
  }

  static int build(BuildOptions options, PrintWriter out, PrintWriter err) {
    SiteBuilder builder = new SiteBuilder(options);
    try {
      builder.checkOutput();
    } catch (BuildFailedException e) {
      // A refused output folder is a mistake in the command line, not in the catalog.
      Reporter.diagnostics(err, e.diagnostics());
      return Main.USAGE;
    } catch (IOException e) {
      err.println("casebook: " + describe(e));
      return Main.FAILURE;
    }
    try {
      BuildResult result = builder.build();
      Reporter.diagnostics(err, result.warnings());
      out.println(
          String.format(Locale.ROOT,
              "built %s (%s) in %s; checked %s; %.2f s",
              Reporter.count(result.pages(), "page"), Reporter.count(result.files(), "file"),
              options.outDir(), Reporter.count(result.links(), "link"),
              result.nanos() / 1e9));
      return Main.OK;
    } catch (BuildFailedException e) {
      Reporter.diagnostics(err, e.diagnostics());
      return Main.PROBLEMS;
    } catch (LinkCheckFailedException e) {
      Reporter.linkProblems(err, e.report().problems(), e.descriptionLinks());
      err.println("the generated site has broken links; nothing was written, and the previous"
          + " output is unchanged");
      return Main.PROBLEMS;
    } catch (IOException e) {
      err.println("casebook: " + describe(e));
      return Main.FAILURE;
    }
  }

  /** Returns the path part of a base URL, with a trailing slash; {@code /} for an empty URL. */
  static String basePath(String url) throws URISyntaxException {
    if (url == null || url.isBlank()) {
      return "/";
    }
    URI uri = new URI(url);
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new URISyntaxException(url, "not an absolute http or https URL");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return path.endsWith("/") ? path : path + "/";
  }

  static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return "file operation failed (" + kind + "): " + e.getMessage();
  }
}
