package org.casebook.catalog;

import static java.util.stream.Collectors.toSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;
import org.casebook.markdown.MarkdownRenderer;

/**
 * Reads a content folder into a {@link Catalog}.
 *
 * <p>Files are parsed and validated against their JSON Schema in parallel; then references are
 * followed and slugs assigned. Every problem of the run is collected, and if any is an error the
 * load throws {@link BuildFailedException} with all of them, so nothing is rendered from a
 * half-valid catalog.
 *
 * <p>A loader keeps each file's bytes with its parse and validation result, so a later load of the
 * same folder re-parses only the files whose bytes changed. {@link #load} may be called from one
 * thread at a time.
 */
public final class CatalogLoader {
  private final CatalogLimits limits;
  private final YamlReader reader;
  private final FutureTask<SchemaValidator> validator = new FutureTask<>(SchemaValidator::new);
  private final Map<Path, Cached> cache = new ConcurrentHashMap<>();
  private final MarkdownRenderer markdown;

  public CatalogLoader(CatalogLimits limits, MarkdownRenderer markdown) {
    this.limits = limits;
    this.reader = new YamlReader(limits);
    // Setting up the schema validator loads Jackson and the JSON Schema dialect, a large part of
    // a small build's time, so it runs beside the reading and parsing of the content files.
    Thread setup = new Thread(validator, "casebook-schema-setup");
    setup.setDaemon(true);
    setup.start();
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
    cache.keySet().retainAll(entries.stream().map(ContentFiles.Entry::path).collect(toSet()));
    List<Diagnostic> all = new ArrayList<>(problems);
    Map<ContentKind, Set<String>> present = new EnumMap<>(ContentKind.class);
    for (ContentFiles.Entry entry : entries) {
      present.computeIfAbsent(entry.kind(), kind -> new HashSet<>()).add(entry.key());
    }
    Catalog catalog = new CatalogAssembler(parsed, present, markdown, all).assemble();
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

  /** A file's bytes with the result of parsing and validating them, reused while unchanged. */
  private record Cached(byte[] bytes, Optional<Parsed> parsed, List<Diagnostic> problems) {}

  private Optional<Parsed> parse(ContentFiles.Entry entry, List<Diagnostic> problems) {
    byte[] bytes;
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
      bytes = Files.readAllBytes(entry.path());
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(entry.displayName(), 0, 0, "cannot read file: " + e.getMessage()));
      return Optional.empty();
    }
    Cached cached = cache.get(entry.path());
    if (cached == null || !Arrays.equals(cached.bytes(), bytes)) {
      cached = parseAndValidate(entry, bytes);
      cache.put(entry.path(), cached);
    }
    problems.addAll(cached.problems());
    return cached.parsed();
  }

  private Cached parseAndValidate(ContentFiles.Entry entry, byte[] bytes) {
    YamlDocument document;
    try {
      document = reader.read(entry.displayName(), bytes);
    } catch (BuildFailedException e) {
      return new Cached(bytes, Optional.empty(), e.diagnostics());
    }
    List<Diagnostic> schemaProblems = validator().validate(entry.kind(), document);
    return new Cached(
        bytes, Optional.of(new Parsed(entry, document, schemaProblems.isEmpty())), schemaProblems);
  }

  private SchemaValidator validator() {
    try {
      return validator.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while setting up the schema validator", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot set up the schema validator", e.getCause());
    }
  }
}
