package org.casebook.linkcheck.external;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.casebook.linkcheck.LinkProblem;

/**
 * Checker for the {@code http} and {@code https} links of a site, over the network.
 *
 * <p>Each distinct URL, without its fragment, is requested once per run however many pages link
 * to it. A URL passes when it responds with a status below 400, after at most {@link
 * Builder#maxRedirects} redirects. The checker sends {@code HEAD} first and {@code GET} when
 * {@code HEAD} gets an error status. It retries {@code 429} and {@code 503} after the wait that
 * {@code Retry-After} requests, or else after an exponential back-off. At most {@link
 * Builder#concurrency} requests are in flight at once, and at most {@link Builder#maxPerHost} to
 * one host and port. Links that match a skip pattern are not requested. With a cache file, URLs
 * that passed within the time to live are not requested again.
 *
 * <p>Build one with {@link #builder()}. Instances are immutable, and {@link #check} may run from
 * several threads at once unless they share a cache file.
 */
public final class ExternalLinkChecker {

  /** Prefix of every problem reason. */
  static final String REASON_PREFIX = "external: ";

  private final int concurrency;
  private final int maxPerHost;
  private final ProbeSettings settings;
  private final List<Pattern> skipPatterns;
  private final Path cacheFile;
  private final Duration cacheTimeToLive;
  private final Clock clock;

  private ExternalLinkChecker(Builder builder) {
    this.concurrency = builder.concurrency;
    this.maxPerHost = builder.maxPerHost;
    this.settings =
        new ProbeSettings(builder.timeout, builder.maxRedirects, builder.maxRetries,
            builder.maxRetryWait, builder.firstBackoff, "casebook/0.1.0 link check");
    this.skipPatterns = List.copyOf(builder.skipPatterns);
    this.cacheFile = builder.cacheFile;
    this.cacheTimeToLive = builder.cacheTimeToLive;
    this.clock = builder.clock;
  }

  /** Returns a builder with the defaults listed on its setters. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the links and returns the broken ones. Links that are not {@code http} or {@code
   * https} are ignored.
   *
   * @param linksByPage the links as written, by page path relative to the site root
   * @throws IOException if the cache file cannot be read, is invalid, or cannot be written
   * @throws InterruptedException if the thread is interrupted while requests are in flight
   */
  public ExternalCheckReport check(Map<String, List<String>> linksByPage)
      throws IOException, InterruptedException {
    Objects.requireNonNull(linksByPage, "linksByPage");
    SortedMap<String, List<String>> pages = new TreeMap<>(linksByPage);
    Map<String, Target> targets = new HashMap<>();
    int skipped = 0;
    for (List<String> links : pages.values()) {
      for (String link : links) {
        Target target = targets.computeIfAbsent(link, this::target);
        skipped += target.skipped() ? 1 : 0;
      }
    }

    SortedSet<URI> urls = new TreeSet<>();
    targets.values().forEach(target -> target.uri().ifPresent(urls::add));
    Instant start = clock.instant();
    LinkCache cache = cacheFile == null ? null : LinkCache.load(cacheFile, cacheTimeToLive, start);
    List<URI> toRequest = new ArrayList<>();
    for (URI url : urls) {
      if (cache == null || !cache.isFresh(url.toString(), start)) {
        toRequest.add(url);
      }
    }

    Map<URI, ProbeResult> results = probeAll(toRequest);
    if (cache != null) {
      Instant end = clock.instant();
      results.forEach((url, result) -> {
        if (result.ok()) {
          cache.putSuccess(url.toString(), end);
        }
      });
      cache.save();
    }
    List<LinkProblem> problems = problems(pages, targets, results);
    return new ExternalCheckReport(
        toRequest.size(), urls.size() - toRequest.size(), skipped, problems);
  }

  /**
   * Destination of a link: a URL to request, a reason the link is invalid, or neither when the
   * link is skipped or not HTTP.
   */
  private record Target(Optional<URI> uri, String invalidReason, boolean skipped) {}

  private Target target(String link) {
    String trimmed = link.trim();
    for (Pattern pattern : skipPatterns) {
      if (pattern.matcher(trimmed).find()) {
        return new Target(Optional.empty(), null, true);
      }
    }
    URI uri;
    try {
      uri = UrlProbe.withoutFragment(new URI(trimmed));
    } catch (URISyntaxException e) {
      String reason = "invalid URL: " + e.getReason() + " at index " + e.getIndex();
      return new Target(Optional.empty(), reason, false);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Target(Optional.empty(), null, false);
    }
    if (uri.getHost() == null) {
      return new Target(Optional.empty(), "invalid URL: no host name", false);
    }
    return new Target(Optional.of(uri), null, false);
  }

