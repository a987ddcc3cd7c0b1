package org.casebook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.casebook.catalog.Catalog;
import org.casebook.catalog.Channel;
import org.casebook.catalog.Event;
import org.casebook.catalog.Goal;
import org.casebook.catalog.UseCase;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;

/**
 * Renders a catalog into the files of a site, in memory.
 *
 * <p>Pages use pretty URLs ({@code goals/<slug>/index.html}) and link to each other with relative
 * URLs, so the site works at a domain root and under any sub-path. Pages are rendered in parallel;
 * the result is sorted by path and the same for the same input on any machine.
 *
 * <p>A renderer keeps the pages of its previous render and reuses a page while the templates and
 * the page's data are unchanged, so a dev server re-renders only what an edit touches. One thread
 * at a time may call {@link #render}.
 */
public final class SiteRenderer {
  /** Ids the reference page keeps from the original single-page reference. */
  static final List<String> REFERENCE_IDS =
      List.of("use-cases-by-business-goal", "suggested-events-sources-and-destinations");

  /**
   * The maximum number of goals that the header links one by one. Past that, page data contains
   * no goal links and the header links the list of goals, so a goal title edit changes few pages.
   */
  static final int NAV_GOALS_MAX = 12;

  /** The page GitHub Pages serves, with status 404, for any URL that has no file. */
  static final PagePath NOT_FOUND = new PagePath("404.html");

  /** Templates of pages that the sitemap leaves out. */
  private static final Set<String> UNLISTED_TEMPLATES = Set.of("redirect.ftlh", "404.ftlh");

  private final TemplateEngine engine;

  /**
   * The previous render's pages, reused while the templates and a page's data are unchanged.
   * Records compare by value, so equal data means equal output.
   */
  private final Map<String, RenderedPage> memo = new java.util.concurrent.ConcurrentHashMap<>();

  private String memoTemplates = "";
  private PublishSettings memoSettings;

  /** The tracking plans of the previous render, reused for the same goal or use case object. */
  private final OutputMemo<PublicFiles.PlanFiles> trackingPlans = new OutputMemo<>();

  /** The JSON of single goals, from which the planner's data is put together on every render. */
  private final OutputMemo<String> plannerParts = new OutputMemo<>();

  /**
   * The UTF-8 JSON of single goals, use cases and events, from which catalog.json and
   * search-index.json are put together on every render.
   */
  private final OutputMemo<byte[]> jsonFileParts = new OutputMemo<>();

  private final Path templatesDir;

  /**
   * @throws IOException when the templates folder cannot be read
   */
  public SiteRenderer(Path templatesDir) throws IOException {
    if (!Files.isDirectory(templatesDir)) {
      throw new BuildFailedException(
          Diagnostic.error(templatesDir.toString(), 0, 0, "templates folder not found")
              .withHint("run from the project root, or pass the folder with --templates DIR"));
    }
    this.templatesDir = templatesDir;
    this.engine = new TemplateEngine(templatesDir);
  }

  /**
   * Creates a renderer and parses every template of the folder once, so that the first pages
   * render without waiting for template parsing.
   *
   * @throws BuildFailedException when the folder is missing
   */
  public static SiteRenderer warmedUp(Path templatesDir) throws IOException {
    SiteRenderer renderer = new SiteRenderer(templatesDir);
    renderer.engine.warmUp();
    return renderer;
  }

  /**
   * Renders the site for an unknown address at a domain root; see {@link #render(Catalog,
   * PublishSettings)}.
   */
  public SortedMap<String, byte[]> render(Catalog catalog) throws IOException {
    return render(catalog, PublishSettings.UNPUBLISHED);
  }

