package org.casebook.linkcheck.external;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP server on 127.0.0.1 with one route per kind of response an external link can get. It
 * counts the requests of each method and path, and the peak number of requests in flight under
 * {@code /parallel/}.
 *
 * <p>Routes: {@code /ok} 200; {@code /missing} 404; {@code /loop/a} and {@code /loop/b} redirect
 * to each other; {@code /chain/1} redirects through {@code /chain/2} to {@code /chain/3}, 200;
 * {@code /deep/N} redirects to {@code /deep/N+1} without end; {@code /limited} responds 429 with
 * {@code Retry-After: 1} once, then 200; {@code /busy} 503 once, then 200; {@code /down} always
 * 503; {@code /throttled} always 429 with {@code Retry-After: 120}; {@code /slow} holds the
 * response until the server closes, at most 5 seconds; {@code /no-head} 405 on HEAD and 200 on
 * GET; {@code /parallel/N} 200 after waiting up to 300 ms for a third request in flight.
 */
public final class LinkTargetServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(24);
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final AtomicInteger parallelInFlight = new AtomicInteger();
  private final AtomicInteger parallelPeak = new AtomicInteger();
  private final CountDownLatch closing = new CountDownLatch(1);

  public LinkTargetServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Returns the absolute URL of a path on this server, such as {@code /ok}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Returns the request counts by {@code METHOD path}, sorted. */
  public Map<String, Integer> counts() {
    Map<String, Integer> sorted = new TreeMap<>();
    counts.forEach((key, count) -> sorted.put(key, count.get()));
    return sorted;
  }

  /** Returns the most requests to {@code /parallel/} paths that were in flight at once. */
  public int parallelPeak() {
    return parallelPeak.get();
  }

  @Override
  public void close() throws InterruptedException {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    int count = counts.computeIfAbsent(method + " " + path, key -> new AtomicInteger())
        .incrementAndGet();
    try (exchange) {
      route(exchange, method, path, count);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void route(HttpExchange exchange, String method, String path, int count)
      throws IOException, InterruptedException {
    if (path.equals("/ok") || path.equals("/chain/3")) {
      send(exchange, 200);
    } else if (path.equals("/loop/a")) {
      redirect(exchange, 302, "/loop/b");
    } else if (path.equals("/loop/b")) {
      redirect(exchange, 302, url("/loop/a"));
    } else if (path.equals("/chain/1")) {
      redirect(exchange, 301, "/chain/2");
    } else if (path.equals("/chain/2")) {
      redirect(exchange, 307, "3");
    } else if (path.startsWith("/deep/")) {
      int step = Integer.parseInt(path.substring("/deep/".length()));
      redirect(exchange, 302, "/deep/" + (step + 1));
    } else if (path.equals("/limited")) {
      retryLater(exchange, 429, count == 1 ? "1" : null);
    } else if (path.equals("/busy")) {
      retryLater(exchange, 503, count == 1 ? "" : null);
    } else if (path.equals("/down")) {
      retryLater(exchange, 503, "");
    } else if (path.equals("/throttled")) {
      retryLater(exchange, 429, "120");
    } else if (path.equals("/slow")) {
      closing.await(5, TimeUnit.SECONDS);
      send(exchange, 200);
    } else if (path.equals("/no-head")) {
      send(exchange, method.equals("HEAD") ? 405 : 200);
    } else if (path.startsWith("/parallel/")) {
      parallel(exchange);
    } else {
      send(exchange, 404);
    }
  }

  /** Sends status with an optional Retry-After, or 200 when retryAfter is null. */
  private static void retryLater(HttpExchange exchange, int status, String retryAfter)
      throws IOException {
    if (retryAfter == null) {
      send(exchange, 200);
      return;
    }
    if (!retryAfter.isEmpty()) {
      exchange.getResponseHeaders().set("Retry-After", retryAfter);
    }
    send(exchange, status);
  }

  private void parallel(HttpExchange exchange) throws IOException, InterruptedException {
    int inFlight = parallelInFlight.incrementAndGet();
    parallelPeak.accumulateAndGet(inFlight, Math::max);
    try {
      // Waiting gives a request over the limit the time to arrive and raise the peak.
      for (int i = 0; i < 30 && parallelInFlight.get() < 3; i++) {
        Thread.sleep(10);
      }
    } finally {
      parallelInFlight.decrementAndGet();
    }
    send(exchange, 200);
  }

  private static void redirect(HttpExchange exchange, int status, String location)
      throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    send(exchange, status);
  }

  private static void send(HttpExchange exchange, int status) throws IOException {
    byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
