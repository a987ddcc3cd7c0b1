package org.casebook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChangedUrlsTest {
  @Test
  void listsAddedChangedAndRemovedInPathOrder() {
    SortedMap<String, byte[]> before = files(
        "a.css", "x", "goals/g/index.html", "old", "index.html", "same", "z.json", "gone");
    SortedMap<String, byte[]> after = files(
        "a.css", "x", "events/e/index.html", "new", "goals/g/index.html", "edited",
        "index.html", "same");

    assertThat(Rebuilder.changedUrls(before, after))
        .containsExactly("events/e/", "goals/g/", "z.json");
  }

  @Test
  void sameFilesGiveNothing() {
    SortedMap<String, byte[]> files = files("index.html", "a", "b/index.html", "b");

    assertThat(Rebuilder.changedUrls(files, files(
        "index.html", "a", "b/index.html", "b"))).isEmpty();
    assertThat(Rebuilder.changedUrls(new TreeMap<>(), files))
        .containsExactly("b/", "");
  }

  private static SortedMap<String, byte[]> files(String... pathsAndTexts) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }
}
