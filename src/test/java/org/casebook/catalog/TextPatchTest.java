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
import org.casebook.testing.FileTrees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load after an edit of wording only patches the previous catalog, and every other edit
 * assembles the whole catalog. Either way, the catalog equals the one a new loader reads from the
 * same files, warnings and description links included.
 */
class TextPatchTest {
  private static final String USE_CASE = "use-cases/accelerate-onboarding.yaml";
  private static final String GOAL = "goals/optimize-advertising.yaml";
  private static final String EVENT = "events/signed-in.yaml";

  @TempDir Path dir;
  private Path content;
  private CatalogLoader loader;

  @BeforeEach
  void loadOnce() throws IOException {
    content = dir.resolve("content");
    FileTrees.copy(Path.of("content"), content);
    loader = new CatalogLoader(CatalogLimits.DEFAULTS, new MarkdownRenderer());
    loader.load(content);
  }

  @Test
  void useCaseSummaryEditIsPatched() throws IOException {
    Catalog catalog = edit(USE_CASE, "summary: .*", "summary: greet new users by name");

    assertThat(loader.lastLoadPatched()).isTrue();
    assertThat(catalog).isEqualTo(freshLoad());
    assertThat(catalog.useCases()).extracting(UseCase::summary)
        .contains("greet new users by name");
  }

  @Test
  void goalEntriesShowEditedUseCase() throws IOException {
    Catalog catalog = edit(USE_CASE, "title: .*", "title: Onboard faster");

    assertThat(loader.lastLoadPatched()).isTrue();
    assertThat(catalog).isEqualTo(freshLoad());
    assertThat(catalog.goals().stream().flatMap(goal -> goal.entries().stream()))
        .extracting(entry -> entry.useCase().title())
        .contains("Onboard faster")
        .doesNotContain("Accelerate onboarding");
  }

  @Test
  void descriptionLinksFollowTheEdit() throws IOException {
    append(GOAL, "description: See [the goal guide](https://example.com/goal).\n");
    Catalog catalog = append(USE_CASE, "description: See [the guide](https://example.com/a).\n");

    assertThat(loader.lastLoadPatched()).isTrue();
    assertThat(catalog).isEqualTo(freshLoad());
    assertThat(catalog.descriptionLinks()).extracting(DescriptionLink::destination)
        .containsSubsequence("https://example.com/goal", "https://example.com/a");
  }

  @Test
  void goalWordingEditIsPatched() throws IOException {
    edit(GOAL, "summary: .*", "summary: spend less on ads");
    Catalog catalog = append(GOAL, "description: |\n  Read [more](../x/).\n");

    assertThat(loader.lastLoadPatched()).isTrue();
    assertThat(catalog).isEqualTo(freshLoad());
    assertThat(catalog.goals()).extracting(Goal::summary).contains("spend less on ads");
  }

  @Test
  void eventWordingEditIsPatched() throws IOException {
    edit(EVENT, "name: .*", "name: User Signed In");
    Catalog catalog = edit(EVENT, "  - email\n", "  - email\n  - plan\n");

    assertThat(loader.lastLoadPatched()).isTrue();
    assertThat(catalog).isEqualTo(freshLoad());
    UseCase onboarding = catalog.useCases().stream()
        .filter(useCase -> useCase.key().equals("accelerate-onboarding")).findFirst().orElseThrow();
    assertThat(onboarding.events()).extracting(Event::name).contains("User Signed In");
    assertThat(catalog.goals().stream().flatMap(goal -> goal.entries().stream())
        .flatMap(entry -> entry.useCase().events().stream())
        .filter(event -> event.key().equals("signed-in")))
        .isNotEmpty()
        .allSatisfy(event -> assertThat(event.properties()).endsWith("plan"));
  }

  @Test
  void eventAndUseCaseEditedTogether() throws IOException {
    Path event = content.resolve(EVENT).toAbsolutePath();
    Path useCase = content.resolve(USE_CASE).toAbsolutePath();
    Files.writeString(event, Files.readString(event) + "description: Signs in again.\n");
    Files.writeString(useCase,
        Files.readString(useCase).replaceFirst("summary: .*", "summary: greet by name"));

    Catalog catalog = loader.load(content, Set.of(event, useCase));

    assertThat(loader.lastLoadPatched()).isTrue();
    assertThat(catalog).isEqualTo(freshLoad());
  }

  @Test
  void repeatedEventPropertyFails() throws IOException {
    assertThatThrownBy(() -> edit(EVENT, "  - email\n", "  - email\n  - email\n"))
        .isInstanceOf(BuildFailedException.class);
    assertThat(loader.lastLoadPatched()).isFalse();
  }

  @Test
  void eventSlugEditIsAssembled() throws IOException {
    Catalog catalog = edit(EVENT, "slug: .*", "slug: user-signed-in");

    assertThat(loader.lastLoadPatched()).isFalse();
    assertThat(catalog).isEqualTo(freshLoad());
  }

  @Test
  void unchangedSaveKeepsCatalog() throws IOException {
    Catalog before = loader.load(content, Set.of());
    Path file = content.resolve(USE_CASE).toAbsolutePath();
    Files.writeString(file, Files.readString(file));

    Catalog after = loader.load(content, Set.of(file));

    assertThat(loader.lastLoadPatched()).isTrue();
    assertThat(after).isEqualTo(before).isEqualTo(freshLoad());
  }

