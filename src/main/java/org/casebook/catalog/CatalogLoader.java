package org.casebook.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;
import org.casebook.markdown.MarkdownRenderer;

/**
 * Reads a content folder into a {@link Catalog}.
 *
 * <p>Files are parsed and validated against their JSON Schema in parallel; then references are
 * followed and slugs assigned. Every problem of the run is collected, and if any is an error the
 * load throws {@link BuildFailedException} with all of them, so nothing is rendered from a
 * half-valid catalog. Immutable and thread-safe.
 */
public final class CatalogLoader {
  private final CatalogLimits limits;
  private final YamlReader reader;
  private final SchemaValidator validator = new SchemaValidator();
  private final MarkdownRenderer markdown;

  public CatalogLoader(CatalogLimits limits, MarkdownRenderer markdown) {
    this.limits = limits;
    this.reader = new YamlReader(limits);
    this.markdown = markdown;
  }

  /**
   * Loads and resolves the catalog in {@code contentDir}.
   *
   * @throws BuildFailedException when the catalog has errors; it carries warnings too
   * @throws IOException when a file cannot be read
   */
  public Catalog load(Path contentDir) throws IOException {
    if (!Files.isDirectory(contentDir)) {
      throw new BuildFailedException(
          Diagnostic.error(contentDir.toString(), 0, 0, "content folder not found")
              .withHint("run from the project root, or pass the folder with --content DIR"));
    }
    List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
    List<ContentFiles.Entry> entries = ContentFiles.list(contentDir, problems);
    List<Parsed> parsed =
        entries.parallelStream().map(entry -> parse(entry, problems)).flatMap(Optional::stream)
            .toList();
    List<Diagnostic> all = new ArrayList<>(problems);
    Catalog catalog = new CatalogAssembler(parsed, markdown, all).assemble();
    all.sort(Diagnostic.ORDER);
    if (all.stream().anyMatch(Diagnostic::isError)) {
      throw new BuildFailedException(all);
    }
    return new Catalog(
        catalog.site(), catalog.goals(), catalog.useCases(), catalog.events(),
        catalog.sources(), catalog.destinations(), List.copyOf(all));
  }

  /** A content file that parsed; {@code valid} is false when it broke its schema. */
  record Parsed(ContentFiles.Entry entry, YamlDocument document, boolean valid) {}

  private Optional<Parsed> parse(ContentFiles.Entry entry, List<Diagnostic> problems) {
    YamlDocument document;
    try {
      long size = Files.size(entry.path());
      if (size > limits.maxFileBytes()) {
        problems.add(
            Diagnostic.error(
                    entry.displayName(), 0, 0,
                    String.format(
                        "file is %,d bytes, over the limit of %,d bytes",
                        size, limits.maxFileBytes()))
                .withHint("split the file, or raise the limit with --max-file-size"));
        return Optional.empty();
      }
      document = reader.read(entry.displayName(), Files.readAllBytes(entry.path()));
    } catch (BuildFailedException e) {
      problems.addAll(e.diagnostics());
      return Optional.empty();
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(entry.displayName(), 0, 0, "cannot read file: " + e.getMessage()));
      return Optional.empty();
    }
    List<Diagnostic> schemaProblems = validator.validate(entry.kind(), document);
    problems.addAll(schemaProblems);
    return Optional.of(new Parsed(entry, document, schemaProblems.isEmpty()));
  }
}
