package org.casebook.linkcheck.external;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parser for the {@code Retry-After} response header of HTTP (RFC 9110). */
final class RetryAfter {

  private RetryAfter() {}

  /**
   * Returns the wait the header requests: a number of seconds, or the time until an HTTP date,
   * which is zero for a date in the past. Returns empty when the value is neither.
   */
  static Optional<Duration> parse(String value, Instant now) {
    String trimmed = value.trim();
    if (trimmed.matches("[0-9]{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
    }
    try {
      Instant date = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, date);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
