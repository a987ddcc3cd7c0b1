package org.casebook.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.casebook.catalog.Catalog;
import org.casebook.catalog.CatalogLoader;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;
import org.casebook.linkcheck.LinkCheckReport;
import org.casebook.linkcheck.LinkChecker;
import org.casebook.markdown.MarkdownRenderer;
import org.casebook.render.SiteRenderer;

/**
 * Runs a whole build: load and validate the catalog, render every file in memory, check the links
 * of the result, and only then replace the output folder. Any failure leaves the previous output
 * as it was.
 */
public final class SiteBuilder {
  private final BuildOptions options;

  public SiteBuilder(BuildOptions options) {
    this.options = options;
  }

  /** A catalog and the site files rendered from it, keyed by relative path. */
  public record Rendered(Catalog catalog, SortedMap<String, byte[]> files) {}

  /**
   * Builds the site and writes it to the output folder.
   *
   * @throws BuildFailedException when the catalog or a template has an error
   * @throws LinkCheckFailedException when the generated site has broken links
   * @throws IOException when reading input or writing output fails
   */
  public BuildResult build() throws IOException {
    long start = System.nanoTime();
    Rendered rendered = render();
    LinkCheckReport report =
        LinkChecker.builder().basePath(options.basePath()).build().check(rendered.files());
    if (!report.ok()) {
      throw new LinkCheckFailedException(report);
    }
    SiteWriter.replace(
        options.outDir(), rendered.files(), List.of(options.contentDir(), options.templatesDir()));
    int pages =
        (int) rendered.files().keySet().stream().filter(path -> path.endsWith(".html")).count();
    return new BuildResult(
        pages,
        rendered.files().size(),
        report.linksChecked(),
        rendered.catalog().warnings(),
        System.nanoTime() - start);
  }

  /**
   * Loads the catalog and renders every file in memory, without writing anything.
   *
   * @throws BuildFailedException when the catalog or a template has an error; it carries the
   *     catalog's warnings too
   */
  public Rendered render() throws IOException {
    CatalogLoader loader = new CatalogLoader(options.limits(), new MarkdownRenderer());
    SiteRenderer renderer = new SiteRenderer(options.templatesDir());
    Catalog catalog = loader.load(options.contentDir());
    try {
      return new Rendered(catalog, renderer.render(catalog));
    } catch (BuildFailedException e) {
      List<Diagnostic> all = new ArrayList<>(catalog.warnings());
      all.addAll(e.diagnostics());
      throw new BuildFailedException(all);
    }
  }
}
