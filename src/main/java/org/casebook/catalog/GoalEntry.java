package org.casebook.catalog;

import java.util.List;

/** A use case under one goal, with the channel types recommended for that goal. */
public record GoalEntry(UseCase useCase, List<Channel> sources, List<Channel> destinations) {
  /** Hashes the use case alone: a goal lists each use case once. */
  @Override
  public int hashCode() {
    return useCase.hashCode();
  }
}
