package org.casebook.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.casebook.catalog.Catalog;
import org.casebook.catalog.Channel;
import org.casebook.catalog.Event;
import org.casebook.catalog.Goal;
import org.casebook.catalog.GoalEntry;
import org.casebook.catalog.UseCase;

/** Reverse lookups over a catalog: which goals hold a use case, which use cases need an event. */
final class CatalogIndex {
  private final Catalog catalog;
  private final Map<UseCase, List<Views.Membership>> memberships = new IdentityHashMap<>();
  private final Map<UseCase, List<Goal>> goals = new IdentityHashMap<>();
  private final Map<Event, List<Views.GoalGroup>> byEvent;
  private final Map<Channel, List<Views.GoalGroup>> byChannel;

  CatalogIndex(Catalog catalog) {
    this.catalog = catalog;
    for (Goal goal : catalog.goals()) {
      for (GoalEntry entry : goal.entries()) {
        memberships
            .computeIfAbsent(entry.useCase(), key -> new ArrayList<>())
            .add(new Views.Membership(Views.GoalLink.of(goal), entry));
        goals.computeIfAbsent(entry.useCase(), key -> new ArrayList<>()).add(goal);
      }
    }
    byEvent = groupAll(entry -> entry.useCase().events());
    byChannel = groupAll(CatalogIndex::channelsOf);
  }

  List<Views.Membership> memberships(UseCase useCase) {
    return memberships.getOrDefault(useCase, List.of());
  }

  /** Returns the goals that list a use case, in catalog order. */
  List<Goal> goalsOf(UseCase useCase) {
    return goals.getOrDefault(useCase, List.of());
  }

  /** Returns, per goal, the use cases that need an event. */
  List<Views.GoalGroup> useCasesNeeding(Event event) {
    return byEvent.getOrDefault(event, List.of());
  }

  /** Returns, per goal, the use cases that recommend a channel type under that goal. */
  List<Views.GoalGroup> useCasesRecommending(Channel channel) {
    return byChannel.getOrDefault(channel, List.of());
  }

  /**
   * Groups use cases by goal under each key that {@code keysOf} gives for a goal entry, in one
   * pass over all entries. Goals keep catalog order, and use cases keep their order in the goal.
   */
  private <K> Map<K, List<Views.GoalGroup>> groupAll(Function<GoalEntry, Iterable<K>> keysOf) {
    Map<K, List<Views.GoalGroup>> groups = new IdentityHashMap<>();
    for (Goal goal : catalog.goals()) {
      Map<K, List<UseCase>> perGoal = new IdentityHashMap<>();
      List<K> order = new ArrayList<>();
      for (GoalEntry entry : goal.entries()) {
        for (K key : keysOf.apply(entry)) {
          List<UseCase> useCases = perGoal.get(key);
          if (useCases == null) {
            useCases = new ArrayList<>();
            perGoal.put(key, useCases);
            order.add(key);
          }
          // A goal lists each use case once, so only the same entry can repeat a key here.
          // Comparing identity avoids the deep equality of records, which is slow on big goals.
          if (useCases.isEmpty() || useCases.get(useCases.size() - 1) != entry.useCase()) {
            useCases.add(entry.useCase());
          }
        }
      }
      for (K key : order) {
        groups.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Views.GoalGroup(Views.GoalLink.of(goal),
                perGoal.get(key).stream().map(Views.UseCaseLink::of).toList()));
      }
    }
    return groups;
  }

  private static List<Channel> channelsOf(GoalEntry entry) {
    List<Channel> channels = new ArrayList<>(entry.sources());
    channels.addAll(entry.destinations());
    return channels;
  }

  /**
   * Returns the goals of the reference page with an id per use case: its slug where it first
   * appears, and after that an id that also names the goal, such as
   * {@code boost-retention-upsell-and-cross-sell-build-high-value-lookalikes}.
   *
   * @param reserved ids already used on the reference page, which use-case ids must avoid
   */
  List<Views.ReferenceGoal> referenceGoals(Set<String> reserved) {
    Set<String> used = new HashSet<>(reserved);
    List<Views.ReferenceGoal> goals = new ArrayList<>();
    for (Goal goal : catalog.goals()) {
      List<Views.ReferenceEntry> entries = new ArrayList<>();
      for (GoalEntry entry : goal.entries()) {
        String id = entry.useCase().slug();
        if (used.contains(id)) {
          id = unique(goal.slug() + "-" + id, used);
        }
        used.add(id);
        entries.add(new Views.ReferenceEntry(entry, id));
      }
      goals.add(new Views.ReferenceGoal(goal, List.copyOf(entries)));
    }
    return goals;
  }

  private static String unique(String id, Set<String> used) {
    if (!used.contains(id)) {
      return id;
    }
    int suffix = 1;
    while (used.contains(id + "-" + suffix)) {
      suffix++;
    }
    return id + "-" + suffix;
  }

  /** Returns every event of a goal's use cases once, in first-use order. */
  static List<Event> eventsOf(Goal goal) {
    Map<Event, Boolean> events = new LinkedHashMap<>();
    for (GoalEntry entry : goal.entries()) {
      for (Event event : entry.useCase().events()) {
        events.putIfAbsent(event, true);
      }
    }
    return List.copyOf(events.keySet());
  }
}
