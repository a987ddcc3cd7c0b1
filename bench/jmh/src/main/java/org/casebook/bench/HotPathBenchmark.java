package org.casebook.bench;

import java.io.IOException;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.casebook.catalog.Catalog;
import org.casebook.catalog.CatalogLimits;
import org.casebook.catalog.CatalogLoader;
import org.casebook.linkcheck.LinkCheckReport;
import org.casebook.linkcheck.LinkChecker;
import org.casebook.markdown.MarkdownRenderer;
import org.casebook.render.SiteRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times the three in-memory stages of a build on one catalog size: loading and validating the
 * catalog, rendering every page, and checking the links of the rendered map. Writing is left out
 * because it measures the file system more than Casebook.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathBenchmark {
  @Param({"real", "10x100"})
  public String size;

  private CatalogLoader loader;
  private SiteRenderer renderer;
  private Catalog catalog;
  private SortedMap<String, byte[]> files;

  /** Loads and renders once, so each benchmark starts from the previous stage's output. */
  @Setup(Level.Trial)
  public void prepare() throws IOException {
    loader = new CatalogLoader(CatalogLimits.DEFAULTS, new MarkdownRenderer());
    renderer = new SiteRenderer(Catalogs.templates());
    catalog = loader.load(Catalogs.content(size));
    files = renderer.render(catalog);
  }

  /** Benchmarks CatalogLoader.load: YAML parse, schema validation and reference checks. */
  @Benchmark
  public Catalog load() throws IOException {
    return loader.load(Catalogs.content(size));
  }

  /** Benchmarks SiteRenderer.render: every page, catalog.json and the assets, in memory. */
  @Benchmark
  public SortedMap<String, byte[]> render() throws IOException {
    return renderer.render(catalog);
  }

  /** Benchmarks LinkChecker.check on the rendered files, as a build does before writing. */
  @Benchmark
  public LinkCheckReport checkLinks() {
    return LinkChecker.builder().basePath("/").build().check(files);
  }
}
