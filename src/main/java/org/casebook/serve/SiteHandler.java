package org.casebook.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Serves GET and HEAD requests from the files of the current {@link Snapshot}, and opens event
 * streams. Nothing is read from disk, so no request can reach a file outside the site.
 */
final class SiteHandler implements HttpHandler {
  /** Absolute URL path of the Server-Sent Events endpoint, outside any base path. */
  static final String EVENTS_PATH = "/__casebook/events";

  /**
   * Maximum length of a request target (path and query), in characters. Longer targets get
   * 414 URI Too Long.
   *
   * <p>NOTE: the JDK's server reads the whole request line before a handler runs. JDK 17.0.15
   * closes the connection without a response when one line of the request head exceeds
   * {@code sun.net.httpserver.maxReqHeaderSize} (default 389,120 bytes), so only targets
   * between this limit and that one get a 414.
   */
  static final int MAX_TARGET_LENGTH = 8192;

  private final Supplier<Snapshot> snapshots;
  private final String basePath;
  private final EventStream events;
  private final PageDecorator decorator = new PageDecorator(EVENTS_PATH);

  SiteHandler(Supplier<Snapshot> snapshots, String basePath, EventStream events) {
    this.snapshots = snapshots;
    this.basePath = basePath;
    this.events = events;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      boolean head = method.equals("HEAD");
      int targetLength = exchange.getRequestURI().toString().length();
      if (targetLength > MAX_TARGET_LENGTH) {
        sendText(exchange, 414, "URI too long: " + targetLength + " characters; the maximum is "
            + MAX_TARGET_LENGTH, head);
        exchange.close();
        return;
      }
      if (!head && !method.equals("GET")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        sendText(exchange, 405, "method not allowed: " + method, false);
        exchange.close();
        return;
      }
      String rawPath = exchange.getRequestURI().getRawPath();
      if (EVENTS_PATH.equals(rawPath) && !head) {
        Snapshot snapshot = snapshots.get();
        events.open(exchange, "problems", ProblemJson.problems(snapshot));
        return;
      }
      serve(exchange, RequestPath.parse(rawPath, basePath), head);
      exchange.close();
    } catch (IOException e) {
      // The client closed the connection, so there is no one to send the response to.
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange, RequestPath request, boolean head)
      throws IOException {
    switch (request.kind()) {
      case INVALID -> sendText(exchange, 400, "invalid request path", head);
      case OUTSIDE_BASE -> sendNotFound(exchange, snapshots.get(), head);
      case BASE_WITHOUT_SLASH -> redirect(exchange, basePath);
      case FILE -> serveFile(exchange, request.key(), head);
      default -> throw new IllegalStateException("unknown request kind " + request.kind());
    }
  }

  private void serveFile(HttpExchange exchange, String key, boolean head) throws IOException {
    Snapshot snapshot = snapshots.get();
    if (!snapshot.built()) {
      byte[] page = decorator.decorate(
          plainPage("No build yet", "The site has not built yet. Fix the problems below;"
              + " this page reloads when a build succeeds."),
          snapshot, true);
      send(exchange, 500, "text/html; charset=utf-8", page, head);
      return;
    }
    String file = key.isEmpty() || key.endsWith("/") ? key + "index.html" : key;
    byte[] body = snapshot.files().get(file);
    if (body != null) {
      sendFile(exchange, 200, file, body, snapshot, head);
    } else if (snapshot.files().containsKey(file + "/index.html")) {
      String query = exchange.getRequestURI().getRawQuery();
      redirect(exchange,
          exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
    } else {
      sendNotFound(exchange, snapshot, head);
    }
  }

  private void sendNotFound(HttpExchange exchange, Snapshot snapshot, boolean head)
      throws IOException {
    byte[] custom = snapshot.files().get("404.html");
    byte[] page = custom != null
        ? custom
        : plainPage("Not found", "No page of the site is at this address.");
    send(exchange, 404, "text/html; charset=utf-8",
        decorator.decorate(page, snapshot, true), head);
  }

  private void sendFile(HttpExchange exchange, int status, String file, byte[] body,
      Snapshot snapshot, boolean head) throws IOException {
    String type = ContentTypes.of(file);
    byte[] bytes = type.startsWith("text/html") ? decorator.decorate(body, snapshot, false) : body;
    send(exchange, status, type, bytes, head);
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    sendText(exchange, 301, "moved to " + location, false);
  }

  private static void sendText(HttpExchange exchange, int status, String text, boolean head)
      throws IOException {
    send(exchange, status, "text/plain; charset=utf-8",
        (text + "\n").getBytes(StandardCharsets.UTF_8), head);
  }

  /**
   * Sends a complete response. A HEAD response carries the same headers as GET, including
   * Content-Length, and no body.
   */
  private static void send(HttpExchange exchange, int status, String type, byte[] body,
      boolean head) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    if (head) {
      headers.set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] plainPage(String title, String text) {
    String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + title + "</title>\n</head>\n<body>\n<h1>" + title + "</h1>\n<p>" + text
        + "</p>\n</body>\n</html>\n";
    return html.getBytes(StandardCharsets.UTF_8);
  }
}
