package org.casebook.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.casebook.site.BuildOptions;

/**
 * Builds a site in memory, serves it over HTTP, and rebuilds it when a file under the content or
 * templates folder changes.
 *
 * <p>After each successful rebuild that changed files, open pages receive a {@code reload} event
 * listing the changed URL paths. After a failed rebuild the server keeps sending the last good
 * build, and pages show the problems in an overlay until a build succeeds again. The output
 * folder is never written. {@link #close()} stops every thread the server started.
 */
public final class DevServer implements AutoCloseable {
  /** Default quiet period: the time without file events before a rebuild starts. */
  public static final long DEFAULT_QUIET_MILLIS = 25;

  /** Seconds between comment lines that find event streams the browser closed. */
  private static final long PING_SECONDS = 15;

  private final BuildOptions options;
  private final Rebuilder rebuilder;
  private final EventStream events = new EventStream();
  private final List<Consumer<Rebuild>> listeners = new CopyOnWriteArrayList<>();
  private final AtomicInteger rebuilds = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Snapshot snapshot;
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
    snapshot = rebuilder.rebuild().snapshot();
    requestThreads = Executors.newFixedThreadPool(4, named("casebook-http"));
    server.setExecutor(requestThreads);
    server.createContext("/", new SiteHandler(() -> snapshot, options.basePath(), events));
    server.start();
    pingThread = Executors.newSingleThreadScheduledExecutor(named("casebook-ping"));
    pingThread.scheduleAtFixedRate(events::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    watcher.start();
  }

  /** Returns the problems of the latest build, which are empty when it succeeded. */
  public List<org.casebook.diag.Diagnostic> problems() {
    return snapshot.problems();
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

  /** Adds an action that receives a one-line summary after each rebuild, for a console. */
  public void addReporter(Consumer<String> reporter) {
    listeners.add(rebuild -> reporter.accept(RebuildSummary.of(rebuild)));
  }

  /** Returns how many rebuilds ran since the server started, the first build not included. */
  int rebuilds() {
    return rebuilds.get();
  }

  /** Returns the number of files of the last good build. */
  int fileCount() {
    return snapshot.files().size();
  }

  /** Returns the number of open event streams. */
  int eventClients() {
    return events.size();
  }

  private void rebuild(Set<Path> changedFiles) {
    Snapshot before = snapshot;
    Rebuild rebuild = rebuilder.rebuild(changedFiles);
    snapshot = rebuild.snapshot();
    rebuilds.incrementAndGet();
    if (!rebuild.ok() || !before.problems().isEmpty()) {
      events.send("problems", ProblemJson.problems(rebuild.snapshot().problems()));
    }
    if (rebuild.ok() && !rebuild.changed().isEmpty()) {
      List<String> urls =
          rebuild.changed().stream().map(path -> options.basePath() + path).toList();
      events.send("reload", ProblemJson.changed(urls));
    }
    listeners.forEach(listener -> listener.accept(rebuild));
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
