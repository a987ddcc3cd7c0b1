package org.casebook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
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
  /** A link whose destination contains a space, which CommonMark leaves as literal text. */
  private static final Pattern SPACED_DESTINATION =
      Pattern.compile("\\]\\(\\s*([^\\s<)]+) +([^)]*)\\)");

  private final Parser parser =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
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
    Node document = parser.parse(markdown);
    for (Node node : unsafeNodes(document)) {
      unlink(node);
    }
    return renderer.render(document);
  }

  /**
   * Finds links and images whose destination uses a scheme that can run script. The renderer
   * shows such a link's text, and such an image's description, as plain text.
   *
   * @return each one's 0-based line within the text and its destination
   */
  public List<UnsafeLink> findUnsafeLinks(String markdown) {
    List<UnsafeLink> found = new ArrayList<>();
    if (markdown == null || markdown.isBlank()) {
      return found;
    }
    for (Node node : unsafeNodes(parser.parse(markdown))) {
      int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex();
      found.add(new UnsafeLink(line, destination(node)));
    }
    return found;
  }

  /**
   * Finds the links and images that the rendered HTML keeps, with the line each starts on.
   *
   * @return one entry per link or image, in document order
   */
  public List<FoundLink> findLinks(String markdown) {
    List<FoundLink> found = new ArrayList<>();
    if (markdown == null || markdown.isBlank()) {
      return found;
    }
    parser.parse(markdown).accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            add(link);
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            add(image);
            visitChildren(image);
          }

          private void add(Node node) {
            String destination = destination(node);
            if (!destination.isEmpty() && !SchemeSanitizer.isUnsafe(destination)) {
              int line = node.getSourceSpans().isEmpty()
                  ? 0
                  : node.getSourceSpans().get(0).getLineIndex();
              found.add(new FoundLink(line, destination));
            }
          }
        });
    return found;
  }

  /**
   * A link or image destination as the HTML shows it.
   *
   * @param line 0-based line within the Markdown text
   */
  public record FoundLink(int line, String destination) {}

  /**
   * A Markdown link or image dropped because its destination could run script.
   *
   * @param line 0-based line within the Markdown text
   */
  public record UnsafeLink(int line, String destination) {}

  private static List<Node> unsafeNodes(Node document) {
    List<Node> unsafe = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            if (SchemeSanitizer.isUnsafe(link.getDestination())) {
              unsafe.add(link);
            }
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            if (SchemeSanitizer.isUnsafe(image.getDestination())) {
              unsafe.add(image);
            }
            visitChildren(image);
          }
        });
    return unsafe;
  }

  private static String destination(Node node) {
    return node instanceof Link link ? link.getDestination() : ((Image) node).getDestination();
  }

  /** Replaces a link or image with its content: the link text, or the image description. */
  private static void unlink(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      node.insertBefore(child);
      child = next;
    }
    node.unlink();
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
   * A Markdown link left as text because its destination contains a space.
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

    static boolean isUnsafe(String url) {
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
