package org.casebook.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.casebook.diag.Diagnostic;

/**
 * Adds the live-reload script, and the problem overlay when the latest build failed, to HTML
 * pages as they are sent. The files of the build are not changed.
 */
final class PageDecorator {
  /** Id of the overlay element that lists the problems of the latest build. */
  static final String OVERLAY_ID = "casebook-problems";

  private final String eventsPath;

  /** @param eventsPath absolute URL path of the Server-Sent Events endpoint */
  PageDecorator(String eventsPath) {
    this.eventsPath = eventsPath;
  }

  /**
   * Inserts the script and the overlay just before the last {@code </body>}, or at the end when
   * the page has none.
   *
   * @param reloadOnAnyChange whether the page reloads after every successful build, as error and
   *     not-found pages do, rather than only when its own file or an asset changed
   */
  byte[] decorate(byte[] page, Snapshot snapshot, boolean reloadOnAnyChange) {
    String html = new String(page, StandardCharsets.UTF_8);
    String addition = overlay(snapshot) + script(reloadOnAnyChange);
    int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String result = end < 0
        ? html + addition
        : html.substring(0, end) + addition + html.substring(end);
    return result.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the overlay element, or an empty string when there are no problems. */
  static String overlay(Snapshot snapshot) {
    List<Diagnostic> problems = snapshot.problems();
    if (problems.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("<div id=\"").append(OVERLAY_ID).append("\" role=\"alert\" style=\"")
        .append(OverlayStyle.BOX).append("\">");
    out.append("<p style=\"").append(OverlayStyle.TITLE).append("\">")
        .append(escape(snapshot.overlayTitle()))
        .append("</p><ul style=\"")
        .append(OverlayStyle.LIST).append("\">");
    for (Diagnostic problem : problems) {
      out.append("<li><code>").append(escape(ProblemJson.location(problem))).append("</code> ")
          .append(escape(problem.message()));
      if (!problem.hint().isEmpty()) {
        out.append("<br><small>hint: ").append(escape(problem.hint())).append("</small>");
      }
      out.append("</li>");
    }
    return out.append("</ul></div>").toString();
  }

  private String script(boolean reloadOnAnyChange) {
    return "<script>\n"
        + "(function () {\n"
        + "  var reloadOnAnyChange = " + reloadOnAnyChange + ";\n"
        + "  var source = new EventSource(\"" + eventsPath + "\");\n"
        + "  source.addEventListener(\"reload\", function (event) {\n"
        + "    var changed = JSON.parse(event.data).changed;\n"
        + "    var here = location.pathname;\n"
        + "    var mine = changed.some(function (path) {\n"
        + "      return path === here || /\\.(css|js)$/.test(path);\n"
        + "    });\n"
        + "    if (reloadOnAnyChange || mine) { location.reload(); }\n"
        + "  });\n"
        + "  source.addEventListener(\"problems\", function (event) {\n"
        + "    show(JSON.parse(event.data));\n"
        + "  });\n"
        + "  function show(data) {\n"
        + "    var problems = data.problems;\n"
        + "    var old = document.getElementById(\"" + OVERLAY_ID + "\");\n"
        + "    if (old) { old.remove(); }\n"
        + "    if (problems.length === 0) { return; }\n"
        + "    var box = document.createElement(\"div\");\n"
        + "    box.id = \"" + OVERLAY_ID + "\";\n"
        + "    box.setAttribute(\"role\", \"alert\");\n"
        + "    box.setAttribute(\"style\", \"" + OverlayStyle.BOX + "\");\n"
        + "    var title = document.createElement(\"p\");\n"
        + "    title.setAttribute(\"style\", \"" + OverlayStyle.TITLE + "\");\n"
        + "    title.textContent = data.title;\n"
        + "    var list = document.createElement(\"ul\");\n"
        + "    list.setAttribute(\"style\", \"" + OverlayStyle.LIST + "\");\n"
        + "    problems.forEach(function (problem) {\n"
        + "      var item = document.createElement(\"li\");\n"
        + "      var code = document.createElement(\"code\");\n"
        + "      code.textContent = problem.location;\n"
        + "      item.appendChild(code);\n"
        + "      item.appendChild(document.createTextNode(\" \" + problem.message));\n"
        + "      list.appendChild(item);\n"
        + "    });\n"
        + "    box.appendChild(title);\n"
        + "    box.appendChild(list);\n"
        + "    document.body.appendChild(box);\n"
        + "  }\n"
        + "})();\n"
        + "</script>\n";
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Inline styles, so the overlay looks the same whatever the site's style sheet sets. */
  private static final class OverlayStyle {
    static final String BOX = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;"
        + "max-height:50vh;overflow:auto;margin:0;padding:1em;background:#fff5f5;color:#1a1a1a;"
        + "border-top:4px solid #c00;font:14px/1.4 monospace";
    static final String TITLE = "margin:0 0 .5em;font-weight:bold;color:#c00";
    static final String LIST = "margin:0;padding-left:1.5em";

    private OverlayStyle() {}
  }
}
