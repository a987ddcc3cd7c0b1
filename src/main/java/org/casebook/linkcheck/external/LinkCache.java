package org.casebook.linkcheck.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * JSON file of the URLs that passed a check, each with the time of that check.
 *
 * <p>Only successes are stored, so a broken link is requested again on every run. An entry is
 * fresh while less than the time to live has passed since its check. The file looks like {@code
 * {"format": 1, "checked": {"https://example.org/": "2026-01-01T00:00:00Z"}}}. Not safe to share
 * between threads.
 */
final class LinkCache {

  private static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Duration timeToLive;
  private final SortedMap<String, Instant> checked;

  private LinkCache(Path file, Duration timeToLive, SortedMap<String, Instant> checked) {
    this.file = file;
    this.timeToLive = timeToLive;
    this.checked = checked;
  }

  /**
   * Reads the cache file, or starts an empty cache when it does not exist. Entries that are no
   * longer fresh at now are dropped.
   *
   * @throws IOException if the file cannot be read or is not a cache file of this format
   */
  static LinkCache load(Path file, Duration timeToLive, Instant now) throws IOException {
    SortedMap<String, Instant> checked = new TreeMap<>();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new LinkCache(file, timeToLive, checked);
    }
    LinkCache cache = new LinkCache(file, timeToLive, checked);
    try {
      JsonNode root = JSON.readTree(text);
      boolean valid = root != null && root.path("format").asInt() == FORMAT
          && root.path("checked").isObject();
      if (!valid) {
        throw invalid(file, "expected an object with \"format\": " + FORMAT + " and \"checked\"");
      }
      Iterator<Map.Entry<String, JsonNode>> entries = root.get("checked").fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        Instant time = Instant.parse(entry.getValue().asText());
        if (cache.isFresh(time, now)) {
          checked.put(entry.getKey(), time);
        }
      }
    } catch (JsonProcessingException | DateTimeParseException e) {
      throw invalid(file, e.getMessage());
    }
    return cache;
  }

  /** Returns whether url passed a check that is still fresh at now. */
  boolean isFresh(String url, Instant now) {
    Instant time = checked.get(url);
    return time != null && isFresh(time, now);
  }

  /** Records that url passed a check at now. */
  void putSuccess(String url, Instant now) {
    checked.put(url, now);
  }

  /** Writes the entries sorted by URL, replacing the file in one step where the file system can. */
  void save() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    ObjectNode entries = root.putObject("checked");
    checked.forEach((url, time) -> entries.put(url, time.toString()));
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);

    Path absolute = file.toAbsolutePath();
    Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    Files.write(temporary, bytes);
    try {
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private boolean isFresh(Instant time, Instant now) {
    // A time after now comes from a clock that was changed, so that entry is not trusted.
    return !time.isAfter(now) && time.plus(timeToLive).isAfter(now);
  }

  private static IOException invalid(Path file, String detail) {
    return new IOException("invalid link cache " + file + ": " + detail
        + "; delete the file to start a new cache");
  }
}
