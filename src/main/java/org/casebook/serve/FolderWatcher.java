package org.casebook.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders and calls an action once a burst of changes has settled.
 *
 * <p>Every create, modify or delete event starts or extends a quiet period. When no event has
 * arrived for the whole quiet period, the action runs once on the watcher thread. Events that
 * arrive while the action runs are queued by the {@link WatchService} and lead to one more run
 * after the next quiet period, so no change is missed. New subfolders are registered as they
 * appear, and a watched root that is deleted and created again is registered again, because the
 * parent of each root is watched for that name.
 *
 * <p>NOTE: on Linux the JDK's watch service uses inotify and reports events within
 * milliseconds. Where the JDK falls back to polling (macOS), events arrive seconds late.
 */
final class FolderWatcher implements AutoCloseable {
  private final WatchService service;
  private final List<Path> roots;
  private final long quietNanos;
  private final Consumer<Set<Path>> action;

  /** The paths that changed since the action last ran, or null when that is unknown. */
  private Set<Path> changed = new HashSet<>();
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Map<WatchKey, Path> parents = new HashMap<>();
  private final Thread thread;

  /**
   * Registers every folder under {@code roots}; call {@link #start()} to begin watching.
   *
   * @param quietMillis how long no event must arrive before {@code action} runs, in milliseconds
   * @param action receives the absolute paths that changed, or null when events were lost or a
   *     watched root was replaced, so that any file may have changed
   */
  FolderWatcher(List<Path> roots, long quietMillis, Consumer<Set<Path>> action)
      throws IOException {
    this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
    this.quietNanos = TimeUnit.MILLISECONDS.toNanos(quietMillis);
    this.action = action;
    this.service = this.roots.get(0).getFileSystem().newWatchService();
    for (Path root : this.roots) {
      registerTree(root);
      Path parent = root.getParent();
      if (parent != null && !parents.containsValue(parent)) {
        parents.put(parent.register(service, ENTRY_CREATE, ENTRY_DELETE), parent);
      }
    }
    this.thread = new Thread(this::loop, "casebook-watcher");
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Stops watching and waits for a running action to finish. */
  @Override
  public void close() throws IOException {
    service.close();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loop() {
    try {
      boolean pending = false;
      long lastEvent = 0;
      while (true) {
        WatchKey key;
        if (pending) {
          long wait = quietNanos - (System.nanoTime() - lastEvent);
          key = wait > 0 ? service.poll(wait, TimeUnit.NANOSECONDS) : null;
        } else {
          key = service.take();
        }
        if (key == null) {
          pending = false;
          Set<Path> paths = changed;
          changed = new HashSet<>();
          action.accept(paths == null ? null : Set.copyOf(paths));
          continue;
        }
        if (handle(key)) {
          pending = true;
          lastEvent = System.nanoTime();
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // close() was called; the thread ends here.
    }
  }

  /** Handles the events of one key and returns whether any of them may change the site. */
  private boolean handle(WatchKey key) {
    boolean relevant = false;
    Path folder = folders.get(key);
    Path parent = parents.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        roots.forEach(this::registerTreeQuietly);
        relevant = true;
        changed = null;
      } else if (folder != null) {
        relevant = true;
        Path child = folder.resolve((Path) event.context());
        if (changed != null) {
          changed.add(child);
        }
        if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
          registerTreeQuietly(child);
        }
      } else if (parent != null) {
        Path child = parent.resolve((Path) event.context());
        if (roots.contains(child)) {
          relevant = true;
          changed = null;
          if (event.kind() == ENTRY_CREATE) {
            registerTreeQuietly(child);
          }
        }
      }
    }
    if (!key.reset()) {
      folders.remove(key);
      parents.remove(key);
    }
    return relevant;
  }

  private void registerTreeQuietly(Path root) {
    try {
      registerTree(root);
    } catch (IOException | UncheckedIOException e) {
      // The folder went away while it was being registered; its deletion is an event of its own.
    }
  }

  private void registerTree(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path dir : walk.filter(Files::isDirectory).toList()) {
        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
      }
    }
  }
}