  @Test
  void editorFilesBesideTheEditStillPatch() throws IOException {
    Path file = content.resolve(USE_CASE).toAbsolutePath();
    Path backup = file.resolveSibling(file.getFileName() + "~");
    Path lock = file.resolveSibling(".#" + file.getFileName());
    Files.writeString(backup, Files.readString(file));
    Files.writeString(lock, "editor lock");
    Files.writeString(file, Files.readString(file).replaceFirst("summary: .*", "summary: new"));

    Catalog catalog = loader.load(content, Set.of(file, backup, lock));

    assertThat(loader.lastLoadPatched()).isTrue();
    assertThat(catalog).isEqualTo(freshLoad());
  }

  @Test
  void derivedSlugTitleEditIsAssembled() throws IOException {
    edit(USE_CASE, "slug: .*\n", "");
    Catalog catalog = edit(USE_CASE, "title: .*", "title: Onboard faster");

    assertThat(loader.lastLoadPatched()).isFalse();
    assertThat(catalog).isEqualTo(freshLoad());
    assertThat(catalog.useCases()).extracting(UseCase::slug).contains("onboard-faster");
  }

  @Test
  void eventListEditIsAssembled() throws IOException {
    Catalog catalog = edit(USE_CASE, "  - signed-in\n", "");

    assertThat(loader.lastLoadPatched()).isFalse();
    assertThat(catalog).isEqualTo(freshLoad());
  }

  @Test
  void goalEntryEditIsAssembled() throws IOException {
    Catalog catalog = edit(GOAL, "sources: \\[Website, Mobile, Reverse ETL, Advertising\\]",
        "sources: [Mobile]");

    assertThat(loader.lastLoadPatched()).isFalse();
    assertThat(catalog).isEqualTo(freshLoad());
  }

  @Test
  void editThatAddsAWarningIsAssembled() throws IOException {
    Catalog catalog = append(USE_CASE, "description: See [the guide](my page.html).\n");

    assertThat(loader.lastLoadPatched()).isFalse();
    assertThat(catalog).isEqualTo(freshLoad());
    assertThat(catalog.warnings()).extracting(Diagnostic::message)
        .anyMatch(message -> message.contains("contains a space"));
  }

  @Test
  void fileWithAWarningIsAssembledAgain() throws IOException {
    append(USE_CASE, "description: See [the guide](my page.html).\n");
    Catalog catalog = edit(USE_CASE, "summary: .*", "summary: greet new users by name");

    assertThat(loader.lastLoadPatched()).isFalse();
    assertThat(catalog).isEqualTo(freshLoad());
  }

  @Test
  void fileWithASlugWarningIsAssembledAgain() throws IOException {
    String other = "use-cases/accelerate-signup.yaml";
    edit(other, "slug: .*\n", "");
    edit(other, "title: .*", "title: Same title");
    edit(USE_CASE, "slug: .*\n", "");
    Catalog clashing = edit(USE_CASE, "title: .*", "title: Same title");
    String warned = clashing.warnings().stream()
        .filter(warning -> warning.message().contains("both give the slug"))
        .map(Diagnostic::file).findFirst().orElseThrow();
    String path = warned.substring(warned.indexOf("use-cases/"));

    Catalog catalog = edit(path, "title: ", "# moved down a line\ntitle: ");

    assertThat(loader.lastLoadPatched()).isFalse();
    assertThat(catalog).isEqualTo(freshLoad());
    assertThat(catalog.warnings()).extracting(Diagnostic::message)
        .anyMatch(message -> message.contains("both give the slug `same-title`"));
  }

  @Test
  void editAfterFailedLoadStillFails() throws IOException {
    Path event = content.resolve("events/signed-in.yaml").toAbsolutePath();
    Files.writeString(event, Files.readString(event).replaceFirst("name: ", "nme: "));
    assertThatThrownBy(() -> loader.load(content, Set.of(event)))
        .isInstanceOf(BuildFailedException.class);

    assertThatThrownBy(() -> edit(USE_CASE, "summary: .*", "summary: greet new users by name"))
        .isInstanceOf(BuildFailedException.class);
    assertThat(loader.lastLoadPatched()).isFalse();
  }

  @Test
  void useCaseTurnedInvalidFails() throws IOException {
    assertThatThrownBy(() -> edit(USE_CASE, "summary: .*", "summary:"))
        .isInstanceOf(BuildFailedException.class);
    assertThat(loader.lastLoadPatched()).isFalse();
  }

  private Catalog edit(String path, String regex, String replacement) throws IOException {
    Path file = content.resolve(path).toAbsolutePath();
    String text = Files.readString(file);
    String edited = text.replaceFirst(regex, replacement);
    assertThat(edited).as("edit of " + path).isNotEqualTo(text);
    Files.writeString(file, edited);
    return loader.load(content, Set.of(file));
  }

  private Catalog append(String path, String text) throws IOException {
    Path file = content.resolve(path).toAbsolutePath();
    Files.writeString(file, Files.readString(file) + text);
    return loader.load(content, Set.of(file));
  }

  private Catalog freshLoad() throws IOException {
    return new CatalogLoader(CatalogLimits.DEFAULTS, new MarkdownRenderer()).load(content);
  }
}
