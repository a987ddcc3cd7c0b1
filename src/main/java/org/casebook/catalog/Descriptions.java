package org.casebook.catalog;

import java.util.List;
import org.casebook.diag.Diagnostic;
import org.casebook.markdown.MarkdownRenderer;

/** Renders Markdown fields and warns about links that CommonMark will show as plain text. */
final class Descriptions {
  private final MarkdownRenderer markdown;
  private final List<Diagnostic> problems;
  private final List<DescriptionLink> links;

  /**
   * @param problems receives warnings about links shown as plain text
   * @param links receives every link the HTML keeps, with its place in the file
   */
  Descriptions(MarkdownRenderer markdown, List<Diagnostic> problems, List<DescriptionLink> links) {
    this.markdown = markdown;
    this.problems = problems;
    this.links = links;
  }

  /** Returns the HTML of the Markdown field at a pointer, or an empty string. */
  String render(YamlDocument document, String pointer) {
    var node = document.root().at(pointer);
    if (!node.isTextual()) {
      return "";
    }
    String text = node.asText();
    Position start = document.valueAt(pointer);
    int firstLine = start.line() + (isBlockScalar(document, start) ? 1 : 0);
    for (MarkdownRenderer.SpacedLink link : markdown.findSpacedLinks(text)) {
      warn(document, pointer, firstLine + link.line(), link.destination(),
          "contains a space, so the link is shown as plain text",
          "wrap the destination in <…> or write each space as %20");
    }
    for (MarkdownRenderer.UnsafeLink link : markdown.findUnsafeLinks(text)) {
      warn(document, pointer, firstLine + link.line(), link.destination(),
          "uses a scheme that can run script, so it is shown as plain text",
          "link to an http, https or mailto address instead");
    }
    for (MarkdownRenderer.FoundLink link : markdown.findLinks(text)) {
      int line = firstLine + link.line();
      int column = document.source().line(line).indexOf(link.destination()) + 1;
      links.add(new DescriptionLink(link.destination(), document.source().name(), line,
          column > 0 ? column : start.column(), YamlDocument.displayPath(pointer),
          document.source().line(line)));
    }
    return markdown.render(text);
  }

  /** Adds a warning about a link destination, pointing at it in the source line. */
  private void warn(YamlDocument document, String pointer, int line, String destination,
      String problem, String hint) {
    int column = document.source().line(line).indexOf(destination) + 1;
    problems.add(
        document.source().warning(
            new Position(line, column),
            "link destination `" + destination + "` in " + YamlDocument.displayPath(pointer)
                + " " + problem,
            hint));
  }

  private static boolean isBlockScalar(YamlDocument document, Position start) {
    String line = document.source().line(start.line());
    int column = start.column() - 1;
    if (column < 0 || column >= line.length()) {
      return false;
    }
    char indicator = line.charAt(column);
    return indicator == '|' || indicator == '>';
  }
}
