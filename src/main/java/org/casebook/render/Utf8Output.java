package org.casebook.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer that encodes text as UTF-8 into byte arrays, and takes bytes that are already encoded,
 * such as a stored part of a page, without decoding them again. Large encoded parts are kept by
 * reference and copied once, into the result, so a page made of stored parts is not copied while
 * it grows. A surrogate pair split across two writes is encoded as one character. Not
 * thread-safe.
 */
final class Utf8Output extends Writer {
  /** Encoded parts at least this long are kept by reference instead of copied into a buffer. */
  private static final int SHARED_PART_MIN = 512;

  /**
   * The largest buffer allocated ahead of need. Longer output goes on into further buffers, which
   * are joined once, at the end.
   */
  private static final int BUFFER_MAX = 1 << 16;

  /** A run of finished output: {@code length} bytes of {@code array} from {@code offset}. */
  private record Segment(byte[] array, int offset, int length) {}

  private final List<Segment> segments = new ArrayList<>();
  private int segmentBytes;

  /** The buffer being written; bytes before {@code start} already belong to a segment. */
  private byte[] bytes;
  private int start;
  private int size;

  /** A high surrogate that ended the last write and waits for its low half. */
  private char pendingHigh;

  /** Creates an empty output that expects about {@code capacity} bytes. */
  Utf8Output(int capacity) {
    bytes = new byte[Math.min(Math.max(capacity, 256), BUFFER_MAX)];
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

  /** Appends bytes that are already UTF-8. The array must not change afterwards. */
  void writeEncoded(byte[] encoded) {
    flushPending();
    if (encoded.length < SHARED_PART_MIN) {
      append(encoded);
      return;
    }
    seal();
    segments.add(new Segment(encoded, 0, encoded.length));
    segmentBytes += encoded.length;
  }

  /** Returns the bytes written so far, in a new array. */
  byte[] toByteArray() {
    flushPending();
    byte[] out = new byte[segmentBytes + size - start];
    int at = 0;
    for (Segment segment : segments) {
      System.arraycopy(segment.array(), segment.offset(), out, at, segment.length());
      at += segment.length();
    }
    System.arraycopy(bytes, start, out, at, size - start);
    return out;
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

  /** Makes room for {@code more} bytes, moving on to a new buffer when this one is full. */
  private void ensure(int more) {
    if (size + more > bytes.length) {
      seal();
      bytes = new byte[Math.max(more, Math.min(bytes.length * 2, BUFFER_MAX))];
      start = 0;
      size = 0;
    }
  }

  /** Ends the current segment of the buffer, so that later parts follow it in order. */
  private void seal() {
    if (size > start) {
      segments.add(new Segment(bytes, start, size - start));
      segmentBytes += size - start;
      start = size;
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
