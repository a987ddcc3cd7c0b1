package org.casebook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Renders writers' Markdown (CommonMark) to an HTML fragment that is safe to put in a page.
 *
 * <p>Raw HTML in the source is escaped and shown as text, and link or image destinations with the
 * schemes {@code javascript:}, {@code vbscript:} or {@code data:} become empty. Destinations are
 * percent-encoded where needed. Immutable and thread-safe.
 */
public final class MarkdownRenderer {
  /** A link whose destination holds a space, which CommonMark leaves as literal text. */
  private static final Pattern SPACED_DESTINATION =
      Pattern.compile("\\]\\(\\s*([^\\s<)]+) +([^)]*)\\)");

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new SchemeSanitizer())
          .percentEncodeUrls(true)
          .build();

  /** Returns the HTML for a Markdown text; an empty or null text gives an empty string. */
  public String render(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return renderer.render(parser.parse(markdown));
  }

  /**
   * Finds link destinations that contain a space, which CommonMark does not treat as links.
   *
   * @return one entry per such link: the 0-based line within the text and the destination
   */
  public List<SpacedLink> findSpacedLinks(String markdown) {
    List<SpacedLink> found = new ArrayList<>();
    if (markdown == null) {
      return found;
    }
    String[] lines = markdown.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = SPACED_DESTINATION.matcher(lines[i]);
      while (matcher.find()) {
        found.add(new SpacedLink(i, matcher.start() + 1, matcher.group(1) + " " + matcher.group(2)));
      }
    }
    return found;
  }

  /**
   * A Markdown link left as text because its destination holds a space.
   *
   * @param line 0-based line within the Markdown text
   * @param column 0-based column of the {@code (} that opens the destination
   */
  public record SpacedLink(int line, int column, String destination) {}

  /** Empties destinations whose scheme can run script, checked after case folding. */
  private static final class SchemeSanitizer implements UrlSanitizer {
    @Override
    public String sanitizeLinkUrl(String url) {
      return isUnsafe(url) ? "" : url;
    }

    @Override
    public String sanitizeImageUrl(String url) {
      return isUnsafe(url) ? "" : url;
    }

    private static boolean isUnsafe(String url) {
      StringBuilder compact = new StringBuilder();
      for (int i = 0; i < url.length(); i++) {
        char c = url.charAt(i);
        if (c > ' ' && c != 0x7F) {
          compact.append(c);
        }
      }
      String scheme = compact.toString().toLowerCase(Locale.ROOT);
      return scheme.startsWith("javascript:")
          || scheme.startsWith("vbscript:")
          || scheme.startsWith("data:");
    }
  }
}
