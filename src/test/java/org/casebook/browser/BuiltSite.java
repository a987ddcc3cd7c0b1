package org.casebook.browser;

import java.io.IOException;
import java.nio.file.Path;
import org.casebook.catalog.CatalogLimits;
import org.casebook.site.BuildOptions;
import org.casebook.site.SiteBuilder;

/** Builds the project's real content and templates into a folder. */
final class BuiltSite {
  private BuiltSite() {}

  /** Builds the site into {@code folder/site} and returns that path. */
  static Path build(Path folder) throws IOException {
    Path out = folder.resolve("site");
    new SiteBuilder(new BuildOptions(Path.of("content"), Path.of("templates"), out, "/", "",
        CatalogLimits.DEFAULTS)).build();
    return out;
  }
}
