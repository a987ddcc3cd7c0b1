package org.casebook.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.casebook.catalog.CatalogLimits;
import org.casebook.site.BuildOptions;
import picocli.CommandLine.Option;

/** The folder, URL and limit options shared by {@code build} and {@code serve}. */
final class SiteOptions {
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

  @Option(names = "--max-line-length", paramLabel = "CHARS", defaultValue = "1048576",
      description = "Maximum line length of a content file, in characters (default: ${DEFAULT-VALUE}).")
  int maxLineLength;

  /** Returns the build options, or null after printing why the options are invalid. */
  BuildOptions toBuildOptions(PrintWriter err) {
    String basePath;
    try {
      basePath = BuildCommand.basePath(baseUrl);
    } catch (URISyntaxException e) {
      err.println("casebook: invalid --base-url '" + baseUrl + "': " + e.getReason());
      err.println("  give an absolute URL such as https://example.github.io/docs/");
      return null;
    }
    if (maxFileBytes < 1 || maxNodes < 1 || maxDepth < 1 || maxLineLength < 1) {
      err.println("casebook: --max-file-size, --max-yaml-nodes, --max-yaml-depth and"
          + " --max-line-length must be"
          + " positive");
      return null;
    }
    return new BuildOptions(content, templates, out, basePath, baseUrl,
        new CatalogLimits(maxFileBytes, maxNodes, maxDepth, maxLineLength));
  }
}