  /**
   * Renders every page, the JSON and tracking plan exports, the crawler files and the assets.
   *
   * @return file contents keyed by path relative to the site root, with {@code /} separators
   * @throws BuildFailedException on template errors, each reported once
   */
  public SortedMap<String, byte[]> render(Catalog catalog, PublishSettings settings)
      throws IOException {
    List<PageJob> jobs = new PageJobs(catalog, settings, plannerParts).all();
    Set<Diagnostic> errors = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    Map<String, byte[]> pages = new java.util.concurrent.ConcurrentHashMap<>();
    boolean sameSettings = settings.equals(memoSettings);
    memoSettings = settings;
    String templates = engine.fingerprint();
    if (!templates.equals(memoTemplates)) {
      memo.clear();
      engine.cached().clear();
      if (!memoTemplates.isEmpty()) {
        engine.clearParsedTemplates();
      }
      memoTemplates = templates;
    }
    jobs.parallelStream()
        .forEach(
            job -> {
              String file = job.path().file();
              RenderedPage previous = memo.get(file);
              if (previous != null && previous.sameInputs(job, sameSettings)) {
                pages.put(file, previous.bytes());
                return;
              }
              if (previous != null && previous.matches(job)) {
                pages.put(file, previous.bytes());
                memo.put(file, previous.withInputs(job.inputs()));
                return;
              }
              byte[] bytes;
              Set<Object> fragments;
              int sizeHint = previous == null ? 8192 : previous.bytes().length + 1024;
              engine.cached().beginPage();
              try {
                bytes = engine.renderBytes(job.template(), job.model(), sizeHint);
              } catch (BuildFailedException e) {
                errors.addAll(e.diagnostics());
                return;
              } finally {
                fragments = engine.cached().endPage();
              }
              pages.put(file, bytes);
              memo.put(file, new RenderedPage(
                  job.template(), job.inputs(), job.model(), bytes, fragments));
            });
    memo.keySet().retainAll(pages.keySet());
    if (!errors.isEmpty()) {
      throw new BuildFailedException(new ArrayList<>(errors));
    }
    Set<Object> liveFragments = new java.util.HashSet<>();
    memo.values().forEach(page -> liveFragments.addAll(page.fragments()));
    engine.cached().retain(liveFragments);
    SortedMap<String, byte[]> files = new TreeMap<>(pages);
    files.put("catalog.json", CatalogJson.write(catalog, jsonFileParts));
    PublicFiles.addTrackingPlans(files, catalog, trackingPlans);
    PublicFiles.addCrawlerFiles(files, listedPages(jobs), settings);
    files.put("search-index.json", SearchIndexJson.write(catalog, jsonFileParts));
    copyAssets(files);
    trackingPlans.retainUsed();
    plannerParts.retainUsed();
    jsonFileParts.retainUsed();
    return files;
  }

  private static List<String> listedPages(List<PageJob> jobs) {
    return jobs.stream()
        .filter(job -> !UNLISTED_TEMPLATES.contains(job.template()))
        .map(job -> job.path().url())
        .toList();
  }