  private Map<URI, ProbeResult> probeAll(List<URI> urls) throws InterruptedException {
    Map<URI, ProbeResult> results = new HashMap<>();
    if (urls.isEmpty()) {
      return results;
    }
    // NOTE: no proxy is configured, so a network that allows only proxied traffic fails every
    // external link with a connection error.
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    UrlProbe probe = new UrlProbe(client, new HostLimiter(maxPerHost), settings, clock);
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, urls.size()),
        task -> {
          Thread thread = new Thread(task, "casebook-external-link-check");
          thread.setDaemon(true);
          return thread;
        });
    try {
      List<Callable<ProbeResult>> tasks = new ArrayList<>();
      urls.forEach(url -> tasks.add(() -> probe.probe(url)));
      List<Future<ProbeResult>> futures = pool.invokeAll(tasks);
      for (int i = 0; i < urls.size(); i++) {
        results.put(urls.get(i), futures.get(i).get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("checking an external link failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return results;
  }

  private static List<LinkProblem> problems(SortedMap<String, List<String>> pages,
      Map<String, Target> targets, Map<URI, ProbeResult> results) {
    List<LinkProblem> problems = new ArrayList<>();
    pages.forEach((page, links) -> {
      for (String link : links) {
        Target target = targets.get(link);
        String reason = target.invalidReason();
        if (reason == null && target.uri().isPresent()) {
          ProbeResult result = results.get(target.uri().get());
          reason = result == null || result.ok() ? null : result.reason();
        }
        if (reason != null) {
          problems.add(new LinkProblem(page, link, REASON_PREFIX + reason));
        }
      }
    });
    return problems;
  }

  /** Builder for {@link ExternalLinkChecker}. Not safe to share between threads. */
  public static final class Builder {

    private int concurrency = 8;
    private int maxPerHost = 2;
    private Duration timeout = Duration.ofSeconds(10);
    private int maxRedirects = 5;
    private int maxRetries = 3;
    private Duration maxRetryWait = Duration.ofSeconds(30);
    private Duration firstBackoff = Duration.ofSeconds(1);
    private final List<Pattern> skipPatterns = new ArrayList<>();
    private Path cacheFile;
    private Duration cacheTimeToLive = Duration.ofHours(24);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets the maximum number of requests in flight at once over all hosts; default 8. */
    public Builder concurrency(int requests) {
      this.concurrency = positive(requests, "concurrency");
      return this;
    }

    /** Sets the maximum number of requests in flight at once to one host and port; default 2. */
    public Builder maxPerHost(int requests) {
      this.maxPerHost = positive(requests, "maxPerHost");
      return this;
    }

    /**
     * Sets the limit on connecting, and separately on waiting for the response headers of one
     * request; default 10 seconds.
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /** Sets the maximum number of redirects followed from one URL; default 5. */
    public Builder maxRedirects(int redirects) {
      this.maxRedirects = notNegative(redirects, "maxRedirects");
      return this;
    }

    /**
     * Sets the maximum number of retries of a request that gets {@code 429} or {@code 503};
     * default 3.
     */
    public Builder maxRetries(int retries) {
      this.maxRetries = notNegative(retries, "maxRetries");
      return this;
    }

    /**
     * Sets the longest wait before one retry; default 30 seconds. When {@code Retry-After} requests
     * a longer wait, the status is reported without a retry.
     */
    public Builder maxRetryWait(Duration wait) {
      this.maxRetryWait = Objects.requireNonNull(wait, "wait");
      if (wait.isNegative()) {
        throw new IllegalArgumentException("maxRetryWait must not be negative: " + wait);
      }
      return this;
    }

    /**
     * Sets the wait before the first retry when a response has no valid {@code Retry-After}; it
     * doubles for each further retry. Default 1 second.
     */
    public Builder firstBackoff(Duration wait) {
      this.firstBackoff = positive(wait, "firstBackoff");
      return this;
    }

    /** Adds a pattern; links in which it is found anywhere are not checked. */
    public Builder skip(Pattern pattern) {
      skipPatterns.add(Objects.requireNonNull(pattern, "pattern"));
      return this;
    }

    /**
     * Sets the JSON file that remembers the URLs that passed, and how long such a result is
     * trusted. Without a file, which is the default, every URL is requested.
     */
    public Builder cache(Path file, Duration timeToLive) {
      this.cacheFile = Objects.requireNonNull(file, "file");
      this.cacheTimeToLive = positive(timeToLive, "timeToLive");
      return this;
    }

    /** Sets the clock for cache times and {@code Retry-After} dates; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Returns a checker with the settings of this builder. */
    public ExternalLinkChecker build() {
      return new ExternalLinkChecker(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + value);
      }
      return value;
    }

    private static int notNegative(int value, String name) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return value;
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
