package org.casebook.render;

import java.util.List;
import java.util.Map;
import org.casebook.catalog.Catalog;
import org.casebook.catalog.Goal;
import org.casebook.catalog.UseCase;

/**
 * Adds the files a published site needs beside its pages: the tracking plan downloads of every
 * goal and use case, {@code sitemap.xml}, {@code robots.txt} and the {@code .nojekyll} marker that
 * stops GitHub Pages from running Jekyll over the output.
 */
final class PublicFiles {
  static final String SITEMAP = "sitemap.xml";

  private PublicFiles() {}

  /** The two tracking plan files of one goal or use case, with their paths. */
  record PlanFiles(String csvPath, byte[] csv, String jsonPath, byte[] json) {}

  /** Adds the tracking plans, reusing those of goals and use cases that are the same objects. */
  static void addTrackingPlans(
      Map<String, byte[]> files, Catalog catalog, OutputMemo<PlanFiles> memo) {
    for (Goal goal : catalog.goals()) {
      add(files, memo.get("tracking plan", goal, () -> planFiles("goals/" + goal.slug() + "/",
          TrackingPlan.of(goal), "goal", goal.slug(), goal.title())));
    }
    for (UseCase useCase : catalog.useCases()) {
      add(files, memo.get("tracking plan", useCase, () -> planFiles(
          "use-cases/" + useCase.slug() + "/", TrackingPlan.of(useCase), "useCase",
          useCase.slug(), useCase.title())));
    }
  }

  private static PlanFiles planFiles(
      String folder, TrackingPlan plan, String subjectKey, String slug, String title) {
    return new PlanFiles(folder + TrackingPlanFiles.CSV_NAME, TrackingPlanFiles.csv(plan),
        folder + TrackingPlanFiles.JSON_NAME,
        TrackingPlanFiles.json(subjectKey, slug, title, plan));
  }

  private static void add(Map<String, byte[]> files, PlanFiles plan) {
    files.put(plan.csvPath(), plan.csv());
    files.put(plan.jsonPath(), plan.json());
  }

  /**
   * Adds {@code robots.txt}, {@code .nojekyll} and, when the base URL is known, {@code
   * sitemap.xml}.
   *
   * @param pagePaths the URL paths of the pages the sitemap lists, such as {@code goals/a/}
   */
  static void addCrawlerFiles(
      Map<String, byte[]> files, List<String> pagePaths, PublishSettings settings) {
    files.put(".nojekyll", new byte[0]);
    if (settings.hasBaseUrl()) {
      List<String> urls = pagePaths.stream().map(settings::absoluteUrl).toList();
      files.put(SITEMAP, CrawlerFiles.sitemap(urls, settings.lastModified()));
    }
    files.put("robots.txt", CrawlerFiles.robots(settings.absoluteUrl(SITEMAP)));
  }
}
