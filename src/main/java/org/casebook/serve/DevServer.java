package org.casebook.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.casebook.site.BuildOptions;

/**
 * Builds a site in memory, serves it over HTTP, and rebuilds it when a file under the content or
 * templates folder changes.
 *
 * <p>After each successful rebuild that changed files, open pages receive a {@code reload} event
 * listing the changed URL paths. After a failed rebuild the server keeps sending the last good
 * build, and pages show the problems in an overlay until a build succeeds again. Links are
 * checked on a thread of their own after the reload event, and broken links join the overlay
 * through a {@code problems} event; a check that a newer build overtakes is skipped. The output
 * folder is never written. {@link #close()} stops every thread the server started.
 */
public final class DevServer implements AutoCloseable {
  /** Default quiet period: the time without file events before a rebuild starts. */
  public static final long DEFAULT_QUIET_MILLIS = 25;

  /**
   * The maximum wait, in milliseconds, without a rebuild before the links of the newest build
   * are checked. The wait is as long as the last check took, up to this value: a small site is
   * checked at once, and while a writer saves a large one in quick succession, each rebuild has
   * the cores to itself. A check that a rebuild interrupts is given up and starts again later.
   */
  static final long MAX_CHECK_DELAY_MILLIS = 200;

  /** Seconds between comment lines that find event streams the browser closed. */
  private static final long PING_SECONDS = 15;

  private final BuildOptions options;
  private final Rebuilder rebuilder;
  private final EventStream events = new EventStream();
  private final List<Consumer<Rebuild>> listeners = new CopyOnWriteArrayList<>();
  private final AtomicInteger rebuilds = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

  /** The newest build whose links wait for a check; older ones are skipped. */
  private final AtomicReference<Snapshot> unchecked = new AtomicReference<>();

  /** Whether a rebuild runs; a link check gives up then, leaving the cores to the rebuild. */
  private volatile boolean rebuilding;

  /** The files of the last build whose link check finished; only the check thread writes it. */
  private volatile SortedMap<String, byte[]> checkedFiles;

  private final List<Consumer<String>> reporters = new CopyOnWriteArrayList<>();
  private ScheduledExecutorService checkThread;

  /** When the last rebuild ended, from {@link System#nanoTime()}. */
  private volatile long lastRebuildEnd;

  /** How long to wait after a rebuild before a check: the last check's time, capped. */
  private volatile long checkDelayNanos;
  private HttpServer server;
  private ExecutorService requestThreads;
  private ScheduledExecutorService pingThread;
  private FolderWatcher watcher;

  private DevServer(BuildOptions options) {
    this.options = options;
    this.rebuilder = new Rebuilder(options);
  }

  /**
   * Builds the site, starts watching and starts serving. A failed first build still starts the
   * server, which then sends an error page until a build succeeds.
   *
   * @param port the TCP port, or 0 for any free port
   * @param quietMillis milliseconds without file events before a rebuild starts
   * @throws java.net.BindException when the port is in use or the address is not local
   * @throws IOException when the folders cannot be watched
   */
  public static DevServer start(BuildOptions options, String host, int port, long quietMillis)
      throws IOException {
    DevServer dev = new DevServer(options);
    try {
      dev.startAll(new InetSocketAddress(host, port), quietMillis);
    } catch (IOException | RuntimeException e) {
      dev.close();
      throw e;
    }
    return dev;
  }

  private void startAll(InetSocketAddress address, long quietMillis) throws IOException {
    server = HttpServer.create(address, 0);
    watcher = new FolderWatcher(
        List.of(options.contentDir(), options.templatesDir()), quietMillis, this::rebuild);
    Snapshot first = rebuilder.rebuild(Rebuilder.EMPTY, null).snapshot();
    long checkStart = System.nanoTime();
    snapshot.set(first.built() ? first.withLinkProblems(rebuilder.checkLinks(first)) : first);
    checkedFiles = first.files();
    checkDelayNanos = delayAfterCheck(System.nanoTime() - checkStart);
    checkThread = Executors.newSingleThreadScheduledExecutor(named("casebook-link-check"));
    requestThreads = Executors.newFixedThreadPool(4, named("casebook-http"));
    server.setExecutor(requestThreads);
    server.createContext("/", new SiteHandler(snapshot::get, options.basePath(), events));
    server.start();
    pingThread = Executors.newSingleThreadScheduledExecutor(named("casebook-ping"));
    pingThread.scheduleAtFixedRate(events::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    watcher.start();
  }

  /** Returns the problems of the latest build, which are empty when it succeeded. */
  public List<org.casebook.diag.Diagnostic> problems() {
    return snapshot.get().problems();
  }

  /** Returns the port the server listens on; useful after starting on port 0. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Returns the address of the site's home page, such as {@code http://127.0.0.1:8000/}. */
  public URI uri() {
    String host = server.getAddress().getHostString();
    String hostInUrl = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + hostInUrl + ":" + port() + options.basePath());
  }

