package org.casebook.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.casebook.catalog.CatalogLimits;
import org.casebook.site.BuildOptions;
import org.casebook.testing.FileTrees;

/** A copy of the project's content and templates in a temporary folder, served by a DevServer. */
final class ServedSite implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(10);

  final Path content;
  final Path templates;
  final Path out;
  final DevServer server;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  ServedSite(Path dir) throws IOException {
    this(dir, DevServer.DEFAULT_QUIET_MILLIS);
  }

  ServedSite(Path dir, long quietMillis) throws IOException {
    content = dir.resolve("content");
    templates = dir.resolve("templates");
    out = dir.resolve("site");
    FileTrees.copy(Path.of("content"), content);
    FileTrees.copy(Path.of("templates"), templates);
    BuildOptions options =
        new BuildOptions(content, templates, out, "/", "", CatalogLimits.DEFAULTS);
    server = DevServer.start(options, "127.0.0.1", 0, quietMillis);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String method, String path)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a request line exactly as given, with no client-side normalization of the path. */
  String rawRequest(String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout((int) WAIT.toMillis());
      OutputStream out = socket.getOutputStream();
      String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  /** Opens an event stream; its events arrive in the returned queue. */
  EventQueue events() throws InterruptedException {
    EventQueue queue = new EventQueue();
    HttpRequest request = HttpRequest.newBuilder(uri(SiteHandler.EVENTS_PATH)).build();
    http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> {
          Thread reader = new Thread(() -> queue.read(response.body()), "event-reader");
          reader.setDaemon(true);
          reader.start();
        });
    queue.await(event -> event.name().equals("problems"));
    return queue;
  }

  static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out after " + WAIT + " waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  /** One Server-Sent Event. */
  record Event(String name, String data) {}

  /** Events read from one stream, in arrival order. */
  static final class EventQueue {
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    void read(Stream<String> lines) {
      String[] name = {"message"};
      lines.forEach(line -> {
        if (line.startsWith("event: ")) {
          name[0] = line.substring("event: ".length());
        } else if (line.startsWith("data: ")) {
          events.add(new Event(name[0], line.substring("data: ".length())));
          name[0] = "message";
        }
      });
    }

    /** Returns the next event that matches, dropping the ones before it. */
    Event await(Predicate<Event> match) throws InterruptedException {
      return await(match, WAIT);
    }

    /** Returns the next event that matches within {@code wait}, dropping the ones before it. */
    Event await(Predicate<Event> match, Duration wait) throws InterruptedException {
      long end = System.nanoTime() + wait.toNanos();
      while (true) {
        long left = end - System.nanoTime();
        Event event = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
        if (event == null) {
          throw new AssertionError("no matching event within " + wait);
        }
        if (match.test(event)) {
          return event;
        }
      }
    }

    /** Returns the events received so far without waiting. */
    java.util.List<Event> drain() {
      java.util.List<Event> all = new java.util.ArrayList<>();
      events.drainTo(all);
      return all;
    }
  }
}
