package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casebook.catalog.CatalogLimits;
import org.casebook.diag.BuildFailedException;
import org.casebook.site.BuildOptions;
import org.casebook.site.BuildResult;
import org.casebook.site.LinkCheckFailedException;
import org.casebook.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Folder of the YAML catalog (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
      description = "Folder of the FreeMarker templates and assets (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
      description = "Folder the site is written to; it is replaced as a whole (default:"
          + " ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = "",
      description = "Absolute URL the site is published at, such as"
          + " https://example.github.io/docs/. Its path is the base path links are checked"
          + " against. Without it, base_url in site.yaml is used; with neither, pages have no"
          + " canonical URL and no sitemap.xml is written.")
  String baseUrl;

  @Option(names = "--max-file-size", paramLabel = "BYTES",
      defaultValue = "" + (64L << 20),
      description = "Largest content file read, in bytes (default: ${DEFAULT-VALUE}).")
  long maxFileBytes;

  @Option(names = "--max-yaml-nodes", paramLabel = "N", defaultValue = "5000000",
      description = "Most YAML nodes one file may expand to, counting each use of an alias"
          + " (default: ${DEFAULT-VALUE}).")
  int maxNodes;

  @Option(names = "--max-yaml-depth", paramLabel = "N", defaultValue = "64",
      description = "Deepest nesting of lists and mappings in one file (default:"
          + " ${DEFAULT-VALUE}).")
  int maxDepth;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String basePath;
    try {
      basePath = basePath(baseUrl);
    } catch (URISyntaxException e) {
      err.println("casebook: invalid --base-url '" + baseUrl + "': " + e.getReason());
      err.println("  give an absolute URL such as https://example.github.io/docs/");
      return Main.USAGE;
    }
    if (maxFileBytes < 1 || maxNodes < 1 || maxDepth < 1) {
      err.println("casebook: --max-file-size, --max-yaml-nodes and --max-yaml-depth must be"
          + " positive");
      return Main.USAGE;
    }
    BuildOptions options =
        new BuildOptions(content, templates, this.out, basePath, baseUrl,
            new CatalogLimits(maxFileBytes, maxNodes, maxDepth));
    return build(options, out, err);
  }

  static int build(BuildOptions options, PrintWriter out, PrintWriter err) {
    try {
      BuildResult result = new SiteBuilder(options).build();
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
      Reporter.linkProblems(err, e.report().problems());
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
