package org.casebook.site;

import java.nio.file.Path;
import org.casebook.catalog.CatalogLimits;

/**
 * The folders a build reads and writes, and where the site is published.
 *
 * @param basePath the URL path the site is served under, such as {@code /docs/}; {@code /} at a
 *     domain root
 * @param baseUrl the absolute URL of the published site, or empty when unknown
 */
public record BuildOptions(
    Path contentDir,
    Path templatesDir,
    Path outDir,
    String basePath,
    String baseUrl,
    CatalogLimits limits) {

}
