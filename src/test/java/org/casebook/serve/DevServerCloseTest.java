package org.casebook.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerCloseTest {
  @TempDir Path dir;

  @Test
  void closeStopsEveryThreadAndEndsStreams() throws Exception {
    ServedSite site = new ServedSite(dir);
    site.events();
    ServedSite.await(() -> site.server.eventClients() == 1, "the event stream to open");

    site.close();

    ServedSite.await(() -> Thread.getAllStackTraces().keySet().stream()
        .noneMatch(thread -> thread.getName().startsWith("casebook-")), "threads to end");
    assertThat(site.server.eventClients()).isZero();
    assertThatThrownBy(() -> site.get("/")).isInstanceOf(ConnectException.class);
  }

  @Test
  void closeEndsHttpDispatcherBeforeReturning() throws Exception {
    Set<Thread> before = dispatchers();
    ServedSite site = new ServedSite(dir);
    site.get("/");
    Set<Thread> started = dispatchers();
    started.removeAll(before);
    assertThat(started).hasSize(1);

    site.close();

    Thread dispatcher = started.iterator().next();
    assertThat(dispatcher.isAlive()).isFalse();
  }

  @Test
  void closeTwiceIsHarmless() throws IOException {
    ServedSite site = new ServedSite(dir);

    site.close();
    site.close();

    assertThat(site.server.eventClients()).isZero();
  }

  /** Returns the live dispatcher threads of the JDK's HTTP servers in this JVM. */
  private static Set<Thread> dispatchers() {
    Set<Thread> threads = new HashSet<>(Thread.getAllStackTraces().keySet());
    threads.removeIf(thread -> !thread.getName().equals("HTTP-Dispatcher"));
    return threads;
  }
}
