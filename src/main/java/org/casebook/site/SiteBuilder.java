package org.casebook.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import org.casebook.catalog.Catalog;
import org.casebook.catalog.CatalogLoader;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;
import org.casebook.linkcheck.LinkCheckReport;
import org.casebook.linkcheck.LinkChecker;
import org.casebook.linkcheck.PageScanCache;
import org.casebook.markdown.MarkdownRenderer;
import org.casebook.render.PublishSettings;
import org.casebook.render.SiteRenderer;

/**
 * Runs a whole build: load and validate the catalog, render every file in memory, check the links
 * of the result, and only then replace the output folder. Any failure leaves the previous output
 * as it was.
 *
 * <p>A builder can run many times, as the dev server does: it keeps the parsed content files,
 * the parsed templates and the parsed pages of the link check, and redoes only what changed.
 * Not thread-safe: one thread at a time calls {@link #render()} or {@link #build()}, and one
 * thread at a time, possibly another one, calls {@link #check}.
 */
public final class SiteBuilder {
  private final BuildOptions options;
  private final Map<String, String> env;
  private final CatalogLoader loader;
  private final FutureTask<SiteRenderer> renderer;
  private final PageScanCache scans = new PageScanCache();

  /**
   * Creates a builder that reads {@code SOURCE_DATE_EPOCH} from the process environment; see
   * {@link PublishSettingsResolver} for how the base URL is chosen.
   */
  public SiteBuilder(BuildOptions options) {
    this(options, System.getenv());
  }

  SiteBuilder(BuildOptions options, Map<String, String> env) {
    this.options = options;
    this.env = Map.copyOf(env);
    this.loader = new CatalogLoader(options.limits(), new MarkdownRenderer());
    // Parsing the templates overlaps with loading the catalog on another core.
    this.renderer = new FutureTask<>(() -> SiteRenderer.warmedUp(options.templatesDir()));
    Thread setup = new Thread(renderer, "casebook-template-setup");
    setup.setDaemon(true);
    setup.start();
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
    checkOutput();
    Rendered rendered = render();
    String basePath = settings(rendered.catalog()).basePath();
    LinkCheckReport report = check(rendered.files(), basePath);
    if (!report.ok()) {
      throw new LinkCheckFailedException(report, rendered.catalog().descriptionLinks());
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
   * Checks that the output folder may be replaced, before any work is done; {@link #build()}
   * checks it again when it replaces the folder.
   *
   * @throws BuildFailedException when the folder is or contains an input folder, the project
   *     root or the home folder, or contains files that Casebook did not write
   */
  public void checkOutput() throws IOException {
    OutputGuard.check(options.outDir(), List.of(options.contentDir(), options.templatesDir()));
  }

  /**
   * Loads the catalog and renders every file in memory, without writing anything.
   *
   * @throws BuildFailedException when the catalog or a template has an error; it carries the
   *     catalog's warnings too
   */
  public Rendered render() throws IOException {
    return render(null);
  }

  /**
   * Renders again after a change to the given files, reading only those content files; see
   * {@link CatalogLoader#load(java.nio.file.Path, Set)}.
   *
   * @param changed the absolute paths that changed since the last render, or null for unknown
   */
  public Rendered render(Set<Path> changed) throws IOException {
    Catalog catalog = loader.load(options.contentDir(), changed);
    try {
      return new Rendered(catalog, renderer().render(catalog, settings(catalog)));
    } catch (BuildFailedException e) {
      List<Diagnostic> all = new ArrayList<>(catalog.warnings());
      all.addAll(e.diagnostics());
      throw new BuildFailedException(all);
    }
  }

  /**
   * Checks the links of rendered files against a base path, parsing again only the pages that
   * changed since this builder's last check.
   */
  public LinkCheckReport check(Map<String, byte[]> files, String basePath) {
    return check(files, basePath, () -> false);
  }

  /**
   * Checks links like {@link #check(Map, String)} and gives up once {@code cancelled} returns
   * true.
   *
   * @throws java.util.concurrent.CancellationException when the check was given up
   */
  public LinkCheckReport check(
      Map<String, byte[]> files, String basePath, BooleanSupplier cancelled) {
    return LinkChecker.builder().basePath(basePath).build().check(files, scans, cancelled);
  }

  /** Returns the base path that links are checked against for a catalog. */
  public String basePath(Catalog catalog) {
    return settings(catalog).basePath();
  }

  private SiteRenderer renderer() throws IOException {
    try {
      return renderer.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the templates", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("cannot read the templates", e.getCause());
    }
  }

  private PublishSettings settings(Catalog catalog) {
    return PublishSettingsResolver.resolve(options, catalog.site(), env);
  }
}
