package org.casebook.catalog;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.TreeMap;
import java.util.stream.IntStream;
import org.casebook.diag.Diagnostic;
import org.casebook.markdown.MarkdownRenderer;

/**
 * Turns parsed content files into a {@link Catalog}: follows references between files, puts
 * items in document order and assigns slugs. Problems go to the shared list; an item whose file
 * broke its schema is left out without further messages, since its own errors are reported.
 */
final class CatalogAssembler {
  /** The parsed files of each kind, sorted by key for the order of messages and lists. */
  private final Map<ContentKind, Map<String, CatalogLoader.Parsed>> files =
      new EnumMap<>(ContentKind.class);

  /** The links of every Markdown field; parallel stages add to it. */
  private final List<DescriptionLink> descriptionLinks =
      Collections.synchronizedList(new ArrayList<>());

  /** The values read from each valid use-case file, by its parsed document. */
  private final Map<YamlDocument, UseCaseFacts> useCaseFacts = new IdentityHashMap<>();

  /** The same files in hash maps, for the many lookups by key. */
  private final Map<ContentKind, Map<String, CatalogLoader.Parsed>> byKey =
      new EnumMap<>(ContentKind.class);
  private final Map<ContentKind, Set<String>> present = new EnumMap<>(ContentKind.class);
  private final List<Diagnostic> problems;
  private final Descriptions descriptions;
  private final References references;

  /**
   * @param present the keys of every content file found, by kind, including files that did not
   *     parse. A reference to such a file is not reported, because the file's own errors are.
   * @param previousFacts what an earlier assembly read from use-case files, by parsed document;
   *     a document found here is not read again
   */
  CatalogAssembler(
      List<CatalogLoader.Parsed> parsed,
      Map<ContentKind, Set<String>> present,
      MarkdownRenderer markdown,
      List<Diagnostic> problems,
      Map<YamlDocument, UseCaseFacts> previousFacts) {
    for (ContentKind kind : ContentKind.values()) {
      files.put(kind, new TreeMap<>());
      this.present.put(kind, present.getOrDefault(kind, Set.of()));
    }
    for (CatalogLoader.Parsed file : parsed) {
      files.get(file.entry().kind()).put(file.entry().key(), file);
    }
    files.forEach((kind, map) -> byKey.put(kind, new HashMap<>(map)));
    this.problems = problems;
    this.descriptions = new Descriptions(markdown, problems, descriptionLinks);
    this.references = new References(problems);
    List<YamlDocument> useCaseDocuments = files.get(ContentKind.USE_CASE).values().stream()
        .filter(CatalogLoader.Parsed::valid).map(CatalogLoader.Parsed::document).toList();
    List<UseCaseFacts> read = useCaseDocuments.parallelStream()
        .map(document -> {
          UseCaseFacts known = previousFacts.get(document);
          return known != null ? known : UseCaseFacts.of(document, markdown);
        })
        .toList();
    for (int i = 0; i < read.size(); i++) {
      useCaseFacts.put(useCaseDocuments.get(i), read.get(i));
    }
  }

  /** Returns what this assembly read from each valid use-case file, for the next assembly. */
  Map<YamlDocument, UseCaseFacts> useCaseFacts() {
    return useCaseFacts;
  }

  Catalog assemble() {
    Site site = site();
    List<String> goalKeys = goalOrder();
    Map<ChannelKind, Map<String, Channel>> channels = channels();
    List<String> useCaseKeys = useCaseOrder(goalKeys);
    List<String> eventKeys = eventOrder(useCaseKeys);

    Map<String, Event> events = events(eventKeys);
    Map<String, UseCase> useCases = useCases(useCaseKeys, events);
    List<Goal> goals = goals(goalKeys, useCases, channels);
    return new Catalog(
        site,
        goals,
        List.copyOf(useCases.values()),
        List.copyOf(events.values()),
        distinct(channels.get(ChannelKind.SOURCE)),
        distinct(channels.get(ChannelKind.DESTINATION)),
        List.of(),
        descriptionLinks.stream()
            .sorted(Comparator.comparing(DescriptionLink::file)
                .thenComparingInt(DescriptionLink::line)
                .thenComparingInt(DescriptionLink::column))
            .toList());
  }