  /** Adds an action that runs on the watcher thread after each rebuild. */
  void addListener(Consumer<Rebuild> listener) {
    listeners.add(listener);
  }

  /**
   * Adds an action that receives a summary after each rebuild and after each link check that
   * finds broken links or clears them, for a console.
   */
  public void addReporter(Consumer<String> reporter) {
    listeners.add(rebuild -> reporter.accept(RebuildSummary.of(rebuild)));
    reporters.add(reporter);
  }

  /** Returns how many rebuilds ran since the server started, the first build not included. */
  int rebuilds() {
    return rebuilds.get();
  }

  /** Returns the number of files of the last good build. */
  int fileCount() {
    return snapshot.get().files().size();
  }

  /** Returns the number of open event streams. */
  int eventClients() {
    return events.size();
  }

  /**
   * Rebuilds, sends the reload event, and leaves the link check to the check thread, so that a
   * page reloads as soon as it is rendered. Broken links arrive as a problems event afterwards.
   */
  private void rebuild(Set<Path> changedFiles) {
    Snapshot before = snapshot.get();
    Rebuild rebuild;
    rebuilding = true;
    try {
      rebuild = rebuilder.rebuild(before, changedFiles);
    } finally {
      rebuilding = false;
    }
    Snapshot next = rebuild.snapshot();
    // A link check may have finished during the rebuild. Its result stays valid while the files
    // are the same.
    Snapshot served = snapshot.updateAndGet(current -> current.files() == next.files()
        ? next.withLinkProblems(current.linkProblems())
        : next);
    rebuilds.incrementAndGet();
    if (!rebuild.ok() || !before.buildProblems().isEmpty()) {
      events.send("problems", ProblemJson.problems(served));
    }
    if (rebuild.ok() && !rebuild.changed().isEmpty()) {
      List<String> urls =
          rebuild.changed().stream().map(path -> options.basePath() + path).toList();
      events.send("reload", ProblemJson.changed(urls));
    }
    listeners.forEach(listener -> listener.accept(rebuild));
    // Also after a build that changed nothing, because this rebuild may have cancelled the
    // check of the files it kept.
    lastRebuildEnd = System.nanoTime();
    if (served.built() && served.files() != checkedFiles
        && unchecked.getAndSet(served) == null) {
      checkThread.schedule(this::checkLinks, checkDelayNanos, TimeUnit.NANOSECONDS);
    }
  }

  /**
   * Checks the newest unchecked build, unless a later build with other files has replaced it,
   * and records the broken links on whichever snapshot serves those files now.
   */
  private void checkLinks() {
    long sinceRebuild = System.nanoTime() - lastRebuildEnd;
    if (sinceRebuild < checkDelayNanos) {
      // A rebuild ended meanwhile: wait until the files have been still for the whole delay.
      checkThread.schedule(this::checkLinks, checkDelayNanos - sinceRebuild,
          TimeUnit.NANOSECONDS);
      return;
    }
    Snapshot target = unchecked.getAndSet(null);
    if (target == null || rebuilding || snapshot.get().files() != target.files()) {
      // A running rebuild schedules the check of its own build when it ends.
      return;
    }
    long start = System.nanoTime();
    List<org.casebook.diag.Diagnostic> links;
    try {
      links = rebuilder.checkLinks(target, () -> rebuilding || closed.get());
    } catch (CancellationException e) {
      // The rebuild that cancelled this check schedules the next one when it ends.
      return;
    }
    checkedFiles = target.files();
    checkDelayNanos = delayAfterCheck(System.nanoTime() - start);
    if (publishLinkProblems(target, links)) {
      String summary = RebuildSummary.ofLinkCheck(links, System.nanoTime() - start);
      reporters.forEach(reporter -> reporter.accept(summary));
    }
  }

  /**
   * Records the broken links on the snapshot that serves the checked files and sends them to
   * open pages. Returns false when the files were replaced meanwhile or the links are unchanged.
   */
  private boolean publishLinkProblems(Snapshot target, List<org.casebook.diag.Diagnostic> links) {
    while (true) {
      Snapshot current = snapshot.get();
      if (current.files() != target.files() || links.equals(current.linkProblems())) {
        return false;
      }
      Snapshot checked = current.withLinkProblems(links);
      if (snapshot.compareAndSet(current, checked)) {
        events.send("problems", ProblemJson.problems(checked));
        return true;
      }
    }
  }

  private static long delayAfterCheck(long checkNanos) {
    return Math.min(checkNanos, TimeUnit.MILLISECONDS.toNanos(MAX_CHECK_DELAY_MILLIS));
  }

  /** Stops serving and watching, ends open event streams, and waits for the threads to end. */
  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (watcher != null) {
      watcher.close();
    }
    events.closeAll();
    if (server != null) {
      server.stop(0);
    }
    stop(pingThread);
    stop(checkThread);
    stop(requestThreads);
  }

  private static void stop(ExecutorService executor) {
    if (executor == null) {
      return;
    }
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
