package org.casebook.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentDecoderTest {

  @Test
  void decodesUtf8Escapes() {
    assertThat(PercentDecoder.decode("%E6%B3%A8%E6%96%87")).contains("注文");
    assertThat(PercentDecoder.decode("a%20b")).contains("a b");
    assertThat(PercentDecoder.decode("%c3%a9")).contains("é");
  }

  @Test
  void leavesPlusAndPlainTextAlone() {
    assertThat(PercentDecoder.decode("a+b")).contains("a+b");
    assertThat(PercentDecoder.decode("注文")).contains("注文");
  }

  @Test
  void rejectsMalformedEscapes() {
    assertThat(PercentDecoder.decode("%")).isEmpty();
    assertThat(PercentDecoder.decode("%4")).isEmpty();
    assertThat(PercentDecoder.decode("%G0")).isEmpty();
    assertThat(PercentDecoder.decode("100%")).isEmpty();
  }

  @Test
  void rejectsInvalidUtf8() {
    assertThat(PercentDecoder.decode("%FF")).isEmpty();
    assertThat(PercentDecoder.decode("%E6%B3")).isEmpty();
    assertThat(PercentDecoder.decode("%C0%AF")).isEmpty();
  }
}
