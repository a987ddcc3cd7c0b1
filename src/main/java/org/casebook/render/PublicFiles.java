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

  static void addTrackingPlans(Map<String, byte[]> files, Catalog catalog) {
    for (Goal goal : catalog.goals()) {
      TrackingPlan plan = TrackingPlan.of(goal);
      String folder = "goals/" + goal.slug() + "/";
      files.put(folder + TrackingPlanFiles.CSV_NAME, TrackingPlanFiles.csv(plan));
      files.put(folder + TrackingPlanFiles.JSON_NAME,
          TrackingPlanFiles.json("goal", goal.slug(), goal.title(), plan));
    }
    for (UseCase useCase : catalog.useCases()) {
      TrackingPlan plan = TrackingPlan.of(useCase);
      String folder = "use-cases/" + useCase.slug() + "/";
      files.put(folder + TrackingPlanFiles.CSV_NAME, TrackingPlanFiles.csv(plan));
      files.put(folder + TrackingPlanFiles.JSON_NAME,
          TrackingPlanFiles.json("useCase", useCase.slug(), useCase.title(), plan));
    }
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
