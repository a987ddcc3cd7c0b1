package org.casebook.catalog;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Derives URL slugs and element ids from titles.
 *
 * <p>The rule: normalise to Unicode NFC; lower-case with {@link Locale#ROOT}; drop variation
 * selectors (U+FE00 to U+FE0F) and the zero-width joiner; keep letters of any script, combining
 * marks that follow a kept letter, decimal digits, {@code _} and {@code -}; turn each run of
 * whitespace into {@code -}; delete everything else; collapse runs of {@code -} and trim them from
 * both ends. The result may be empty, which callers report as an error.
 */
public final class Slugs {
  private Slugs() {}

  /** Returns the slug derived from a title; empty when the title has no letter or digit. */
  public static String derive(String title) {
    String text = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(text.length());
    boolean afterLetter = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isIgnorable(cp)) {
        continue;
      }
      if (Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
        out.appendCodePoint(cp);
        afterLetter = Character.isLetter(cp);
      } else if (isCombiningMark(cp) && afterLetter) {
        out.appendCodePoint(cp);
      } else if (cp == '_' || cp == '-') {
        out.appendCodePoint(cp);
        afterLetter = false;
      } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        out.append('-');
        afterLetter = false;
      } else {
        afterLetter = false;
      }
    }
    return collapseHyphens(out);
  }

  private static boolean isIgnorable(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200D;
  }

  private static boolean isCombiningMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static String collapseHyphens(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-' && (out.length() == 0 || out.charAt(out.length() - 1) == '-')) {
        continue;
      }
      out.append(c);
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '-') {
      end--;
    }
    return out.substring(0, end);
  }
}
