package org.casebook.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedDirectiveTest {
  @TempDir Path dir;

  /** A value whose getter counts how often a template reads it. */
  public static final class Counted {
    private final String text;
    private final AtomicInteger reads;

    Counted(String text, AtomicInteger reads) {
      this.text = text;
      this.reads = reads;
    }

    public String getText() {
      reads.incrementAndGet();
      return text;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Counted counted && counted.text.equals(text);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }
  }

  @Test
  void rendersEachKeyOnceAcrossRenders() throws IOException {
    TemplateEngine engine = engine("<#list items as item><@cached key=[item]>"
        + "<p>${item.text}</p></@cached></#list>");
    AtomicInteger reads = new AtomicInteger();
    List<Counted> items = List.of(new Counted("a", reads), new Counted("b", reads),
        new Counted("a", reads));

    String first = render(engine, items);
    String second = render(engine, items);

    assertThat(Jsoup.parse(first).select("p").eachText()).containsExactly("a", "b", "a");
    assertThat(second).isEqualTo(first);
    assertThat(reads).hasValue(2);
  }

  @Test
  void unusedKeysAreDropped() throws IOException {
    TemplateEngine engine = engine("<#list items as item><@cached key=[item]>"
        + "<p>${item.text}</p></@cached></#list>");
    AtomicInteger reads = new AtomicInteger();
    render(engine, List.of(new Counted("a", reads)));
    engine.cached().retain(Set.of());

    String html = render(engine, List.of(new Counted("a", reads), new Counted("c", reads)));

    assertThat(Jsoup.parse(html).select("p").eachText()).containsExactly("a", "c");
    assertThat(reads).hasValue(3);
  }

  @Test
  void repeatedOuterPartKeepsInnerParts() throws IOException {
    TemplateEngine engine = engine("<@cached key=[items[0]]><div><#list items as item>"
        + "<@cached key=[item]><p>${item.text}</p></@cached></#list>${items[0].text}</div>"
        + "</@cached>");
    AtomicInteger reads = new AtomicInteger();
    Counted a = new Counted("a", reads);
    Counted b = new Counted("b", reads);
    render(engine, List.of(a, b));
    engine.cached().retain(renderRecording(engine, List.of(a, b)));

    String html = render(engine, List.of(new Counted("c", reads), a, b));

    assertThat(Jsoup.parse(html).select("p").eachText()).containsExactly("c", "a", "b");
    assertThat(reads).as("reads of a and b twice, then of c twice").hasValue(5);
  }

  @Test
  void escapesInsideTheBodyAsElsewhere() throws IOException {
    TemplateEngine engine = engine("<@cached key=[items[0]]><p>${items[0].text}</p></@cached>");

    String html = render(engine, List.of(new Counted("<b>x</b>", new AtomicInteger())));

    Element p = Jsoup.parse(html).selectFirst("p");
    assertThat(p.children()).isEmpty();
    assertThat(p.text()).isEqualTo("<b>x</b>");
  }

  @Test
  void namesTheTemplateWhenTheKeyIsMissing() throws IOException {
    TemplateEngine engine = engine("<p>\n<@cached>x</@cached></p>");

    assertThatThrownBy(() -> render(engine, List.of()))
        .isInstanceOfSatisfying(BuildFailedException.class, e -> {
          Diagnostic problem = e.diagnostics().get(0);
          assertThat(problem.file()).endsWith("page.ftlh");
          assertThat(problem.line()).isEqualTo(2);
          assertThat(problem.message()).contains("cached needs exactly one parameter, key");
        });
  }

  @Test
  void explainsAKeyThatIsNotData() throws IOException {
    TemplateEngine engine = engine("<#macro part>x</#macro>\n<@cached key=part>y</@cached>");

    assertThatThrownBy(() -> render(engine, List.of()))
        .isInstanceOfSatisfying(BuildFailedException.class, e -> {
          Diagnostic problem = e.diagnostics().get(0);
          assertThat(problem.line()).isEqualTo(2);
          assertThat(problem.message()).contains("cached needs a key made of data model values");
        });
  }

  private TemplateEngine engine(String template) throws IOException {
    Files.writeString(dir.resolve("page.ftlh"), template);
    return new TemplateEngine(dir);
  }

  /** Renders like {@link #render} and returns the stored keys the page used. */
  private static Set<Object> renderRecording(TemplateEngine engine, List<Counted> items) {
    engine.cached().beginPage();
    engine.render("page.ftlh", Map.of("items", items));
    return engine.cached().endPage();
  }

  private static String render(TemplateEngine engine, List<Counted> items) {
    engine.cached().beginPage();
    try {
      return engine.render("page.ftlh", Map.of("items", items));
    } finally {
      engine.cached().endPage();
    }
  }
}
