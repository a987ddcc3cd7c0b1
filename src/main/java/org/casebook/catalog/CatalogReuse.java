package org.casebook.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Replaces the parts of a newly loaded catalog that equal the previous catalog's parts with the
 * previous objects, so that an unchanged goal, use case, event or channel is the same object as
 * before.
 *
 * <p>Records and lists compare equal at once when both sides are the same object, so after this
 * step, comparing the data of a page that an edit did not touch costs little, and later steps
 * can remember their output per object.
 */
final class CatalogReuse {
  private final Map<Event, Event> events = new IdentityHashMap<>();
  private final Map<Channel, Channel> channels = new IdentityHashMap<>();
  private final Map<UseCase, UseCase> useCases = new IdentityHashMap<>();

  private CatalogReuse() {}

  /** Returns {@code fresh} with every part that equals a part of {@code previous} replaced. */
  static Catalog reuse(Catalog previous, Catalog fresh) {
    if (previous == null) {
      return fresh;
    }
    return new CatalogReuse().catalog(previous, fresh);
  }

  private Catalog catalog(Catalog previous, Catalog fresh) {
    List<Event> newEvents = reuseAll(previous.events(), fresh.events(), Event::key,
        event -> event, events);
    List<Channel> newSources = reuseAll(previous.sources(), fresh.sources(), Channel::slug,
        channel -> channel, channels);
    List<Channel> newDestinations = reuseAll(previous.destinations(), fresh.destinations(),
        Channel::slug, channel -> channel, channels);
    List<UseCase> newUseCases = reuseAll(previous.useCases(), fresh.useCases(), UseCase::key,
        this::withReusedParts, useCases);
    Map<String, Goal> oldGoals = new HashMap<>();
    previous.goals().forEach(goal -> oldGoals.put(goal.key(), goal));
    List<Goal> newGoals = reuseAll(previous.goals(), fresh.goals(), Goal::key,
        goal -> withReusedEntries(oldGoals.get(goal.key()), goal), new IdentityHashMap<>());
    Site site = previous.site().equals(fresh.site()) ? previous.site() : fresh.site();
    return new Catalog(site, newGoals, newUseCases, newEvents, newSources, newDestinations,
        fresh.warnings(), fresh.descriptionLinks());
  }

  private UseCase withReusedParts(UseCase useCase) {
    List<Event> reused = mapped(useCase.events(), events);
    return reused == useCase.events()
        ? useCase
        : new UseCase(useCase.key(), useCase.slug(), useCase.title(), useCase.summary(),
            useCase.descriptionHtml(), reused, useCase.previousSlugs());
  }

  /** Rebuilds a goal's entries from reused parts, keeping the old goal's equal entries. */
  private Goal withReusedEntries(Goal old, Goal goal) {
    List<GoalEntry> entries = new ArrayList<>(goal.entries().size());
    boolean changed = false;
    for (int i = 0; i < goal.entries().size(); i++) {
      GoalEntry entry = goal.entries().get(i);
      GoalEntry oldEntry = old != null && i < old.entries().size() ? old.entries().get(i) : null;
      List<Channel> sources = mapped(entry.sources(), channels);
      List<Channel> destinations = mapped(entry.destinations(), channels);
      if (oldEntry != null) {
        sources = oldEntry.sources().equals(sources) ? oldEntry.sources() : sources;
        destinations =
            oldEntry.destinations().equals(destinations) ? oldEntry.destinations() : destinations;
      }
      GoalEntry reused = new GoalEntry(
          useCases.getOrDefault(entry.useCase(), entry.useCase()), sources, destinations);
      if (reused.equals(oldEntry)) {
        reused = oldEntry;
      }
      entries.add(reused);
      changed |= reused.useCase() != entry.useCase() || reused.sources() != entry.sources()
          || reused.destinations() != entry.destinations();
    }
    if (!changed) {
      return goal;
    }
    return new Goal(goal.key(), goal.slug(), goal.title(), goal.summary(),
        goal.descriptionHtml(), List.copyOf(entries), goal.previousSlugs());
  }

  /**
   * Rebuilds each fresh item with reused parts, swaps in the previous item with the same key when
   * it is equal, and records each swap in {@code swaps}. Returns the previous list when every
   * item was swapped and the order is the same.
   */
  private static <T> List<T> reuseAll(List<T> previous, List<T> fresh, Function<T, Object> keyOf,
      Function<T, T> rebuild, Map<T, T> swaps) {
    Map<Object, T> byKey = new HashMap<>();
    previous.forEach(item -> byKey.put(keyOf.apply(item), item));
    List<T> result = new ArrayList<>(fresh.size());
    for (T item : fresh) {
      T rebuilt = rebuild.apply(item);
      T old = byKey.get(keyOf.apply(item));
      T chosen = old != null && old.equals(rebuilt) ? old : rebuilt;
      swaps.put(item, chosen);
      result.add(chosen);
    }
    return sameItems(previous, result) ? previous : List.copyOf(result);
  }

  /** Returns the list with each item swapped, or the list itself when no item was swapped. */
  private static <T> List<T> mapped(List<T> items, Map<T, T> swaps) {
    List<T> result = new ArrayList<>(items.size());
    boolean changed = false;
    for (T item : items) {
      T swapped = swaps.getOrDefault(item, item);
      changed |= swapped != item;
      result.add(swapped);
    }
    return changed ? List.copyOf(result) : items;
  }

  private static <T> boolean sameItems(List<T> a, List<T> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }
}
