package org.casebook.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SrcsetParserTest {

  @Test
  void splitsCandidatesAndDropsDescriptors() {
    assertThat(SrcsetParser.parseUrls("a.png 1x, b.png 2x")).containsExactly("a.png", "b.png");
    assertThat(SrcsetParser.parseUrls("small.jpg 480w,large.jpg 1080w"))
        .containsExactly("small.jpg", "large.jpg");
  }

  @Test
  void acceptsSingleUrlWithoutDescriptor() {
    assertThat(SrcsetParser.parseUrls("  photo.png  ")).containsExactly("photo.png");
  }

  @Test
  void trailingCommaEndsUrl() {
    assertThat(SrcsetParser.parseUrls("a.png,b.png 2x")).containsExactly("a.png,b.png");
    assertThat(SrcsetParser.parseUrls("a.png, b.png,")).containsExactly("a.png", "b.png");
  }

  @Test
  void keepsCommasInsideDataUrl() {
    assertThat(SrcsetParser.parseUrls("data:image/png;base64,AAA 1x, b.png 2x"))
        .containsExactly("data:image/png;base64,AAA", "b.png");
  }

  @Test
  void skipsCommasInsideParenthesisedDescriptors() {
    assertThat(SrcsetParser.parseUrls("a.png (x, y), b.png")).containsExactly("a.png", "b.png");
  }

  @Test
  void emptySrcsetHasNoUrls() {
    assertThat(SrcsetParser.parseUrls("")).isEmpty();
    assertThat(SrcsetParser.parseUrls(" , ,")).isEmpty();
  }
}
