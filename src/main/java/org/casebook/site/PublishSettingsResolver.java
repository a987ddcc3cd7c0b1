package org.casebook.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casebook.catalog.Site;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;
import org.casebook.render.PublishSettings;

/**
 * Resolves where a build is published. The base URL is the first non-empty of the build option
 * ({@code --base-url}) and {@code base_url} in {@code site.yaml}. A known base URL also sets the
 * base path; otherwise the base path of the build options stays. {@code SOURCE_DATE_EPOCH}, in
 * seconds since 1970-01-01 UTC, sets the sitemap's {@code lastmod} date.
 */
final class PublishSettingsResolver {
  static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

  private PublishSettingsResolver() {}

  /**
   * @throws BuildFailedException if {@code base_url} or {@code SOURCE_DATE_EPOCH} is invalid
   */
  static PublishSettings resolve(BuildOptions options, Site site, Map<String, String> env) {
    Optional<LocalDate> lastModified = lastModified(env.get(SOURCE_DATE_EPOCH));
    String optionUrl = options.baseUrl() == null ? "" : options.baseUrl().strip();
    if (!optionUrl.isEmpty()) {
      return settings(optionUrl, lastModified, "--base-url");
    }
    String siteUrl = site.baseUrl().strip();
    if (!siteUrl.isEmpty()) {
      String file = options.contentDir().resolve("site.yaml").toString();
      return settings(siteUrl, lastModified, file);
    }
    String basePath = options.basePath().endsWith("/") ? options.basePath()
        : options.basePath() + "/";
    return new PublishSettings(basePath, "", lastModified);
  }

  private static PublishSettings settings(
      String url, Optional<LocalDate> lastModified, String origin) {
    URI uri = parse(url, origin);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String basePath = path.endsWith("/") ? path : path + "/";
    String root = url.endsWith("/") ? url : url + "/";
    return new PublishSettings(basePath, root, lastModified);
  }

  private static URI parse(String url, String origin) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw invalidUrl(url, origin, e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw invalidUrl(url, origin, "not an absolute http or https URL");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw invalidUrl(url, origin, "a base URL must not have a query or fragment");
    }
    return uri;
  }

  private static BuildFailedException invalidUrl(String url, String origin, String reason) {
    return new BuildFailedException(
        Diagnostic.error(origin, 0, 0, "invalid base URL \"" + url + "\": " + reason)
            .withHint("give the absolute URL the site is published at, such as"
                + " https://example.github.io/docs/"));
  }

  private static Optional<LocalDate> lastModified(String epoch) {
    if (epoch == null || epoch.isBlank()) {
      return Optional.empty();
    }
    try {
      long seconds = Long.parseLong(epoch.strip());
      if (seconds >= 0) {
        return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC));
      }
    } catch (NumberFormatException | DateTimeException e) {
      // Reported below like a negative value.
    }
    throw new BuildFailedException(
        Diagnostic.error(SOURCE_DATE_EPOCH, 0, 0,
                "invalid " + SOURCE_DATE_EPOCH + " \"" + epoch + "\": expected a whole number"
                    + " of seconds since 1970-01-01 UTC, at least 0")
            .withHint("set it to a value such as 1767225600, or unset it"));
  }
}