  private Site site() {
    CatalogLoader.Parsed file = files.get(ContentKind.SITE).get("site");
    if (file == null || !file.valid()) {
      return new Site("", "", "en", "", "", "");
    }
    JsonNode root = file.document().root();
    String language = Fields.text(root, "language");
    return new Site(
        Fields.text(root, "title"),
        Fields.text(root, "description"),
        language.isEmpty() ? "en" : language,
        Fields.text(root, "base_url"),
        descriptions.render(file.document(), "/intro"),
        descriptions.render(file.document(), "/goals_intro"));
  }

  /** Returns the goal keys listed in site.yaml, and reports goal files it does not list. */
  private List<String> goalOrder() {
    CatalogLoader.Parsed site = files.get(ContentKind.SITE).get("site");
    Map<String, CatalogLoader.Parsed> goalFiles = files.get(ContentKind.GOAL);
    if (site == null || !site.valid()) {
      return List.of();
    }
    List<Located> listed = Fields.list(site.document(), "/goals");
    List<String> keys =
        references.resolveAll(listed, present.get(ContentKind.GOAL), "goal", "goals/<name>.yaml");
    for (CatalogLoader.Parsed goal : goalFiles.values()) {
      if (!keys.contains(goal.entry().key())) {
        problems.add(
            goal.document().source().error(
                new Position(1, 1),
                "goal `" + goal.entry().key() + "` is not listed under `goals:` in site.yaml",
                "add `- " + goal.entry().key() + "` to `goals:` in site.yaml, or delete this file"));
      }
    }
    return keys.stream().filter(key -> isValid(ContentKind.GOAL, key)).toList();
  }

  private List<String> useCaseOrder(List<String> goalKeys) {
    LinkedHashSet<String> order = new LinkedHashSet<>();
    for (String goalKey : goalKeys) {
      YamlDocument goal = document(ContentKind.GOAL, goalKey);
      JsonNode entries = goal.root().path("use_cases");
      for (int i = 0; i < entries.size(); i++) {
        String key = Fields.text(entries.get(i), "use_case");
        if (isValid(ContentKind.USE_CASE, key)) {
          order.add(key);
        }
      }
    }
    return withUnused(ContentKind.USE_CASE, order, referencedBy(ContentKind.GOAL, "/use_cases",
        "use_case"), ContentKind.GOAL, "use case", "no goal lists it");
  }

  private List<String> eventOrder(List<String> useCaseKeys) {
    LinkedHashSet<String> order = new LinkedHashSet<>();
    for (String useCaseKey : useCaseKeys) {
      for (String event : facts(useCaseKey).eventKeys()) {
        if (isValid(ContentKind.EVENT, event)) {
          order.add(event);
        }
      }
    }
    return withUnused(ContentKind.EVENT, order, referencedBy(ContentKind.USE_CASE, "/events", ""),
        ContentKind.USE_CASE, "event", "no use case lists it");
  }

  /**
   * Returns every key that files of a kind refer to in a list, read from all parsed files, even
   * invalid ones, so that one broken file does not make the files it names look unused.
   *
   * @param field the key inside each list item that holds the reference, or empty when the items
   *     are the references themselves
   */
  private Set<String> referencedBy(ContentKind kind, String listPointer, String field) {
    Set<String> keys = new HashSet<>();
    JsonPointer pointer = JsonPointer.compile(listPointer);
    for (CatalogLoader.Parsed file : files.get(kind).values()) {
      UseCaseFacts known = useCaseFacts.get(file.document());
      if (known != null && listPointer.equals("/events")) {
        keys.addAll(known.eventKeys());
        continue;
      }
      for (JsonNode item : file.document().root().at(pointer)) {
        JsonNode ref = field.isEmpty() ? item : item.path(field);
        if (ref.isTextual()) {
          keys.add(ref.asText());
        }
      }
    }
    return keys;
  }

  /** Appends valid files that nothing refers to, sorted by key, with a warning for each. */
  private List<String> withUnused(
      ContentKind kind, LinkedHashSet<String> used, Set<String> referenced, ContentKind referrer,
      String label, String reason) {
    List<String> keys = new ArrayList<>(used);
    for (CatalogLoader.Parsed file : files.get(kind).values()) {
      String key = file.entry().key();
      if (file.valid() && !used.contains(key)) {
        keys.add(key);
      }
      if (file.valid() && !used.contains(key) && !referenced.contains(key)
          && allValid(referrer)) {
        problems.add(
            file.document().source().warning(
                new Position(1, 1),
                label + " `" + key + "` is not used: " + reason,
                "refer to it by its file name `" + key + "`, or delete the file"));
      }
    }
    return keys;
  }

