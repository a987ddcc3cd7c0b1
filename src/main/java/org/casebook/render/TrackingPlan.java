package org.casebook.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.catalog.Event;
import org.casebook.catalog.Goal;
import org.casebook.catalog.GoalEntry;
import org.casebook.catalog.UseCase;

/**
 * The events an implementer tracks for a goal or a use case, each event once.
 *
 * @param events in order of first appearance
 */
record TrackingPlan(List<PlannedEvent> events) {
  /**
   * An event with the use cases of the plan that need it.
   *
   * @param useCases in the order the goal lists them
   */
  record PlannedEvent(Event event, List<UseCase> useCases) {}

  /** Returns the union of the events of a goal's use cases, in first-appearance order. */
  static TrackingPlan of(Goal goal) {
    Map<Event, List<UseCase>> needs = new LinkedHashMap<>();
    for (GoalEntry entry : goal.entries()) {
      for (Event event : entry.useCase().events()) {
        List<UseCase> useCases = needs.computeIfAbsent(event, key -> new ArrayList<>());
        // A goal lists each use case once, so only the same entry can add it twice, in a row.
        if (useCases.isEmpty() || useCases.get(useCases.size() - 1) != entry.useCase()) {
          useCases.add(entry.useCase());
        }
      }
    }
    List<PlannedEvent> events = new ArrayList<>();
    needs.forEach((event, useCases) -> events.add(new PlannedEvent(event, List.copyOf(useCases))));
    return new TrackingPlan(List.copyOf(events));
  }

  /** Returns the events of one use case; an event listed twice appears once. */
  static TrackingPlan of(UseCase useCase) {
    List<PlannedEvent> events =
        useCase.events().stream()
            .distinct()
            .map(event -> new PlannedEvent(event, List.of(useCase)))
            .toList();
    return new TrackingPlan(events);
  }
}
