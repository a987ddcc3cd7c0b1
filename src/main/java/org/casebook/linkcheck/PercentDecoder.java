package org.casebook.linkcheck;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decoder for {@code %XX} escapes in URL paths and fragments.
 *
 * <p>Unlike {@link java.net.URLDecoder}, it leaves {@code +} alone, because {@code +} means a space
 * only in form data, not in a path or fragment.
 */
final class PercentDecoder {

  private PercentDecoder() {}

  /**
   * Decodes every {@code %XX} escape and reads the resulting bytes as UTF-8. Returns empty when a
   * {@code %} is not followed by two hex digits or the bytes are not valid UTF-8.
   */
  static Optional<String> decode(String text) {
    if (text.indexOf('%') < 0) {
      return Optional.of(text);
    }
    byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream decoded = new ByteArrayOutputStream(encoded.length);
    for (int i = 0; i < encoded.length; i++) {
      if (encoded[i] != '%') {
        decoded.write(encoded[i]);
        continue;
      }
      int high = i + 1 < encoded.length ? Character.digit(encoded[i + 1], 16) : -1;
      int low = i + 2 < encoded.length ? Character.digit(encoded[i + 2], 16) : -1;
      if (high < 0 || low < 0) {
        return Optional.empty();
      }
      decoded.write(high * 16 + low);
      i += 2;
    }
    return decodeUtf8(decoded.toByteArray());
  }

  private static Optional<String> decodeUtf8(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