  private void copyAssets(Map<String, byte[]> files) throws IOException {
    Path assets = templatesDir.resolve("assets");
    if (!Files.isDirectory(assets)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(assets)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String relative = templatesDir.relativize(file).toString().replace('\\', '/');
        files.put(relative, Files.readAllBytes(file));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * A page's output with the template and data it came from, and the keys of the
   * {@code <@cached>} output it holds.
   */
  private record RenderedPage(String template, List<Object> inputs, Map<String, Object> model,
      byte[] bytes, Set<Object> fragments) {
    /**
     * Returns whether a job has the same template and the very same input objects, with the
     * same publish settings. The loader reuses unchanged catalog objects, so this holds for
     * most pages after an edit, without building their data.
     */
    boolean sameInputs(PageJob job, boolean sameSettings) {
      if (!sameSettings || inputs == null || job.inputs() == null
          || !template.equals(job.template()) || inputs.size() != job.inputs().size()) {
        return false;
      }
      for (int i = 0; i < inputs.size(); i++) {
        if (inputs.get(i) != job.inputs().get(i)) {
          return false;
        }
      }
      return true;
    }

    boolean matches(PageJob job) {
      return template.equals(job.template()) && model.equals(job.model());
    }

    RenderedPage withInputs(List<Object> newInputs) {
      return new RenderedPage(template, newInputs, model, bytes, fragments);
    }
  }

  /**
   * One page to render: where it goes, with which template and data. The data is built on first
   * use, from the catalog objects in {@code inputs} and the publish settings; pages whose data
   * draws on the whole catalog have null inputs.
   */
  static final class PageJob {
    private final PagePath path;
    private final String template;
    private final List<Object> inputs;
    private Supplier<Map<String, Object>> makeModel;
    private Map<String, Object> model;

    PageJob(PagePath path, String template, List<Object> inputs,
        Supplier<Map<String, Object>> makeModel) {
      this.path = path;
      this.template = template;
      this.inputs = inputs;
      this.makeModel = makeModel;
    }

    PagePath path() {
      return path;
    }

    String template() {
      return template;
    }

    List<Object> inputs() {
      return inputs;
    }

    /** Returns the page's data, building it on the first call. One thread uses a job. */
    Map<String, Object> model() {
      if (model == null) {
        model = makeModel.get();
        makeModel = null;
      }
      return model;
    }
  }

  /** Builds the list of pages and the data model of each. */
  private static final class PageJobs {
    private final Catalog catalog;
    private final PublishSettings settings;
    private final CatalogIndex index;
    private final List<PageJob> jobs = new ArrayList<>();

    /**
     * The goals as the header links them. Page models hold no more of the catalog than the page
     * shows, so a page whose model is unchanged can keep its previous output.
     */
    private final List<Views.GoalLink> navGoals;

    /** The source of the header's data: the goals while it links them, else an empty list. */
    private final Object navInput;
    private final OutputMemo<String> plannerParts;

    PageJobs(Catalog catalog, PublishSettings settings, OutputMemo<String> plannerParts) {
      this.catalog = catalog;
      this.plannerParts = plannerParts;
      this.settings = settings;
      this.index = new CatalogIndex(catalog);
      boolean navShown = catalog.goals().size() <= NAV_GOALS_MAX;
      this.navGoals = navShown
          ? catalog.goals().stream().map(Views.GoalLink::of).toList()
          : List.of();
      this.navInput = navShown ? catalog.goals() : List.of();
    }

    List<PageJob> all() {
      add(PagePath.folder(""), "index.ftlh", catalog.site().title(),
          catalog.site().description(), List.of(), Map.of("catalog", catalog));
      for (Goal goal : catalog.goals()) {
        addGoal(goal);
      }
      for (UseCase useCase : catalog.useCases()) {
        addUseCase(useCase);
      }
      for (Event event : catalog.events()) {
        addEvent(event);
      }
      for (Channel channel : catalog.sources()) {
        addChannel(channel);
      }
      for (Channel channel : catalog.destinations()) {
        addChannel(channel);
      }
      addLists();
      add(PagePath.folder("reference"), "reference.ftlh", "Full reference",
          "Every goal, use case, event and channel type on one page.",
          List.of(new Views.Crumb("Full reference", "")),
          Map.of("sections", index.referenceGoals(Set.copyOf(goalAndFixedIds())),
              "fixedIds", REFERENCE_IDS));
      add(NOT_FOUND, "404.ftlh", "Page not found",
          "The page you requested does not exist in " + catalog.site().title() + ".",
          List.of(new Views.Crumb("Page not found", "")), Map.of());
      add(PagePath.folder("planner"), "planner.ftlh", "Goal planner",
          "Combine business goals into one list of use cases, events and channel types.",
          List.of(new Views.Crumb("Goal planner", "")),
          Map.of("plannerJson", PlannerJson.write(catalog, plannerParts),
              "catalog", catalog));
      return jobs;
    }

    private List<String> goalAndFixedIds() {
      List<String> ids = new ArrayList<>(REFERENCE_IDS);
      catalog.goals().forEach(goal -> ids.add(goal.slug()));
      catalog.goals().forEach(goal -> ids.addAll(goal.previousSlugs()));
      return ids;
    }

    private void addLists() {
      addList("goals", "Business goals",
          catalog.goals().stream()
              .map(g -> new Views.ListItem(g.slug(), g.title(), "helps you " + g.summary()))
              .toList());
      addList("use-cases", "Use cases",
          catalog.useCases().stream()
              .map(u -> new Views.ListItem(u.slug(), u.title(), "helps you " + u.summary()))
              .toList());
      addList("events", "Events",
          catalog.events().stream()
              .map(e -> new Views.ListItem(e.slug(), e.name(), String.join(", ", e.properties())))
              .toList());
      addList("sources", "Sources",
          catalog.sources().stream().map(c -> new Views.ListItem(c.slug(), c.name(), "")).toList());
      addList("destinations", "Destinations",
          catalog.destinations().stream()
              .map(c -> new Views.ListItem(c.slug(), c.name(), "")).toList());
    }

    private void addList(String section, String title, List<Views.ListItem> items) {
      add(PagePath.folder(section), "list.ftlh", title, title + " in " + catalog.site().title() + ".",
          List.of(new Views.Crumb(title, "")), Map.of("items", items, "section", section));
    }

    private void addGoal(Goal goal) {
      String folder = "goals/" + goal.slug();
      add(List.of(goal), PagePath.folder(folder), "goal.ftlh", goal.title(),
          "Use cases, events and channel types for the goal " + goal.title() + ".",
          List.of(new Views.Crumb("Business goals", "goals"), new Views.Crumb(goal.title(), "")),
          () -> Map.of("goal", goal, "events", CatalogIndex.eventsOf(goal)));
      redirects("goals", goal.previousSlugs(), folder, goal.title());
    }

    private void addUseCase(UseCase useCase) {
      String folder = "use-cases/" + useCase.slug();
      List<Object> inputs = new ArrayList<>();
      inputs.add(useCase);
      inputs.addAll(index.goalsOf(useCase));
      add(inputs, PagePath.folder(folder), "use-case.ftlh", useCase.title(),
          "Events to track and channel types for the use case " + useCase.title() + ".",
          List.of(new Views.Crumb("Use cases", "use-cases"),
              new Views.Crumb(useCase.title(), "")),
          () -> Map.of("useCase", useCase, "memberships", index.memberships(useCase)));
      redirects("use-cases", useCase.previousSlugs(), folder, useCase.title());
    }

    private void addEvent(Event event) {
      String folder = "events/" + event.slug();
      add(List.of(event, catalog.goals()), PagePath.folder(folder), "event.ftlh", event.name(),
          "Properties of the event " + event.name() + " and the use cases that need it.",
          List.of(new Views.Crumb("Events", "events"), new Views.Crumb(event.name(), "")),
          () -> Map.of("event", event, "groups", index.useCasesNeeding(event)));
      redirects("events", event.previousSlugs(), folder, event.name());
    }

    private void addChannel(Channel channel) {
      String plural = channel.kind().plural();
      String folder = plural + "/" + channel.slug();
      String label = channel.kind().singular() + " type";
      add(List.of(channel, catalog.goals()), PagePath.folder(folder), "channel.ftlh",
          channel.name() + " (" + label + ")",
          "Use cases that recommend the " + label + " " + channel.name() + ".",
          List.of(new Views.Crumb(capitalize(plural), plural),
              new Views.Crumb(channel.name(), "")),
          () -> Map.of("channel", channel, "groups", index.useCasesRecommending(channel),
              "label", label));
      redirects(plural, channel.previousSlugs(), folder, channel.name());
    }

    private void redirects(String section, List<String> previous, String target, String title) {
      for (String old : previous) {
        PagePath path = PagePath.folder(section + "/" + old);
        add(path, "redirect.ftlh", title, "This page has moved to " + title + ".",
            List.of(), Map.of("target", path.root() + target + "/"));
      }
    }

    private void add(PagePath path, String template, String title, String description,
        List<Views.Crumb> crumbs, Map<String, Object> extra) {
      add(null, path, template, title, description, crumbs, () -> extra);
    }

    /**
     * Adds a page whose data depends only on {@code inputs}, the site and the header, and whose
     * page-specific data {@code extra} is built only when the inputs differ from the last render.
     */
    private void add(List<Object> inputs, PagePath path, String template, String title,
        String description, List<Views.Crumb> crumbs, Supplier<Map<String, Object>> extra) {
      List<Object> allInputs = null;
      if (inputs != null) {
        allInputs = new ArrayList<>(inputs);
        allInputs.add(catalog.site());
        allInputs.add(navInput);
      }
      jobs.add(new PageJob(path, template, allInputs,
          () -> model(path, title, description, crumbs, extra.get())));
    }

    private Map<String, Object> model(PagePath path, String title, String description,
        List<Views.Crumb> crumbs, Map<String, Object> extra) {
      Map<String, Object> model = new HashMap<>(extra);
      model.put("site", catalog.site());
      model.put("navGoals", navGoals);
      // GitHub Pages serves 404.html at the URL of any missing page, at any depth, so its links
      // start from the base path instead of climbing a known number of folders.
      boolean notFound = path.equals(NOT_FOUND);
      model.put("root", notFound ? settings.basePath() : path.root());
      model.put("pagePath", path.url());
      model.put("canonicalUrl", notFound ? "" : settings.absoluteUrl(path.url()));
      model.put("noindex", notFound);
      model.put("title", title);
      model.put("description", description);
      model.put("crumbs", crumbs);
      return model;
    }

    private static String capitalize(String word) {
      return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
  }
}
