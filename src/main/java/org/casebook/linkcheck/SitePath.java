package org.casebook.linkcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A normalised path inside a site, without {@code .}, {@code ..} or empty segments.
 *
 * @param segments the decoded path segments, empty for the site root
 * @param folder whether the path names a folder, because it ended with {@code /}, {@code .} or
 *     {@code ..}, or is the root
 */
record SitePath(List<String> segments, boolean folder) {

  SitePath {
    segments = List.copyOf(segments);
    folder = folder || segments.isEmpty();
  }

  /**
   * Normalises a decoded path that has no leading {@code /}, as RFC 3986 section 5.2.4 removes dot
   * segments. Empty segments are dropped, as a static file server does. Returns empty when a {@code
   * ..} segment climbs above the start of the path.
   */
  static Optional<SitePath> normalize(String path) {
    List<String> segments = new ArrayList<>();
    boolean folder = false;
    for (String segment : path.split("/", -1)) {
      folder = true;
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.empty();
        }
        segments.remove(segments.size() - 1);
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.add(segment);
        folder = false;
      }
    }
    return Optional.of(new SitePath(segments, folder));
  }

  /**
   * Returns this path relative to the folder with the given segments, or empty when it lies outside
   * that folder. The folder itself, with or without a trailing {@code /}, becomes the root.
   */
  Optional<SitePath> relativeTo(List<String> folderSegments) {
    if (segments.size() < folderSegments.size()
        || !segments.subList(0, folderSegments.size()).equals(folderSegments)) {
      return Optional.empty();
    }
    return Optional.of(
        new SitePath(segments.subList(folderSegments.size(), segments.size()), folder));
  }

  /** Returns the segments joined with {@code /}, without a trailing {@code /}. */
  String joined() {
    return String.join("/", segments);
  }
}
