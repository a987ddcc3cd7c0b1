package org.casebook.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.casebook.catalog.CatalogLimits;

/** Builds the project's own content and templates, as published under a base URL. */
final class RealSite {
  static final Path CONTENT = Path.of("content");
  static final Path TEMPLATES = Path.of("templates");

  private RealSite() {}

  static BuildOptions options(Path out, String basePath, String baseUrl) {
    return new BuildOptions(CONTENT, TEMPLATES, out, basePath, baseUrl, CatalogLimits.DEFAULTS);
  }

  /** Renders the site in memory with the given environment. */
  static SiteBuilder.Rendered render(String basePath, String baseUrl, Map<String, String> env)
      throws IOException {
    return new SiteBuilder(options(Path.of("unused-output"), basePath, baseUrl), env).render();
  }
}
