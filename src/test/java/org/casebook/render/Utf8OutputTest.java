package org.casebook.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {
  @Test
  void encodesTextAndKeepsEncodedBytes() {
    Utf8Output out = new Utf8Output(4);
    out.write("plain ");
    out.write("é – 😀 ".toCharArray(), 0, 7);
    out.writeEncoded("ß".getBytes(StandardCharsets.UTF_8));
    out.write('!');

    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo("plain é – 😀 ß!");
  }

  @Test
  void joinsASurrogatePairSplitAcrossWrites() {
    String emoji = "😀";
    Utf8Output out = new Utf8Output(0);
    out.write(emoji.substring(0, 1));
    out.write(emoji.substring(1) + "x");

    assertThat(out.toByteArray()).isEqualTo((emoji + "x").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void largeEncodedPartsKeepTheirPlace() {
    byte[] large = "b".repeat(600).getBytes(StandardCharsets.UTF_8);
    Utf8Output out = new Utf8Output(8);
    out.write("a");
    out.writeEncoded(large);
    out.write("c");
    out.writeEncoded("d".getBytes(StandardCharsets.UTF_8));
    out.writeEncoded(large);
    out.write("é");

    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo("a" + "b".repeat(600) + "cd" + "b".repeat(600) + "é");
  }

  @Test
  void growsPastTheLargestBuffer() {
    Utf8Output out = new Utf8Output(1_000_000);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      String line = "line " + i + " – ok\n";
      out.write(line);
      expected.append(line);
    }

    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(expected.toString());
  }

  @Test
  void growsPastItsFirstCapacity() {
    Utf8Output out = new Utf8Output(1);
    String text = "a".repeat(10_000);
    out.write(text);
    out.write(text);

    assertThat(out.toByteArray()).hasSize(20_000);
  }
}
