package org.casebook.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The published location of a site, as far as pages, {@code sitemap.xml} and {@code robots.txt} need it.
 *
 * <p>Without a base URL, pages carry no {@code canonical} or {@code og:url} tag and no {@code
 * sitemap.xml} is written, because both need absolute URLs.
 *
 * @param basePath the URL path the site is served under, beginning and ending with {@code /}
 * @param baseUrl the absolute URL of the site root ending with {@code /}, or empty when unknown
 * @param lastModified the date given as {@code lastmod} of every sitemap entry, or empty to leave
 *     {@code lastmod} out
 */
public record PublishSettings(String basePath, String baseUrl, Optional<LocalDate> lastModified) {
  /** A site served at a domain root whose URL is unknown. */
  public static final PublishSettings UNPUBLISHED =
      new PublishSettings("/", "", Optional.empty());

  /**
   * @throws IllegalArgumentException if the base path does not begin and end with {@code /}, or
   *     the base URL is neither empty nor ends with {@code /}
   */
  public PublishSettings {
    Objects.requireNonNull(basePath, "basePath");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(lastModified, "lastModified");
    if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
      throw new IllegalArgumentException(
          "base path \"" + basePath + "\" must begin and end with \"/\", such as \"/docs/\"");
    }
    if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
      throw new IllegalArgumentException(
          "base URL \"" + baseUrl + "\" must end with \"/\", such as"
              + " \"https://example.org/docs/\"");
    }
  }

  /** Returns whether the absolute URL of the site is known. */
  public boolean hasBaseUrl() {
    return !baseUrl.isEmpty();
  }

  /**
   * Returns the absolute URL of a page, or empty without a base URL. Characters that a URI path
   * cannot contain, non-ASCII letters of slugs included, are percent-encoded as UTF-8.
   *
   * @param pagePath the path relative to the site root, such as {@code goals/a/}
   */
  public String absoluteUrl(String pagePath) {
    if (!hasBaseUrl()) {
      return "";
    }
    return baseUrl + encodePath(pagePath);
  }

  private static String encodePath(String path) {
    try {
      // The multi-argument URI constructor quotes what a path may not hold; toASCIIString then
      // percent-encodes the remaining non-ASCII characters (RFC 3986 section 2.1).
      return new URI(null, null, "/" + path, null).toASCIIString().substring(1);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("page path \"" + path + "\" is not a valid URL path", e);
    }
  }
}
