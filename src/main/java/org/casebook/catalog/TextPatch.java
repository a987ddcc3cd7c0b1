package org.casebook.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.diag.Diagnostic;
import org.casebook.markdown.MarkdownRenderer;

/**
 * Brings the previous catalog up to date after edits that change only the wording of use cases,
 * goals and events: titles and names, summaries, descriptions and an event's properties. Such
 * edits leave every order, reference, slug and warning as it was, so the new catalog is the
 * previous one with the edited items replaced, and showing one new summary does not mean
 * assembling every use case again.
 *
 * <p>An edit changes only wording when both versions of the file are valid, the file had no
 * warnings, the new version gives none, and the parts that shape the catalog are equal: the
 * slug (with the title or name when the slug comes from it), the previous slugs, and the events
 * of a use case or the entries of a goal. {@link #apply} returns null for any other edit, and the
 * loader assembles the whole catalog.
 */
final class TextPatch {
  /** A content file that parsed into a new tree. Both versions passed their schema. */
  record Edit(ContentKind kind, String key, YamlDocument before, YamlDocument after) {}

  /** The patched catalog, and what was read from each use-case file, for the next load. */
  record Result(Catalog catalog, Map<YamlDocument, UseCaseFacts> useCaseFacts) {}

  /** The order in which the assembler sorts description links. */
  static final Comparator<DescriptionLink> LINK_ORDER =
      Comparator.comparing(DescriptionLink::file)
          .thenComparingInt(DescriptionLink::line)
          .thenComparingInt(DescriptionLink::column);

  private TextPatch() {}

  /**
   * Returns the catalog after the edits, or null when an edit may change more than wording.
   *
   * @param previous the catalog of the previous load, which must have succeeded
   * @param facts what the previous load read from each use-case file, by parsed tree
   */
  static Result apply(Catalog previous, Map<YamlDocument, UseCaseFacts> facts, List<Edit> edits,
      MarkdownRenderer markdown) {
    Set<String> editedFiles = new HashSet<>();
    edits.forEach(edit -> editedFiles.add(edit.after().source().name()));
    for (Diagnostic warning : previous.warnings()) {
      if (editedFiles.contains(warning.file())) {
        return null;
      }
    }
    Map<String, UseCase> oldUseCases = new HashMap<>();
    previous.useCases().forEach(useCase -> oldUseCases.put(useCase.key(), useCase));
    Map<String, Event> oldEvents = new HashMap<>();
    previous.events().forEach(event -> oldEvents.put(event.key(), event));
    Map<String, UseCase> newUseCases = new HashMap<>();
    Map<String, GoalText> newGoalTexts = new HashMap<>();
    Map<String, Event> newEvents = new HashMap<>();
    Map<YamlDocument, UseCaseFacts> nextFacts = new IdentityHashMap<>(facts);
    List<DescriptionLink> links = new ArrayList<>();
    for (Edit edit : edits) {
      if (edit.kind() == ContentKind.USE_CASE) {
        UseCaseFacts before = facts.get(edit.before());
        UseCase useCase = oldUseCases.get(edit.key());
        UseCaseFacts after = UseCaseFacts.of(edit.after(), markdown);
        if (before == null || useCase == null || !sameShape(before, after)
            || !after.descriptionWarnings().isEmpty()) {
          return null;
        }
        newUseCases.put(edit.key(), new UseCase(useCase.key(), useCase.slug(), after.title(),
            after.summary(), after.descriptionHtml(), useCase.events(), useCase.previousSlugs()));
        nextFacts.remove(edit.before());
        nextFacts.put(edit.after(), after);
        links.addAll(after.descriptionLinks());
      } else if (edit.kind() == ContentKind.GOAL) {
        GoalText before = GoalText.of(edit.before(), markdown);
        GoalText after = GoalText.of(edit.after(), markdown);
        if (!before.shape().equals(after.shape()) || !after.warnings().isEmpty()) {
          return null;
        }
        newGoalTexts.put(edit.key(), after);
        links.addAll(after.links());
      } else if (edit.kind() == ContentKind.EVENT) {
        Event event = oldEvents.get(edit.key());
        EventText before = EventText.of(edit.before(), markdown);
        EventText after = EventText.of(edit.after(), markdown);
        if (event == null || !before.shape().equals(after.shape()) || !after.warnings().isEmpty()
            || Set.copyOf(after.properties()).size() != after.properties().size()) {
          return null;
        }
        newEvents.put(edit.key(), new Event(event.key(), event.slug(), after.name(),
            after.descriptionHtml(), after.properties(), event.previousSlugs()));
        links.addAll(after.links());
      } else {
        return null;
      }
    }
    if (!newEvents.isEmpty()) {
      for (UseCase useCase : previous.useCases()) {
        UseCase current = newUseCases.getOrDefault(useCase.key(), useCase);
        UseCase withEvents = withNewEvents(current, newEvents);
        if (withEvents != current) {
          newUseCases.put(useCase.key(), withEvents);
        }
      }
    }
    for (DescriptionLink link : previous.descriptionLinks()) {
      if (!editedFiles.contains(link.file())) {
        links.add(link);
      }
    }
    links.sort(LINK_ORDER);
    List<Goal> goals = new ArrayList<>(previous.goals().size());
    for (Goal goal : previous.goals()) {
      goals.add(patched(goal, newUseCases, newGoalTexts.get(goal.key())));
    }
    if (newGoalTexts.keySet().stream().anyMatch(key -> goals.stream()
        .noneMatch(goal -> goal.key().equals(key)))) {
      return null;
    }
    List<UseCase> useCases = previous.useCases().stream()
        .map(useCase -> newUseCases.getOrDefault(useCase.key(), useCase))
        .toList();
    List<Event> events = previous.events().stream()
        .map(event -> newEvents.getOrDefault(event.key(), event))
        .toList();
    Catalog catalog = new Catalog(previous.site(), List.copyOf(goals), useCases, events,
        previous.sources(), previous.destinations(), previous.warnings(), List.copyOf(links));
    return new Result(catalog, nextFacts);
  }

