package org.casebook.render;

import java.util.List;
import org.casebook.catalog.Goal;
import org.casebook.catalog.GoalEntry;
import org.casebook.catalog.UseCase;

/** Read-only shapes that templates iterate over, derived from the catalog. */
public final class Views {
  private Views() {}

  /**
   * One goal that a use case belongs to, with that goal's channel types for it. Views hold links
   * rather than whole goals and use cases, so a page's data changes only when what it shows does.
   */
  public record Membership(GoalLink goal, GoalEntry entry) {}

  /** The use cases of one goal that share something: an event or a channel type. */
  public record GoalGroup(GoalLink goal, List<UseCaseLink> useCases) {
    /** Hashes the goal and the number of use cases, since a goal's group may list hundreds. */
    @Override
    public int hashCode() {
      return 31 * goal.hashCode() + useCases.size();
    }
  }

  /** A use case as other pages link it. */
  public record UseCaseLink(String slug, String title) {
    static UseCaseLink of(UseCase useCase) {
      return new UseCaseLink(useCase.slug(), useCase.title());
    }
  }

  /** A use case on the reference page, with its element id there. */
  public record ReferenceEntry(GoalEntry entry, String id) {}

  /** A goal on the reference page with its entries. */
  public record ReferenceGoal(Goal goal, List<ReferenceEntry> entries) {
    /** Hashes the goal alone, because the entries follow from it. */
    @Override
    public int hashCode() {
      return goal.hashCode();
    }
  }

  /** A goal as the site header and other pages link it. */
  public record GoalLink(String slug, String title) {
    static GoalLink of(Goal goal) {
      return new GoalLink(goal.slug(), goal.title());
    }
  }

  /** An entry of a list page: the item's slug, its name and a short note, which may be empty. */
  public record ListItem(String slug, String label, String note) {}

  /** One step of a breadcrumb; the last step has an empty link. */
  public record Crumb(String title, String href) {}
}
