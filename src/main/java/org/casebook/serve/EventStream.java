package org.casebook.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open Server-Sent Events connections, and the events sent to all of them.
 *
 * <p>Each event is one {@code event:} line and one {@code data:} line holding JSON. A client whose
 * connection fails is dropped; browsers reconnect on their own. Thread-safe.
 */
final class EventStream {
  /** Milliseconds a browser waits before it reconnects, sent once per connection. */
  static final int RETRY_MILLIS = 500;

  private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();

  /** Starts an event stream on the exchange and keeps it open for later events. */
  void open(HttpExchange exchange, String firstEvent, String firstData) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    String hello = "retry: " + RETRY_MILLIS + "\n\n" + format(firstEvent, firstData);
    synchronized (exchange) {
      OutputStream body = exchange.getResponseBody();
      body.write(hello.getBytes(StandardCharsets.UTF_8));
      body.flush();
    }
    clients.add(exchange);
  }

  /** Sends an event to every open connection. */
  void send(String event, String json) {
    byte[] bytes = format(event, json).getBytes(StandardCharsets.UTF_8);
    for (HttpExchange client : clients) {
      write(client, bytes);
    }
  }

  /** Sends a comment line, so connections that the browser closed are found and dropped. */
  void ping() {
    byte[] bytes = ": ping\n\n".getBytes(StandardCharsets.UTF_8);
    for (HttpExchange client : clients) {
      write(client, bytes);
    }
  }

  int size() {
    return clients.size();
  }

  /** Ends every connection. */
  void closeAll() {
    for (HttpExchange client : clients) {
      clients.remove(client);
      client.close();
    }
  }

  private void write(HttpExchange client, byte[] bytes) {
    try {
      synchronized (client) {
        OutputStream body = client.getResponseBody();
        body.write(bytes);
        body.flush();
      }
    } catch (IOException e) {
      clients.remove(client);
      client.close();
    }
  }

  private static String format(String event, String json) {
    return "event: " + event + "\ndata: " + json + "\n\n";
  }
}