  private Map<String, Event> events(List<String> keys) {
    List<SlugAssigner.Request> requests = new ArrayList<>();
    for (String key : keys) {
      YamlDocument document = document(ContentKind.EVENT, key);
      requests.add(slugRequest(document, "name"));
    }
    List<String> slugs = new SlugAssigner("event", problems).assign(requests);
    Map<String, Event> events = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      YamlDocument document = document(ContentKind.EVENT, keys.get(i));
      List<Located> properties =
          Fields.list(document, document.root().path("properties"), "/properties");
      references.reportDuplicates(properties, "property");
      events.put(
          keys.get(i),
          new Event(
              keys.get(i),
              slugs.get(i),
              Fields.text(document.root(), "name"),
              descriptions.render(document, "/description"),
              Fields.values(properties),
              previousSlugs(document)));
    }
    return events;
  }

  private Map<String, UseCase> useCases(List<String> keys, Map<String, Event> events) {
    List<SlugAssigner.Request> requests = new ArrayList<>();
    for (String key : keys) {
      requests.add(facts(key).slug());
    }
    List<String> slugs = new SlugAssigner("use case", problems).assign(requests);
    // Each use case is built from its own file alone, so they are built in parallel.
    List<UseCase> built = IntStream.range(0, keys.size()).parallel()
        .mapToObj(i -> useCase(keys.get(i), slugs.get(i), events))
        .toList();
    Map<String, UseCase> useCases = new LinkedHashMap<>();
    built.forEach(useCase -> useCases.put(useCase.key(), useCase));
    return useCases;
  }

  private UseCase useCase(String key, String slug, Map<String, Event> events) {
    UseCaseFacts facts = facts(key);
    List<Event> resolved = new ArrayList<>();
    for (String eventKey :
        references.resolveAll(
            facts.eventRefs(), present.get(ContentKind.EVENT), "event", "events/<name>.yaml")) {
      if (events.containsKey(eventKey) && !resolved.contains(events.get(eventKey))) {
        resolved.add(events.get(eventKey));
      }
    }
    problems.addAll(facts.descriptionWarnings());
    descriptionLinks.addAll(facts.descriptionLinks());
    return new UseCase(
        key,
        slug,
        facts.title(),
        facts.summary(),
        facts.descriptionHtml(),
        List.copyOf(resolved),
        facts.previousSlugs());
  }

  /** Returns what was read from a valid use-case file. */
  private UseCaseFacts facts(String useCaseKey) {
    return useCaseFacts.get(document(ContentKind.USE_CASE, useCaseKey));
  }

  private List<Goal> goals(
      List<String> keys,
      Map<String, UseCase> useCases,
      Map<ChannelKind, Map<String, Channel>> channels) {
    List<SlugAssigner.Request> requests = new ArrayList<>();
    for (String key : keys) {
      requests.add(slugRequest(document(ContentKind.GOAL, key), "title"));
    }
    List<String> slugs = new SlugAssigner("goal", problems).assign(requests);
    // Each goal is built from its own file and the finished use cases, so in parallel.
    return IntStream.range(0, keys.size()).parallel()
        .mapToObj(i -> {
          YamlDocument document = document(ContentKind.GOAL, keys.get(i));
          JsonNode root = document.root();
          return new Goal(
              keys.get(i),
              slugs.get(i),
              Fields.text(root, "title"),
              Fields.text(root, "summary"),
              descriptions.render(document, "/description"),
              entries(document, useCases, channels),
              previousSlugs(document));
        })
        .toList();
  }

  private List<GoalEntry> entries(
      YamlDocument goal,
      Map<String, UseCase> useCases,
      Map<ChannelKind, Map<String, Channel>> channels) {
    JsonNode list = goal.root().path("use_cases");
    List<Located> useCaseRefs = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      useCaseRefs.add(new Located(Fields.text(list.get(i), "use_case"), goal,
          "/use_cases/" + i + "/use_case"));
    }
    references.reportDuplicates(useCaseRefs, "use case");
    List<GoalEntry> entries = new ArrayList<>();
    Map<String, Boolean> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Located ref = useCaseRefs.get(i);
      boolean known =
          references.resolve(ref, present.get(ContentKind.USE_CASE), "use case",
              "use-cases/<name>.yaml");
      UseCase useCase = useCases.get(ref.value());
      if (!known || useCase == null || seen.put(ref.value(), true) != null) {
        continue;
      }
      String base = "/use_cases/" + i;
      entries.add(
          new GoalEntry(
              useCase,
              channelList(goal, list.get(i), base, "sources", channels.get(ChannelKind.SOURCE),
                  "source"),
              channelList(goal, list.get(i), base, "destinations",
                  channels.get(ChannelKind.DESTINATION), "destination")));
    }
    return List.copyOf(entries);
  }

  private List<Channel> channelList(YamlDocument goal, JsonNode entry, String entryPointer,
      String field, Map<String, Channel> known, String label) {
    List<Located> names = Fields.list(goal, entry.path(field), entryPointer + "/" + field);
    references.reportDuplicates(names, label);
    List<Channel> resolved = new ArrayList<>();
    if (!isValid(ContentKind.CHANNELS, "channels")) {
      return List.of();
    }
    for (Located name : names) {
      if (references.resolve(name, known.keySet(), label + " type", "channels.yaml")) {
        Channel channel = known.get(name.value());
        if (!resolved.contains(channel)) {
          resolved.add(channel);
        }
      }
    }
    return List.copyOf(resolved);
  }

  /** Returns each kind's channels by name and by slug, so goals may use either. */
  private Map<ChannelKind, Map<String, Channel>> channels() {
    Map<ChannelKind, Map<String, Channel>> byKind = new EnumMap<>(ChannelKind.class);
    CatalogLoader.Parsed file = files.get(ContentKind.CHANNELS).get("channels");
    for (ChannelKind kind : ChannelKind.values()) {
      byKind.put(kind, new LinkedHashMap<>());
      if (file != null && file.valid()) {
        byKind.put(kind, channelsOf(file.document(), kind));
      }
    }
    return byKind;
  }

  private Map<String, Channel> channelsOf(YamlDocument document, ChannelKind kind) {
    JsonNode list = document.root().path(kind.plural());
    List<Located> names = new ArrayList<>();
    List<SlugAssigner.Request> requests = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String pointer = "/" + kind.plural() + "/" + i;
      names.add(new Located(Fields.text(list.get(i), "name"), document, pointer + "/name"));
      requests.add(slugRequest(document, pointer, "name"));
    }
    references.reportDuplicates(names, kind.singular() + " type");
    List<String> slugs = new SlugAssigner(kind.singular() + " type", problems).assign(requests);
    Map<String, Channel> channels = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String pointer = "/" + kind.plural() + "/" + i;
      Channel channel =
          new Channel(
              kind,
              slugs.get(i),
              names.get(i).value(),
              descriptions.render(document, pointer + "/description"),
              Fields.values(Fields.list(document, pointer + "/previous_slugs")));
      channels.putIfAbsent(channel.name(), channel);
      channels.putIfAbsent(channel.slug(), channel);
    }
    return channels;
  }

  private SlugAssigner.Request slugRequest(YamlDocument document, String titleField) {
    return slugRequest(document, "", titleField);
  }

  static SlugAssigner.Request slugRequest(
      YamlDocument document, String base, String titleField) {
    JsonNode object = document.root().at(base.isEmpty() ? "" : base);
    String explicit = Fields.optional(object, "slug");
    String field = explicit != null ? "slug" : titleField;
    String pointer = base + "/" + field;
    return new SlugAssigner.Request(
        explicit,
        Fields.text(object, titleField),
        document.source(),
        document.valueAt(pointer),
        YamlDocument.displayPath(pointer),
        Fields.list(document, base + "/previous_slugs"));
  }

  private static List<String> previousSlugs(YamlDocument document) {
    return Fields.values(Fields.list(document, "/previous_slugs"));
  }

  private static List<Channel> distinct(Map<String, Channel> channels) {
    return channels.values().stream().distinct().toList();
  }

  /**
   * Returns whether every file of a kind parsed and passed its schema. When one did not, the
   * items it refers to are unknown, so nothing is reported as unused.
   */
  private boolean allValid(ContentKind kind) {
    return files.get(kind).size() == present.get(kind).size()
        && files.get(kind).values().stream().allMatch(CatalogLoader.Parsed::valid);
  }

  private boolean isValid(ContentKind kind, String key) {
    CatalogLoader.Parsed file = byKey.get(kind).get(key);
    return file != null && file.valid();
  }

  private YamlDocument document(ContentKind kind, String key) {
    return byKey.get(kind).get(key).document();
  }
}
