package org.casebook.catalog;

import static java.util.stream.Collectors.toSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
  private volatile Listing lastListing;

  /** The values the last assembly read from each use-case file, reused with the file's parse. */
  private volatile Map<YamlDocument, UseCaseFacts> lastFacts = Map.of();

  /** The last catalog loaded without errors, whose unchanged parts the next load reuses. */
  private volatile Catalog lastCatalog;

  /** Whether the most recent load returned {@link #lastCatalog}, so it matches the files read. */
  private volatile boolean lastLoadSucceeded;

  /** Whether the most recent load patched the catalog before it instead of assembling one. */
  private volatile boolean lastLoadPatched;

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
    return load(contentDir, null);
  }

  /**
   * Loads the catalog again after a change to the given files. Files outside {@code changed}
   * are taken from the previous load without reading them; the folders are listed again only
   * when a content file may have appeared or disappeared.
   *
   * <p>NOTE: changed paths are matched as written, after normalization, and not by their real
   * paths. A file in a folder reached through a symbolic link must be named through that link.
   *
   * @param changed the absolute paths that changed since the previous load of the same folder,
   *     or null when that is unknown, which reads every file
   * @throws BuildFailedException when the catalog has errors; it carries warnings too
   * @throws IOException when a file cannot be read
   */
  public Catalog load(Path contentDir, Set<Path> changed) throws IOException {
    if (!Files.isDirectory(contentDir)) {
      throw new BuildFailedException(
          Diagnostic.error(contentDir.toString(), 0, 0, "content folder not found")
              .withHint("run from the project root, or pass the folder with --content DIR"));
    }
    if (changed != null) {
      changed = changed.stream().map(CatalogLoader::absolute).collect(toSet());
    }
    boolean previousSucceeded = lastLoadSucceeded;
    lastLoadSucceeded = false;
    lastLoadPatched = false;
    Listing before = lastListing;
    Listing listing = listing(contentDir, changed);
    Set<ContentFiles.Entry> changedEntries = changedEntries(listing, changed);
    Map<ContentFiles.Entry, Optional<Parsed>> reread =
        listing == before && previousSucceeded ? parsesToReplace(listing, changedEntries) : null;
    List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>(listing.problems()));
    List<Parsed> parsed =
        listing.entries().parallelStream()
            .map(entry -> parse(entry, mustRead(entry, changedEntries), problems))
            .flatMap(Optional::stream)
            .toList();
    if (reread != null && problems.stream().noneMatch(Diagnostic::isError)) {
      TextPatch.Result patched = patch(reread);
      if (patched != null) {
        lastFacts = patched.useCaseFacts();
        lastCatalog = patched.catalog();
        lastLoadSucceeded = true;
        lastLoadPatched = true;
        return patched.catalog();
      }
    }
    if (listing != before) {
      cache.keySet().retainAll(
          listing.entries().stream().map(ContentFiles.Entry::path).collect(toSet()));
    }
    // Synchronized, because the assembler builds use cases and goals in parallel.
    List<Diagnostic> all = Collections.synchronizedList(new ArrayList<>(problems));
    Map<ContentKind, Set<String>> present = new EnumMap<>(ContentKind.class);
    for (ContentFiles.Entry entry : listing.entries()) {
      present.computeIfAbsent(entry.kind(), kind -> new HashSet<>()).add(entry.key());
    }
    CatalogAssembler assembler = new CatalogAssembler(parsed, present, markdown, all, lastFacts);
    Catalog catalog = assembler.assemble();
    lastFacts = assembler.useCaseFacts();
    all.sort(Diagnostic.ORDER);
    if (all.stream().anyMatch(Diagnostic::isError)) {
      throw new BuildFailedException(all);
    }
    Catalog loaded = CatalogReuse.reuse(lastCatalog, new Catalog(
        catalog.site(), catalog.goals(), catalog.useCases(), catalog.events(),
        catalog.sources(), catalog.destinations(), List.copyOf(all),
        catalog.descriptionLinks()));
    lastCatalog = loaded;
    lastLoadSucceeded = true;
    return loaded;
  }

  /**
   * Returns the current parse of each file that this load reads again, or null when the changed
   * files are unknown or one of them has no parse yet.
   */
  private Map<ContentFiles.Entry, Optional<Parsed>> parsesToReplace(
      Listing listing, Set<ContentFiles.Entry> changedEntries) {
    if (changedEntries == null) {
      return null;
    }
    Map<ContentFiles.Entry, Optional<Parsed>> parses = new IdentityHashMap<>();
    for (ContentFiles.Entry entry : listing.entries()) {
      if (mustRead(entry, changedEntries)) {
        Cached cached = cache.get(entry.path());
        if (cached == null) {
          return null;
        }
        parses.put(entry, cached.parsed());
      }
    }
    return parses;
  }

  /**
   * Returns the previous catalog brought up to date with the files read again, or null when
   * one of them changed more than the wording of a use case, goal or event.
   *
   * @param reread each file read again, with its parse from before this load
   */
  private TextPatch.Result patch(Map<ContentFiles.Entry, Optional<Parsed>> reread) {
    List<TextPatch.Edit> edits = new ArrayList<>();
    for (Map.Entry<ContentFiles.Entry, Optional<Parsed>> file : reread.entrySet()) {
      Optional<Parsed> now = cache.get(file.getKey().path()).parsed();
      if (now == file.getValue()) {
        continue;
      }
      if (file.getValue().isEmpty() || now.isEmpty() || !file.getValue().get().valid()
          || !now.get().valid()) {
        return null;
      }
      edits.add(new TextPatch.Edit(file.getKey().kind(), file.getKey().key(),
          file.getValue().get().document(), now.get().document()));
    }
    return TextPatch.apply(lastCatalog, lastFacts, edits, markdown);
  }

  /**
   * Returns whether the most recent load brought the previous catalog up to date after edits of
   * wording only, without assembling the whole catalog; see {@link TextPatch}.
   */
  boolean lastLoadPatched() {
    return lastLoadPatched;
  }

  /**
   * The content files of a folder with the problems found while listing them, and every
   * subfolder, whose removal or renaming may take files away without an event for each file.
   *
   * @param folder the folder as the caller wrote it, which the files' display names start with
   * @param hasLinks whether a YAML file of the folder is a symbolic link, whose target may be any
   *     file and decides whether the link is a safe content file
   */
  private record Listing(
      Path folder, List<ContentFiles.Entry> entries, List<Diagnostic> problems,
      Map<Path, ContentFiles.Entry> files, Set<Path> folders, boolean hasLinks) {}

  /**
   * Lists the folder again, unless every changed path is a known content file that is still a
   * regular file, or a path that is neither a content file nor YAML, such as an editor's
   * temporary file, in a folder where no YAML file is a symbolic link. A YAML path that is not a
   * known content file counts even once it is gone, because the previous listing may have
   * reported it: a duplicate name, an unsafe link or a stray file. With links, any path counts,
   * because it may be a link's target, which decides whether the link is a safe content file.
   */
  private Listing listing(Path contentDir, Set<Path> changed) throws IOException {
    Listing previous = lastListing;
    if (changed != null && previous != null && previous.folder().equals(contentDir)
        && !mayChangeListing(changed, previous)) {
      return previous;
    }
    List<Diagnostic> problems = new ArrayList<>();
    Set<Path> folders = new HashSet<>();
    Set<Path> links = new HashSet<>();
    List<ContentFiles.Entry> entries = ContentFiles.list(contentDir, problems, folders, links);
    Map<Path, ContentFiles.Entry> files = new HashMap<>();
    entries.forEach(entry -> files.put(absolute(entry.path()), entry));
    Listing listing =
        new Listing(contentDir, entries, List.copyOf(problems), files, folders, !links.isEmpty());
    lastListing = listing;
    return listing;
  }

  private static boolean mayChangeListing(Set<Path> changed, Listing previous) {
    for (Path path : changed) {
      if (previous.folders().contains(path) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
      boolean wasKnown = previous.files().containsKey(path);
      if (wasKnown && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
      if (!wasKnown && (ContentFiles.isYaml(path) || previous.hasLinks())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a content file must be read again. A symbolic link is always read, because
   * an edit of its target names only the target's path.
   */
  private boolean mustRead(ContentFiles.Entry entry, Set<ContentFiles.Entry> changed) {
    return changed == null || !cache.containsKey(entry.path()) || changed.contains(entry)
        || entry.link();
  }

  /** Returns the listed files among the changed paths, or null when the paths are unknown. */
  private static Set<ContentFiles.Entry> changedEntries(Listing listing, Set<Path> changed) {
    if (changed == null) {
      return null;
    }
    Set<ContentFiles.Entry> entries = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Path path : changed) {
      ContentFiles.Entry entry = listing.files().get(path);
      if (entry != null) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /** A content file that parsed; {@code valid} is false when it broke its schema. */
  record Parsed(ContentFiles.Entry entry, YamlDocument document, boolean valid) {}

  /** A file's bytes with the result of parsing and validating them, reused while unchanged. */
  private record Cached(byte[] bytes, Optional<Parsed> parsed, List<Diagnostic> problems) {}

  private Optional<Parsed> parse(
      ContentFiles.Entry entry, boolean read, List<Diagnostic> problems) {
    if (!read) {
      Cached cached = cache.get(entry.path());
      problems.addAll(cached.problems());
      return cached.parsed();
    }
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
