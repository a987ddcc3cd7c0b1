package org.casebook.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request path checked and mapped to a key of the site's files.
 *
 * <p>Paths are rejected as invalid (HTTP 400) when they are not absolute, hold malformed percent
 * escapes or UTF-8, or, after decoding, contain a backslash, a control character such as NUL, an
 * empty segment ({@code //}), or a {@code .} or {@code ..} segment. So no key can point outside
 * the site, whatever files the map holds.
 *
 * @param kind what the server does with the request
 * @param key for {@link Kind#FILE}, the decoded path relative to the base path, such as
 *     {@code goals/x/} or {@code assets/site.css}; empty at the site root
 */
record RequestPath(Kind kind, String key) {
  /** The result of resolving a request path. */
  enum Kind {
    FILE,
    INVALID,
    OUTSIDE_BASE,
    BASE_WITHOUT_SLASH
  }

  /** Checks a raw (still percent-encoded) path against a base path such as {@code /docs/}. */
  static RequestPath parse(String rawPath, String basePath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return new RequestPath(Kind.INVALID, "");
    }
    String path = decode(rawPath);
    if (path == null || !valid(path)) {
      return new RequestPath(Kind.INVALID, "");
    }
    String base = decode(basePath);
    if (path.startsWith(base)) {
      return new RequestPath(Kind.FILE, path.substring(base.length()));
    }
    if ((path + "/").equals(base)) {
      return new RequestPath(Kind.BASE_WITHOUT_SLASH, "");
    }
    return new RequestPath(Kind.OUTSIDE_BASE, "");
  }

  private static boolean valid(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' || c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    String[] segments = path.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if ((segment.isEmpty() && !last) || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** Returns the path with percent escapes decoded as UTF-8, or null when they are malformed. */
  static String decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        if (c > 0x7f) {
          return null;
        }
        bytes.write(c);
        continue;
      }
      if (i + 2 >= raw.length()) {
        return null;
      }
      int high = Character.digit(raw.charAt(i + 1), 16);
      int low = Character.digit(raw.charAt(i + 2), 16);
      if (high < 0 || low < 0) {
        return null;
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
