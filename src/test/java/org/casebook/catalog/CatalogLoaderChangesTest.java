package org.casebook.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;
import org.casebook.markdown.MarkdownRenderer;
import org.casebook.testing.ContentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads after a known set of changed files read those files and list the folders when needed. */
class CatalogLoaderChangesTest {
  @TempDir Path dir;
  private Path content;
  private CatalogLoader loader;

  @BeforeEach
  void loadOnce() throws IOException {
    content = new ContentFixture().write(dir);
    loader = new CatalogLoader(CatalogLimits.DEFAULTS, new MarkdownRenderer());
    loader.load(content);
  }

  @Test
  void readsAChangedFile() throws IOException {
    Path useCase = write("use-cases/cart.yaml", "title: Recover carts\nsummary: s\nevents:\n"
        + "  - order-completed\n");

    Catalog catalog = loader.load(content, Set.of(useCase));

    assertThat(catalog.useCases()).extracting(UseCase::title).containsExactly("Recover carts");
  }

  @Test
  void unlistedFilesAreNotReread() throws IOException {
    write("use-cases/cart.yaml", "title: Recover carts\nsummary: s\nevents:\n"
        + "  - order-completed\n");
    Path event = content.resolve("events/order-completed.yaml").toAbsolutePath();

    Catalog catalog = loader.load(content, Set.of(event));

    assertThat(catalog.useCases()).extracting(UseCase::title)
        .containsExactly("Mitigate cart abandonment");
    assertThat(loader.load(content, null).useCases()).extracting(UseCase::title)
        .containsExactly("Recover carts");
  }

  @Test
  void ignoresEditorFilesThatCameAndWent() throws IOException {
    Path swap = content.resolve("use-cases/.cart.yaml.swp").toAbsolutePath();
    Path probe = content.resolve("use-cases/4913").toAbsolutePath();
    Files.writeString(swap, "not yaml");
    Path useCase = write("use-cases/cart.yaml", "title: Saved\nsummary: s\nevents:\n"
        + "  - order-completed\n");

    Catalog catalog = loader.load(content, Set.of(swap, probe, useCase));

    assertThat(catalog.useCases()).extracting(UseCase::title).containsExactly("Saved");
    assertThat(catalog.warnings()).isEmpty();
  }

  @Test
  void findsANewFile() throws IOException {
    Path stray = write("notes.yaml", "title: x\n");

    Catalog catalog = loader.load(content, Set.of(stray));

    assertThat(catalog.warnings()).extracting(Diagnostic::message)
        .containsExactly("file is not part of the catalog");
  }

  @Test
  void noticesAFolderMovedAwayWithItsFiles() throws IOException {
    Path events = content.resolve("events").toAbsolutePath();
    Files.move(events, dir.resolve("events-elsewhere"));

    assertThatThrownBy(() -> loader.load(content, Set.of(events)))
        .isInstanceOfSatisfying(BuildFailedException.class, e ->
            assertThat(e.diagnostics()).extracting(Diagnostic::message)
                .contains("missing content folder events/"));
  }

  @Test
  void noticesADeletedFile() throws IOException {
    Path event = content.resolve("events/order-completed.yaml").toAbsolutePath();
    Files.delete(event);

    assertThatThrownBy(() -> loader.load(content, Set.of(event)))
        .isInstanceOfSatisfying(BuildFailedException.class, e ->
            assertThat(e.diagnostics()).extracting(Diagnostic::message)
                .anyMatch(message -> message.contains("order-completed")));
  }

  @Test
  void clearsTheErrorOfADeletedDuplicate() throws IOException {
    Path duplicate = write("events/order-completed.yml", "name: Order Completed\n");
    assertThatThrownBy(() -> loader.load(content, Set.of(duplicate)))
        .isInstanceOfSatisfying(BuildFailedException.class, e ->
            assertThat(e.diagnostics()).extracting(Diagnostic::message)
                .contains("two files in events/ are named order-completed"));

    Files.delete(duplicate);
    Catalog catalog = loader.load(content, Set.of(duplicate));

    assertThat(catalog.events()).extracting(Event::name).containsExactly("Order Completed");
  }

  @Test
  void clearsTheErrorOfARemovedLinkToOutside() throws IOException {
    Path outside = Files.writeString(dir.resolve("outside.yaml"), "name: Outside\n");
    Path link = content.resolve("events/outside.yaml").toAbsolutePath();
    Files.createSymbolicLink(link, outside);
    assertThatThrownBy(() -> loader.load(content, Set.of(link)))
        .isInstanceOf(BuildFailedException.class);

    Files.delete(link);
    Catalog catalog = loader.load(content, Set.of(link));

    assertThat(catalog.events()).extracting(Event::key).containsExactly("order-completed");
  }

