package org.casebook.linkcheck.external;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Checker of one URL: it follows redirects by hand, falls back from {@code HEAD} to {@code GET},
 * and retries {@code 429} and {@code 503} responses.
 *
 * <p>Instances are safe to share between threads. Each request takes a slot of the host limiter
 * for as long as it is in flight, but not while it waits for a retry.
 */
final class UrlProbe {

  /** Outcome of one request: a status with its {@code Location} header, or a failure. */
  private record Exchange(int status, Optional<String> location, Optional<String> retryAfter,
      String failure) {

    static Exchange failed(String reason) {
      return new Exchange(0, Optional.empty(), Optional.empty(), reason);
    }

    boolean isFailure() {
      return failure != null;
    }
  }

  private final HttpClient client;
  private final HostLimiter hosts;
  private final ProbeSettings settings;
  private final Clock clock;

  UrlProbe(HttpClient client, HostLimiter hosts, ProbeSettings settings, Clock clock) {
    this.client = client;
    this.hosts = hosts;
    this.settings = settings;
    this.clock = clock;
  }

  /** Checks the absolute {@code http} or {@code https} URL, which has no fragment. */
  ProbeResult probe(URI start) throws InterruptedException {
    Set<URI> visited = new HashSet<>();
    URI current = start;
    for (int redirects = 0; ; redirects++) {
      visited.add(current);
      Exchange exchange = requestWithRetries(current);
      if (exchange.isFailure()) {
        return ProbeResult.failed(exchange.failure());
      }
      if (!isRedirect(exchange.status())) {
        return exchange.status() < 400
            ? ProbeResult.OK
            : ProbeResult.failed(StatusText.describe(exchange.status()));
      }
      if (exchange.location().isEmpty()) {
        return ProbeResult.failed(
            StatusText.describe(exchange.status()) + " redirect without a Location header");
      }
      String location = exchange.location().get();
      Optional<URI> next = resolve(current, location);
      if (next.isEmpty()) {
        return ProbeResult.failed("redirect to an invalid or non-HTTP URL: " + location);
      }
      if (visited.contains(next.get())) {
        return ProbeResult.failed("redirect loop at " + next.get());
      }
      if (redirects == settings.maxRedirects()) {
        return ProbeResult.failed("too many redirects, more than " + settings.maxRedirects());
      }
      current = next.get();
    }
  }

  private Exchange requestWithRetries(URI uri) throws InterruptedException {
    for (int retry = 0; ; retry++) {
      Exchange exchange = requestHeadThenGet(uri);
      if (exchange.isFailure() || !isRetryable(exchange.status())) {
        return exchange;
      }
      String status = StatusText.describe(exchange.status());
      if (retry == settings.maxRetries()) {
        return Exchange.failed(status + " after " + retryCount(retry));
      }
      Duration wait = waitBeforeRetry(exchange, retry);
      if (wait.compareTo(settings.maxRetryWait()) > 0) {
        return Exchange.failed(status + ", and the server requested a wait of " + seconds(wait)
            + ", more than the maximum of " + seconds(settings.maxRetryWait()));
      }
      Thread.sleep(wait.toMillis());
    }
  }

  /**
   * Sends {@code HEAD}, and when it gets a status of 400 or more other than {@code 429} and
   * {@code 503}, sends {@code GET} and returns its response instead. Some servers reject {@code
   * HEAD} with {@code 405} or {@code 501}, and some CDNs respond to it with {@code 403} or {@code
   * 404}, so only a {@code GET} error counts as a broken link.
   */
  private Exchange requestHeadThenGet(URI uri) throws InterruptedException {
    Exchange head = send(uri, "HEAD");
    if (head.isFailure() || head.status() < 400 || isRetryable(head.status())) {
      return head;
    }
    return send(uri, "GET");
  }

  private Exchange send(URI uri, String method) throws InterruptedException {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(uri)
              .method(method, HttpRequest.BodyPublishers.noBody())
              .timeout(settings.timeout())
              .header("User-Agent", settings.userAgent())
              .build();
    } catch (IllegalArgumentException e) {
      return Exchange.failed("invalid URL: " + e.getMessage());
    }
    String host = hostKey(uri);
    hosts.acquire(host);
    try {
      // The body is not read: a HEAD response has none, and a GET stream is closed at once.
      HttpResponse<InputStream> response = client.send(request, BodyHandlers.ofInputStream());
      response.body().close();
      return new Exchange(
          response.statusCode(),
          response.headers().firstValue("Location"),
          response.headers().firstValue("Retry-After"),
          null);
    } catch (IOException e) {
      return Exchange.failed(describe(e, uri));
    } finally {
      hosts.release(host);
    }
  }

  private String describe(IOException e, URI uri) {
    if (e instanceof HttpTimeoutException) {
      return "timed out after " + seconds(settings.timeout());
    }
    if (e instanceof ConnectException) {
      if (e.getCause() instanceof UnresolvedAddressException) {
        return "unknown host " + uri.getHost();
      }
      return "connection to " + hostKey(uri) + " failed" + detail(e);
    }
    if (e instanceof SSLException) {
      return "TLS handshake with " + hostKey(uri) + " failed" + detail(e);
    }
    return "request failed" + detail(e);
  }

  /** Returns the first message in the cause chain, which the HTTP client often leaves empty. */
  private static String detail(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && !message.isBlank()) {
        return ": " + message;
      }
    }
    return "";
  }

  private Duration waitBeforeRetry(Exchange exchange, int retry) {
    Optional<Duration> asked =
        exchange.retryAfter().flatMap(value -> RetryAfter.parse(value, clock.instant()));
    return asked.orElseGet(() -> settings.firstBackoff().multipliedBy(1L << retry));
  }

  /** Resolves a {@code Location} value and returns it without fragment, if it is HTTP. */
  private static Optional<URI> resolve(URI base, String location) {
    try {
      URI target = base.resolve(new URI(location.trim()));
      String scheme = target.getScheme();
      if (scheme == null || target.getHost() == null) {
        return Optional.empty();
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      if (!lower.equals("http") && !lower.equals("https")) {
        return Optional.empty();
      }
      return Optional.of(withoutFragment(target));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Returns the URI with its fragment removed, keeping the percent-encoding as it is. */
  static URI withoutFragment(URI uri) throws URISyntaxException {
    String text = uri.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? uri : new URI(text.substring(0, hash));
  }

  static String hostKey(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static boolean isRetryable(int status) {
    return status == 429 || status == 503;
  }

  private static String retryCount(int retries) {
    return retries + (retries == 1 ? " retry" : " retries");
  }

  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
