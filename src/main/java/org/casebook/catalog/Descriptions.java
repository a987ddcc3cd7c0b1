package org.casebook.catalog;

import java.util.List;
import org.casebook.diag.Diagnostic;
import org.casebook.markdown.MarkdownRenderer;

/** Renders Markdown fields and warns about links that CommonMark will show as plain text. */
final class Descriptions {
  private final MarkdownRenderer markdown;
  private final List<Diagnostic> problems;

  Descriptions(MarkdownRenderer markdown, List<Diagnostic> problems) {
    this.markdown = markdown;
    this.problems = problems;
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
      int line = firstLine + link.line();
      int column = document.source().line(line).indexOf(link.destination()) + 1;
      problems.add(
          document.source().warning(
              new Position(line, column),
              "link destination `" + link.destination() + "` in "
                  + YamlDocument.displayPath(pointer)
                  + " contains a space, so the link is shown as plain text",
              "wrap the destination in <…> or write each space as %20"));
    }
    for (MarkdownRenderer.UnsafeLink link : markdown.findUnsafeLinks(text)) {
      int line = firstLine + link.line();
      int column = document.source().line(line).indexOf(link.destination()) + 1;
      problems.add(
          document.source().warning(
              new Position(line, column),
              "link destination `" + link.destination() + "` in "
                  + YamlDocument.displayPath(pointer)
                  + " uses a scheme that can run script, so it is shown as plain text",
              "link to an http, https or mailto address instead"));
    }
    return markdown.render(text);
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
