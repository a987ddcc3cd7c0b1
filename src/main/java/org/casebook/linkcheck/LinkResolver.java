package org.casebook.linkcheck;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolver that checks one internal link against the files and parsed pages of a site.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
final class LinkResolver {

  /** An RFC 3986 scheme followed by its colon, such as {@code https:} or {@code mailto:}. */
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

  private final BasePath basePath;
  private final SiteFiles site;
  private final Map<String, PageScan> scans;

  LinkResolver(BasePath basePath, SiteFiles site, Map<String, PageScan> scans) {
    this.basePath = basePath;
    this.site = site;
    this.scans = scans;
  }

  /** Returns whether the link has a scheme or is protocol-relative, so it leaves the site. */
  static boolean isExternal(String link) {
    String trimmed = link.trim();
    return trimmed.startsWith("//") || SCHEME.matcher(trimmed).lookingAt();
  }

  /**
   * Checks an internal link written on page and returns why it is broken, or empty when its target
   * and fragment exist. The query is ignored.
   */
  Optional<String> check(String page, String link) {
    // The WHATWG URL Standard strips leading and trailing C0 controls and spaces, as trim() does.
    String trimmed = link.trim();
    int hash = trimmed.indexOf('#');
    String fragment = hash < 0 ? "" : trimmed.substring(hash + 1);
    String beforeFragment = hash < 0 ? trimmed : trimmed.substring(0, hash);
    int query = beforeFragment.indexOf('?');
    String path = query < 0 ? beforeFragment : beforeFragment.substring(0, query);

    Resolution target = path.isEmpty() ? new Found(page) : resolvePath(page, path);
    if (target instanceof Broken broken) {
      return Optional.of(broken.reason());
    }
    return checkFragment(((Found) target).path(), fragment);
  }

  private Resolution resolvePath(String page, String encodedPath) {
    Optional<String> decoded = PercentDecoder.decode(encodedPath);
    if (decoded.isEmpty()) {
      return new Broken("malformed percent-encoding");
    }
    String path = decoded.get();
    if (path.startsWith("/")) {
      return resolveRootRelative(path.substring(1));
    }
    String folder = page.substring(0, page.lastIndexOf('/') + 1);
    return SitePath.normalize(folder + path)
        .map(this::locate)
        .orElseGet(() -> new Broken("outside the site"));
  }

  private Resolution resolveRootRelative(String path) {
    Optional<SitePath> absolute = SitePath.normalize(path);
    if (absolute.isEmpty()) {
      return new Broken("outside the site");
    }
    Optional<SitePath> relative = absolute.get().relativeTo(basePath.segments());
    if (relative.isEmpty()) {
      String base = basePath.value();
      return new Broken(
          "outside the base path "
              + base
              + "; it would not resolve when the site is served under "
              + base);
    }
    return locate(relative.get());
  }

  /** Finds the file a path names: the file itself, or the index.html of a folder. */
  private Resolution locate(SitePath path) {
    String joined = path.joined();
    if (!path.folder() && site.isFile(joined)) {
      return new Found(joined);
    }
    String folder = joined.isEmpty() ? "" : joined + "/";
    if (!site.isDirectory(joined)) {
      return new Broken("no such file " + (path.folder() ? folder + "index.html" : joined));
    }
    if (site.isFile(folder + "index.html")) {
      return new Found(folder + "index.html");
    }
    if (joined.isEmpty()) {
      return new Broken("the site root has no index.html");
    }
    return new Broken("folder " + folder + " has no index.html");
  }

  /**
   * Checks that a non-empty fragment names an element id on the target. Following the HTML
   * standard, the fragment matches an id either as written or percent-decoded, with no case
   * folding. Browsers also accept {@code #top} without such an id, but the checker does not. A
   * target that is not an HTML page has no ids, so its fragment is not checked.
   */
  private Optional<String> checkFragment(String target, String fragment) {
    PageScan scan = scans.get(target);
    if (fragment.isEmpty() || scan == null || scan.ids().contains(fragment)) {
      return Optional.empty();
    }
    Optional<String> id = PercentDecoder.decode(fragment);
    if (id.isEmpty()) {
      return Optional.of("malformed percent-encoding");
    }
    if (scan.ids().contains(id.get())) {
      return Optional.empty();
    }
    return Optional.of("no element with id \"" + id.get() + "\" on " + target);
  }

  private sealed interface Resolution permits Found, Broken {}

  private record Found(String path) implements Resolution {}

  private record Broken(String reason) implements Resolution {}
}