  @Test
  void rereadsALinkWhoseTargetChanged() throws IOException {
    Path event = content.resolve("events/order-completed.yaml").toAbsolutePath();
    Path target = write("shared/order.txt", Files.readString(event));
    Files.delete(event);
    Files.createSymbolicLink(event, target);
    loader.load(content, Set.of(event));

    Files.writeString(target, Files.readString(target).replace("Order Completed", "Order Done"));
    Catalog catalog = loader.load(content, Set.of(target));

    assertThat(catalog.events()).extracting(Event::name).containsExactly("Order Done");
  }

  @Test
  void linkTargetThatAppearsIsListedAgain() throws IOException {
    Path link = content.resolve("events/refund-issued.yaml").toAbsolutePath();
    Path target = content.resolve("drafts/refund.txt").toAbsolutePath();
    Files.createDirectories(target.getParent());
    Files.createSymbolicLink(link, target);
    assertThatThrownBy(() -> loader.load(content, Set.of(link)))
        .isInstanceOf(BuildFailedException.class);

    Files.writeString(target, "name: Refund Issued\n");
    Catalog catalog = loader.load(content, Set.of(target));

    assertThat(catalog.events()).extracting(Event::key)
        .containsExactly("order-completed", "refund-issued");
  }

  @Test
  void linkRetargetedOutsideIsRejected() throws IOException {
    Path event = content.resolve("events/order-completed.yaml").toAbsolutePath();
    Path target = write("shared/order.txt", Files.readString(event));
    Files.delete(event);
    Files.createSymbolicLink(event, target);
    loader.load(content, Set.of(event));
    Path outside = Files.writeString(dir.resolve("outside.txt"), "name: Outside Secret\n");

    Files.delete(target);
    Files.createSymbolicLink(target, outside);

    assertThatThrownBy(() -> loader.load(content, Set.of(target)))
        .isInstanceOfSatisfying(BuildFailedException.class, e ->
            assertThat(e.diagnostics()).extracting(Diagnostic::message)
                .anyMatch(message -> message.contains("outside the content folder")));
  }

  @Test
  void changedPathWithDotsIsRead() throws IOException {
    Path useCase = write("use-cases/cart.yaml", "title: Recover carts\nsummary: s\nevents:\n"
        + "  - order-completed\n");
    Path spelled = content.toAbsolutePath().resolve("events/../use-cases/cart.yaml");

    Catalog catalog = loader.load(content, Set.of(spelled));

    assertThat(useCase).exists();
    assertThat(catalog.useCases()).extracting(UseCase::title).containsExactly("Recover carts");
  }

  @Test
  void ignoresHiddenFilesSuchAsEditorLocks() throws IOException {
    Path lock = content.resolve("use-cases/.#cart.yaml").toAbsolutePath();
    Files.createSymbolicLink(lock, Path.of("someone@host.1234"));
    Path swap = write("goals/.optimize.yaml", "not: [valid");

    Catalog changed = loader.load(content, Set.of(lock, swap));
    Catalog fresh = new CatalogLoader(CatalogLimits.DEFAULTS, new MarkdownRenderer()).load(content);

    assertThat(changed.warnings()).isEmpty();
    assertThat(fresh.warnings()).isEmpty();
    assertThat(fresh.useCases()).extracting(UseCase::key).containsExactly("cart");
  }

  @Test
  void keepsWarningsOfUnchangedFiles() throws IOException {
    write("use-cases/cart.yaml", "title: Cart\nsummary: s\ndescription: See [guide](a b).\n"
        + "events:\n  - order-completed\n");
    Catalog first = loader.load(content, null);
    Path event = write("events/order-completed.yaml", "name: Order Completed\n"
        + "properties: [order_id]\n");

    Catalog second = loader.load(content, Set.of(event));

    assertThat(first.warnings()).extracting(Diagnostic::message).singleElement().asString()
        .contains("contains a space");
    assertThat(second.warnings()).isEqualTo(first.warnings());
    assertThat(second.useCases().get(0).events().get(0).properties()).containsExactly("order_id");
  }

  @Test
  void folderSpelledAnotherWayIsListedAgain() throws IOException {
    write("events/refund-issued.yaml", "name: Refund Issued\n");
    loader.load(content);
    Path relative = Path.of("").toAbsolutePath().relativize(content.toAbsolutePath());
    Path useCase = write("use-cases/cart.yaml", "title: Recover carts\nsummary: s\nevents:\n"
        + "  - order-completed\n");

    Catalog catalog = loader.load(relative, Set.of(useCase));

    Catalog fresh = new CatalogLoader(CatalogLimits.DEFAULTS, new MarkdownRenderer())
        .load(relative);
    assertThat(catalog.warnings()).extracting(Diagnostic::file)
        .containsExactly(relative.resolve("events/refund-issued.yaml").toString());
    assertThat(catalog).isEqualTo(fresh);
  }

  private Path write(String relative, String text) throws IOException {
    Path path = content.resolve(relative).toAbsolutePath();
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
    return path;
  }
}
