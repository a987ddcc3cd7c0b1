package org.casebook.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A loopback HTTP server that serves a site folder under a base path the way GitHub Pages does: a
 * folder URL serves its {@code index.html}, a folder without its trailing slash redirects, and a
 * missing file returns status 404 with the site's {@code 404.html}.
 */
final class PagesServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml",
      "json", "application/json",
      "csv", "text/csv; charset=utf-8",
      "xml", "application/xml",
      "txt", "text/plain; charset=utf-8");

  private final HttpServer server;
  private final String basePath;
  private final Path root;

  private PagesServer(String basePath, Path root) throws IOException {
    this.basePath = basePath;
    this.root = root.toAbsolutePath().normalize();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(basePath, this::handle);
  }

  /** Starts serving {@code root} at {@code http://127.0.0.1:PORT/basePath} on a free port. */
  static PagesServer start(String basePath, Path root) throws IOException {
    PagesServer pages = new PagesServer(basePath, root);
    pages.server.start();
    return pages;
  }

  /** Returns the URL of the site root, ending with {@code /}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Path file = root.resolve(path.substring(basePath.length())).normalize();
      if (!file.startsWith(root)) {
        send(exchange, 404, root.resolve("404.html"));
      } else if (Files.isDirectory(file) && !path.endsWith("/")) {
        exchange.getResponseHeaders().set("Location", path + "/");
        exchange.sendResponseHeaders(301, -1);
      } else if (Files.isDirectory(file) && Files.isRegularFile(file.resolve("index.html"))) {
        send(exchange, 200, file.resolve("index.html"));
      } else if (Files.isRegularFile(file)) {
        send(exchange, 200, file);
      } else {
        send(exchange, 404, root.resolve("404.html"));
      }
    }
  }

  private static void send(HttpExchange exchange, int status, Path file) throws IOException {
    byte[] body = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    exchange.getResponseHeaders()
        .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
