package org.casebook.render;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

  /** Adds the tracking plans, reusing those whose goal or use case is unchanged. */
  static void addTrackingPlans(
      Map<String, byte[]> files, Catalog catalog, OutputMemo<byte[]> memo) {
    for (Goal goal : catalog.goals()) {
      String folder = "goals/" + goal.slug() + "/";
      addPlan(files, memo, folder, goal, () -> TrackingPlan.of(goal), "goal", goal.slug(),
          goal.title());
    }
    for (UseCase useCase : catalog.useCases()) {
      String folder = "use-cases/" + useCase.slug() + "/";
      addPlan(files, memo, folder, useCase, () -> TrackingPlan.of(useCase), "useCase",
          useCase.slug(), useCase.title());
    }
  }

  private static void addPlan(Map<String, byte[]> files, OutputMemo<byte[]> memo, String folder,
      Object input, Supplier<TrackingPlan> plan, String subjectKey, String slug, String title) {
    String csv = folder + TrackingPlanFiles.CSV_NAME;
    String json = folder + TrackingPlanFiles.JSON_NAME;
    files.put(csv, memo.get(csv, input, () -> TrackingPlanFiles.csv(plan.get())));
    files.put(json, memo.get(json, input,
        () -> TrackingPlanFiles.json(subjectKey, slug, title, plan.get())));
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