  /** Returns a use case with its edited events, or the same use case when it has none. */
  private static UseCase withNewEvents(UseCase useCase, Map<String, Event> newEvents) {
    if (useCase.events().stream().noneMatch(event -> newEvents.containsKey(event.key()))) {
      return useCase;
    }
    List<Event> events = useCase.events().stream()
        .map(event -> newEvents.getOrDefault(event.key(), event))
        .toList();
    return new UseCase(useCase.key(), useCase.slug(), useCase.title(), useCase.summary(),
        useCase.descriptionHtml(), events, useCase.previousSlugs());
  }

  /** Returns a goal with its edited use cases and, when given, its new wording. */
  private static Goal patched(Goal goal, Map<String, UseCase> newUseCases, GoalText text) {
    List<GoalEntry> entries = goal.entries();
    if (!newUseCases.isEmpty()) {
      List<GoalEntry> updated = new ArrayList<>(entries.size());
      boolean changed = false;
      for (GoalEntry entry : entries) {
        UseCase useCase = newUseCases.get(entry.useCase().key());
        if (useCase != null) {
          updated.add(new GoalEntry(useCase, entry.sources(), entry.destinations()));
          changed = true;
        } else {
          updated.add(entry);
        }
      }
      entries = changed ? List.copyOf(updated) : entries;
    }
    if (text == null) {
      return entries == goal.entries()
          ? goal
          : new Goal(goal.key(), goal.slug(), goal.title(), goal.summary(),
              goal.descriptionHtml(), entries, goal.previousSlugs());
    }
    return new Goal(goal.key(), goal.slug(), text.title(), text.summary(), text.descriptionHtml(),
        entries, goal.previousSlugs());
  }

  /**
   * Returns whether two versions of a use-case file give the same slug, previous slugs and
   * events. The title counts when the slug is derived from it, because the messages about clashing
   * derived slugs quote it.
   */
  private static boolean sameShape(UseCaseFacts before, UseCaseFacts after) {
    return slugShape(before.slug()).equals(slugShape(after.slug()))
        && before.eventKeys().equals(after.eventKeys());
  }

  /** Returns the slug, the title when the slug comes from it, and the previous slugs. */
  private static List<Object> slugShape(SlugAssigner.Request request) {
    return List.of(
        request.explicit() == null ? "" : request.explicit(),
        request.explicit() == null ? request.title() : "",
        Fields.values(request.previous()));
  }

  /**
   * The wording of a goal file with the parts that shape the catalog.
   *
   * @param shape the slug, the title when the slug comes from it, the previous slugs and each
   *     entry's use case, sources and destinations as written
   */
  private record GoalText(
      List<Object> shape,
      String title,
      String summary,
      String descriptionHtml,
      List<Diagnostic> warnings,
      List<DescriptionLink> links) {

    static GoalText of(YamlDocument document, MarkdownRenderer markdown) {
      JsonNode root = document.root();
      List<Object> shape = new ArrayList<>(
          slugShape(CatalogAssembler.slugRequest(document, "", "title")));
      for (JsonNode entry : root.path("use_cases")) {
        shape.add(List.of(Fields.text(entry, "use_case"), texts(entry.path("sources")),
            texts(entry.path("destinations"))));
      }
      List<Diagnostic> warnings = new ArrayList<>();
      List<DescriptionLink> links = new ArrayList<>();
      String descriptionHtml =
          new Descriptions(markdown, warnings, links).render(document, "/description");
      return new GoalText(shape, Fields.text(root, "title"), Fields.text(root, "summary"),
          descriptionHtml, warnings, links);
    }

    private static List<String> texts(JsonNode list) {
      List<String> texts = new ArrayList<>();
      list.forEach(item -> texts.add(item.asText()));
      return texts;
    }
  }

  /**
   * The wording of an event file with the parts that shape the catalog.
   *
   * @param shape the slug, the name when the slug comes from it, and the previous slugs
   */
  private record EventText(
      List<Object> shape,
      String name,
      String descriptionHtml,
      List<String> properties,
      List<Diagnostic> warnings,
      List<DescriptionLink> links) {

    static EventText of(YamlDocument document, MarkdownRenderer markdown) {
      JsonNode root = document.root();
      List<Diagnostic> warnings = new ArrayList<>();
      List<DescriptionLink> links = new ArrayList<>();
      String descriptionHtml =
          new Descriptions(markdown, warnings, links).render(document, "/description");
      return new EventText(slugShape(CatalogAssembler.slugRequest(document, "", "name")),
          Fields.text(root, "name"), descriptionHtml,
          Fields.values(Fields.list(document, root.path("properties"), "/properties")),
          warnings, links);
    }
  }
}
