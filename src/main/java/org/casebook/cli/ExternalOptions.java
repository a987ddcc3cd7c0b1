package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.casebook.linkcheck.external.ExternalLinkChecker;
import picocli.CommandLine.Option;

/** The options of {@code check} for links that leave the site. */
final class ExternalOptions {
  /** Upper bound of --external-concurrency, because each request in flight takes a thread. */
  private static final int MAX_CONCURRENCY = 256;

  @Option(names = "--external",
      description = "Also checks the http and https links by requesting them. Off by default;"
          + " a build never does this.")
  boolean enabled;

  @Option(names = "--external-concurrency", paramLabel = "N", defaultValue = "8",
      description = "Maximum number of external requests in flight at once (default:"
          + " ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--external-per-host", paramLabel = "N", defaultValue = "2",
      description = "Maximum number of external requests in flight at once to one host and port"
          + " (default: ${DEFAULT-VALUE}).")
  int perHost;

  @Option(names = "--external-timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Time limit in seconds for connecting, and again for the response headers,"
          + " of each external request (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--external-max-redirects", paramLabel = "N", defaultValue = "5",
      description = "Maximum number of redirects followed from one external link (default:"
          + " ${DEFAULT-VALUE}).")
  int maxRedirects;

  @Option(names = "--external-cache", paramLabel = "FILE",
      defaultValue = ".casebook-link-cache.json",
      description = "JSON file that remembers which external URLs passed, so they are not"
          + " requested again until the cache time to live ends (default: ${DEFAULT-VALUE},"
          + " in the current folder).")
  Path cacheFile;

  @Option(names = "--external-cache-ttl", paramLabel = "HOURS", defaultValue = "24",
      description = "Hours a passed external URL is trusted without a new request; 0 turns the"
          + " cache off (default: ${DEFAULT-VALUE}).")
  long cacheHours;

  @Option(names = "--external-skip", paramLabel = "REGEX",
      description = "Java regular expression; external links in which it is found are not"
          + " checked. Repeat the option for several patterns.")
  List<String> skip = new ArrayList<>();

  /** Returns the configured checker, or null after printing which option is invalid. */
  ExternalLinkChecker toChecker(PrintWriter err) {
    String invalid = firstInvalidNumber();
    if (invalid != null) {
      err.println("casebook: " + invalid);
      return null;
    }
    ExternalLinkChecker.Builder builder =
        ExternalLinkChecker.builder()
            .concurrency(concurrency)
            .maxPerHost(perHost)
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .maxRedirects(maxRedirects);
    if (cacheHours > 0) {
      builder.cache(cacheFile, Duration.ofHours(cacheHours));
    }
    for (String regex : skip) {
      try {
        builder.skip(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        err.println("casebook: invalid --external-skip '" + regex + "': "
            + e.getDescription() + " near index " + e.getIndex());
        err.println("  give a Java regular expression, such as:"
            + " --external-skip '^https://localhost'");
        return null;
      }
    }
    return builder.build();
  }

  private String firstInvalidNumber() {
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      return "invalid --external-concurrency " + concurrency + ": give a number from 1 to "
          + MAX_CONCURRENCY;
    }
    if (perHost < 1) {
      return "invalid --external-per-host " + perHost + ": give at least 1";
    }
    if (timeoutSeconds < 1) {
      return "invalid --external-timeout " + timeoutSeconds + ": give at least 1 second";
    }
    if (maxRedirects < 0) {
      return "invalid --external-max-redirects " + maxRedirects + ": give 0 or more";
    }
    if (cacheHours < 0 || cacheHours > 24L * 365 * 100) {
      return "invalid --external-cache-ttl " + cacheHours + ": give hours from 0 to 876000";
    }
    return null;
  }
}
