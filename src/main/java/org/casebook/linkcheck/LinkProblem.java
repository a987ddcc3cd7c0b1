package org.casebook.linkcheck;

import java.util.Objects;

/**
 * One broken link or duplicate id found on a page.
 *
 * @param page the page path relative to the site root, with {@code /} separators, for example
 *     {@code goals/optimize-advertising/index.html}
 * @param link the {@code href}, {@code src} or {@code srcset} candidate as written in the page,
 *     after character references such as {@code &amp;amp;} are decoded, or {@code #id} for a
 *     duplicate id
 * @param reason a lower-case phrase without a trailing period that describes the problem
 */
public record LinkProblem(String page, String link, String reason) {

  /** Rejects null components. */
  public LinkProblem {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns the problem as {@code page: link (reason)}. */
  @Override
  public String toString() {
    return printable(page) + ": " + printable(link) + " (" + printable(reason) + ")";
  }

  /** Escapes control characters, such as a decoded {@code %0A}, so a problem stays one line. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
