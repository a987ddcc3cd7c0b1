package org.casebook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casebook.markdown.MarkdownRenderer;
import org.casebook.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogReuseTest {
  @TempDir Path dir;

  private final ContentFixture fixture = new ContentFixture()
      .with("site.yaml", "title: T\ngoals:\n  - optimize\n  - retain\n")
      .with("goals/retain.yaml", "title: Retain\nsummary: keep users\nuse_cases:\n"
          + "  - use_case: churn\n    sources: [Website]\n    destinations: [Analytics]\n")
      .with("use-cases/churn.yaml", "title: Churn\nsummary: s\nevents:\n  - signed-up\n")
      .with("events/signed-up.yaml", "name: Signed Up\nproperties: [plan]\n");

  @Test
  void unchangedPartsAreTheSameObjects() throws IOException {
    Path content = fixture.write(dir);
    CatalogLoader loader = loader();
    Catalog before = loader.load(content);

    Files.writeString(content.resolve("use-cases/cart.yaml"),
        "title: Mitigate cart abandonment\nsummary: changed\nevents:\n  - order-completed\n");
    Catalog after = loader.load(content);

    assertThat(after.events()).isSameAs(before.events());
    assertThat(after.sources()).isSameAs(before.sources());
    assertThat(useCase(after, "churn")).isSameAs(useCase(before, "churn"));
    assertThat(goal(after, "retain")).isSameAs(goal(before, "retain"));
    assertThat(useCase(after, "cart")).isNotSameAs(useCase(before, "cart"));
    assertThat(goal(after, "optimize")).isNotSameAs(goal(before, "optimize"));
    assertThat(goal(after, "optimize").entries().get(0).sources())
        .isSameAs(goal(before, "optimize").entries().get(0).sources());
  }

  @Test
  void reusedCatalogEqualsAFreshLoad() throws IOException {
    Path content = fixture.write(dir);
    CatalogLoader loader = loader();
    loader.load(content);

    Files.writeString(content.resolve("events/signed-up.yaml"),
        "name: Signed Up\nproperties: [plan, referrer]\n");
    Catalog reused = loader.load(content);
    Catalog fresh = loader().load(content);

    assertThat(reused).isEqualTo(fresh);
    assertThat(useCase(reused, "churn").events().get(0).properties())
        .containsExactly("plan", "referrer");
  }

  private static CatalogLoader loader() {
    return new CatalogLoader(CatalogLimits.DEFAULTS, new MarkdownRenderer());
  }

  private static UseCase useCase(Catalog catalog, String key) {
    return catalog.useCases().stream().filter(u -> u.key().equals(key)).findFirst().orElseThrow();
  }

  private static Goal goal(Catalog catalog, String key) {
    return catalog.goals().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
  }
}
