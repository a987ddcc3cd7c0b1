package org.casebook.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes text as UTF-8 into a growing byte array, and takes bytes that are
 * already encoded, such as a stored part of a page, without decoding them again. A surrogate pair
 * split across two writes is encoded as one character. Not thread-safe.
 */
final class Utf8Output extends Writer {
  private byte[] bytes;
  private int size;

  /** A high surrogate that ended the last write and waits for its low half. */
  private char pendingHigh;

  /** Creates an empty output with room for {@code capacity} bytes before it grows. */
  Utf8Output(int capacity) {
    bytes = new byte[Math.max(capacity, 256)];
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    write(new CharArrayText(chars, offset, length), 0, length);
  }

  @Override
  public void write(String text) {
    write(text, 0, text.length());
  }

  @Override
  public void write(String text, int offset, int length) {
    write((CharSequence) text, offset, length);
  }

  @Override
  public void write(int c) {
    write(String.valueOf((char) c));
  }

  private void write(CharSequence text, int offset, int length) {
    int end = offset + length;
    int ascii = offset;
    if (pendingHigh == 0) {
      ensure(length);
      while (ascii < end && text.charAt(ascii) < 0x80) {
        bytes[size++] = (byte) text.charAt(ascii++);
      }
      if (ascii == end) {
        return;
      }
    }
    StringBuilder rest = new StringBuilder(end - ascii + 1);
    if (pendingHigh != 0) {
      rest.append(pendingHigh);
      pendingHigh = 0;
    }
    rest.append(text, ascii, end);
    if (Character.isHighSurrogate(rest.charAt(rest.length() - 1))) {
      pendingHigh = rest.charAt(rest.length() - 1);
      rest.setLength(rest.length() - 1);
    }
    append(rest.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Appends bytes that are already UTF-8. */
  void writeEncoded(byte[] encoded) {
    flushPending();
    append(encoded);
  }

  /** Returns a copy of the bytes written so far. */
  byte[] toByteArray() {
    flushPending();
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** Writes a high surrogate that no low half followed, as UTF-8 does: a replacement. */
  private void flushPending() {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      append(String.valueOf(high).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void append(byte[] encoded) {
    ensure(encoded.length);
    System.arraycopy(encoded, 0, bytes, size, encoded.length);
    size += encoded.length;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /** A view of part of a char array as text, without copying it. */
  private record CharArrayText(char[] array, int offset, int length) implements CharSequence {
    @Override
    public char charAt(int index) {
      return array[offset + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(array, offset + start, end - start);
    }

    @Override
    public String toString() {
      return new String(array, offset, length);
    }
  }
}
