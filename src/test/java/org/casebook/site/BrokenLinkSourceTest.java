package org.casebook.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.casebook.cli.Main;
import org.casebook.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken link written in Markdown is reported at the content file line that wrote it. */
class BrokenLinkSourceTest {
  @TempDir Path dir;

  @Test
  void descriptionLinkNamesItsLine() throws IOException {
    ContentFixture.Run run = new ContentFixture()
        .with("use-cases/cart.yaml", """
            title: Mitigate cart abandonment
            summary: win back shoppers
            description: |
              Read first.

              Then see [the guide](../no-such-guide/).
            events:
              - order-completed
            """)
        .build(dir);

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    String cart = dir.resolve("content/use-cases/cart.yaml").toString();
    assertThat(run.err()).contains(cart + ":6:24: error: broken link `../no-such-guide/` in"
        + " description: ");
    assertThat(run.err()).contains("(on the page use-cases/mitigate-cart-abandonment/index.html)");
    assertThat(run.err()).contains("    Then see [the guide](../no-such-guide/).");
  }

  @Test
  void sharedLinkNamesThePage() throws IOException {
    ContentFixture.Run run = new ContentFixture()
        .with("use-cases/cart.yaml", """
            title: Mitigate cart abandonment
            summary: win back shoppers
            description: See [it](../gone/).
            events:
              - order-completed
            """)
        .with("events/order-completed.yaml", """
            name: Order Completed
            description: See [it](../gone/).
            properties: [order_id]
            """)
        .build(dir);

    assertThat(run.exitCode()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err()).contains("use-cases/mitigate-cart-abandonment/index.html: ../gone/");
    assertThat(run.err()).contains("events/order-completed/index.html: ../gone/");
  }
}
