package org.casebook.linkcheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Parser that extracts the candidate URLs from a {@code srcset} attribute.
 *
 * <p>It follows the HTML Living Standard algorithm "parse a srcset attribute": a URL is a run of
 * non-whitespace characters, trailing commas end it, and its descriptors run up to the next comma
 * outside parentheses. So a URL may contain commas, for example in a {@code data:} URL.
 */
final class SrcsetParser {

  private SrcsetParser() {}

  /** Returns the candidate URLs in the order they appear, without their descriptors. */
  static List<String> parseUrls(String srcset) {
    List<String> urls = new ArrayList<>();
    int position = 0;
    while (position < srcset.length()) {
      position = skipSeparators(srcset, position);
      if (position >= srcset.length()) {
        break;
      }
      int start = position;
      while (position < srcset.length() && !isWhitespace(srcset.charAt(position))) {
        position++;
      }
      int end = position;
      while (end > start && srcset.charAt(end - 1) == ',') {
        end--;
      }
      if (end > start) {
        urls.add(srcset.substring(start, end));
      }
      if (end == position) {
        position = skipDescriptors(srcset, position);
      }
    }
    return urls;
  }

  private static int skipSeparators(String srcset, int position) {
    while (position < srcset.length()) {
      char c = srcset.charAt(position);
      if (c != ',' && !isWhitespace(c)) {
        break;
      }
      position++;
    }
    return position;
  }

  /** Returns the index just past the comma that ends the descriptors, or the end of the text. */
  private static int skipDescriptors(String srcset, int position) {
    boolean inParentheses = false;
    while (position < srcset.length()) {
      char c = srcset.charAt(position++);
      if (c == '(') {
        inParentheses = true;
      } else if (c == ')') {
        inParentheses = false;
      } else if (c == ',' && !inParentheses) {
        break;
      }
    }
    return position;
  }

  /** Returns whether c is ASCII whitespace as the HTML standard defines it. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
