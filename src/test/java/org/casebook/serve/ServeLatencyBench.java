package org.casebook.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Measures the time from saving a content file to the event an open page receives.
 *
 * <p>Arguments: {@code real} or {@code synthetic}, the quiet period in milliseconds, and the
 * edit: {@code goal} (a goal title, timed to the {@code reload} event), {@code use-case} (a use
 * case summary, timed to the {@code reload} event) or {@code link} (a broken link added and
 * removed, timed to the {@code problems} event). The synthetic catalog has 20 goals of 500 use
 * cases each (10,000 use cases) that reuse the real events. Prints the median of 20 edits after
 * 3 warm-up edits.
 */
public final class ServeLatencyBench {
  /** Edits before the measured ones, while the JIT compiles the rebuild path; -Dwarmup=N. */
  private static final int WARMUP = Integer.getInteger("warmup", 3);
  private static final int EDITS = 20;

  private ServeLatencyBench() {}

  public static void main(String[] args) throws Exception {
    boolean synthetic = args.length > 0 && args[0].equals("synthetic");
    long quietMillis = args.length > 1 ? Long.parseLong(args[1]) : DevServer.DEFAULT_QUIET_MILLIS;
    Path dir = Files.createTempDirectory("casebook-bench");
    try (ServedSite site = new ServedSite(dir, quietMillis)) {
      if (synthetic) {
        SyntheticCatalog.write(site.content);
        waitForRebuild(site);
      }
      String edit = args.length > 2 ? args[2] : "goal";
      String size = synthetic ? "10,000 use cases" : "real catalog";
      if (edit.equals("link")) {
        measureLinkCheck(site, firstUseCase(site), size + ", broken and fixed links", quietMillis);
        return;
      }
      boolean useCase = edit.equals("use-case");
      String label = size + (useCase ? ", use-case summary edits" : ", goal title edits");
      measure(site, useCase ? firstUseCase(site) : goalFile(synthetic), useCase ? "summary" : "title",
          label, quietMillis);
    } finally {
      deleteTree(dir);
    }
  }

  private static String goalFile(boolean synthetic) {
    return synthetic ? "goals/goal-1.yaml" : "goals/optimize-advertising.yaml";
  }

  /** Returns the first use-case file in name order, relative to the content folder. */
  private static String firstUseCase(ServedSite site) throws Exception {
    try (var files = Files.list(site.content.resolve("use-cases"))) {
      return "use-cases/" + files.map(f -> f.getFileName().toString()).sorted().findFirst()
          .orElseThrow();
    }
  }

  private static void waitForRebuild(ServedSite site) throws Exception {
    ServedSite.EventQueue events = site.events();
    events.await(event -> event.name().equals("reload"), java.time.Duration.ofMinutes(5));
  }

  private static void measure(
      ServedSite site, String path, String key, String label, long quietMillis) throws Exception {
    List<Long> rebuildNanos = new CopyOnWriteArrayList<>();
    site.server.addListener(rebuild -> rebuildNanos.add(rebuild.nanos()));
    ServedSite.EventQueue events = site.events();
    Path file = site.content.resolve(path);
    List<Long> latencies = new ArrayList<>();
    for (int i = 0; i < WARMUP + EDITS; i++) {
      String text =
          Files.readString(file).replaceFirst("(?m)^" + key + ": .*$", key + ": edit " + i);
      long start = System.nanoTime();
      Files.writeString(file, text);
      events.await(event -> event.name().equals("reload"), java.time.Duration.ofMinutes(1));
      if (i >= WARMUP) {
        latencies.add(System.nanoTime() - start);
      }
    }
    List<Long> rebuilds = new ArrayList<>(rebuildNanos.subList(WARMUP, rebuildNanos.size()));
    System.out.printf(Locale.ROOT,
        "%s, %d files, quiet period %d ms: save to reload median %.1f ms (min %.1f, max %.1f);"
            + " rebuild median %.1f ms%n",
        label, site.server.fileCount(), quietMillis,
        median(latencies), min(latencies), max(latencies), median(rebuilds));
  }

  /**
   * Alternately adds a description with a link to a missing page to a use case and removes it,
   * and measures the time from the save to the {@code problems} event that reports the broken
   * link or clears it. Links are checked after the reload, so this is the overlay's delay.
   */
  private static void measureLinkCheck(
      ServedSite site, String path, String label, long quietMillis) throws Exception {
    ServedSite.EventQueue events = site.events();
    Path file = site.content.resolve(path);
    String good = Files.readString(file);
    String broken = good + "description: See [the guide](../no-such-page/).\n";
    List<Long> latencies = new ArrayList<>();
    for (int i = 0; i < 2 * (WARMUP + EDITS); i++) {
      boolean breaking = i % 2 == 0;
      long start = System.nanoTime();
      Files.writeString(file, breaking ? broken : good);
      events.await(event -> event.name().equals("problems")
              && event.data().contains("no-such-page") == breaking,
          java.time.Duration.ofMinutes(1));
      if (i >= 2 * WARMUP) {
        latencies.add(System.nanoTime() - start);
      }
    }
    System.out.printf(Locale.ROOT,
        "%s, %d files, quiet period %d ms: save to problems event median %.1f ms"
            + " (min %.1f, max %.1f)%n",
        label, site.server.fileCount(), quietMillis,
        median(latencies), min(latencies), max(latencies));
  }

  private static double median(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2) / 1e6;
  }

  private static double min(List<Long> nanos) {
    return Collections.min(nanos) / 1e6;
  }

  private static double max(List<Long> nanos) {
    return Collections.max(nanos) / 1e6;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
