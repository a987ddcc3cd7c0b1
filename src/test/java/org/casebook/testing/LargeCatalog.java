package org.casebook.testing;

/** Generates content fixtures with many goals and use cases, for size and interruption tests. */
public final class LargeCatalog {
  private LargeCatalog() {}

  /**
   * Returns a fixture with {@code goals} goals of {@code useCasesPerGoal} distinct use cases each,
   * all needing the fixture's one event.
   *
   * @param titleSuffix appended to every goal title, so two catalogs of one shape differ
   */
  public static ContentFixture of(int goals, int useCasesPerGoal, String titleSuffix) {
    ContentFixture fixture = new ContentFixture().without("goals/optimize.yaml")
        .without("use-cases/cart.yaml");
    StringBuilder site = new StringBuilder("title: Large reference\ngoals:\n");
    for (int g = 1; g <= goals; g++) {
      site.append("  - goal-").append(g).append('\n');
      StringBuilder goal = new StringBuilder()
          .append("title: Goal number ").append(g).append(titleSuffix).append('\n')
          .append("summary: reach generated goal ").append(g).append('\n')
          .append("use_cases:\n");
      for (int u = 1; u <= useCasesPerGoal; u++) {
        String key = "use-case-" + u + "-of-goal-" + g;
        goal.append("  - use_case: ").append(key).append('\n')
            .append("    sources: [Website, Mobile]\n")
            .append("    destinations: [Analytics, Advertising]\n");
        fixture.with("use-cases/" + key + ".yaml",
            "title: Use case " + u + " of goal " + g + "\n"
                + "summary: check that big catalogs still build\n"
                + "events: [order-completed]\n");
      }
      fixture.with("goals/goal-" + g + ".yaml", goal.toString());
    }
    return fixture.with("site.yaml", site.toString());
  }
}
