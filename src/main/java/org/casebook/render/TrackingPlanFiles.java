package org.casebook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.casebook.catalog.UseCase;

/**
 * Writes a {@link TrackingPlan} as {@code tracking-plan.csv} and {@code tracking-plan.json}.
 *
 * <p>The CSV file is UTF-8 without a byte order mark, follows RFC 4180 (CRLF line ends, fields
 * quoted only when they hold a comma, quote or line break) and has the header {@code
 * event,properties,use_cases}. The two list columns join their items with {@code "; "}. The JSON
 * file is {@code {"goal"|"useCase": {"slug", "title"}, "events": [{"name", "slug", "properties":
 * [..], "useCases": [slugs]}]}}.
 */
final class TrackingPlanFiles {
  static final String CSV_NAME = "tracking-plan.csv";
  static final String JSON_NAME = "tracking-plan.json";

  /** Separator of the items in the list columns of the CSV file. */
  static final String LIST_SEPARATOR = "; ";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TrackingPlanFiles() {}

  // NOTE: a property name that contains "; " is indistinguishable from two names in the CSV
  // file, but the JSON file keeps every name intact.
  /**
   * Returns a cell's text, with a leading apostrophe where it starts with {@code =}, {@code +},
   * {@code -}, {@code @}, tab or carriage return, so a spreadsheet shows it as text instead of
   * running it as a formula.
   */
  static String cell(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  static byte[] csv(TrackingPlan plan) {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader("event", "properties", "use_cases").get();
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (TrackingPlan.PlannedEvent planned : plan.events()) {
        printer.printRecord(
            cell(planned.event().name()),
            cell(String.join(LIST_SEPARATOR, planned.event().properties())),
            cell(planned.useCases().stream().map(UseCase::slug)
                .collect(Collectors.joining(LIST_SEPARATOR))));
      }
    } catch (IOException e) {
      // A StringWriter does not fail, so this is not expected to happen.
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the JSON form of a plan.
   *
   * @param subjectKey {@code goal} or {@code useCase}, the key of the object that names what the
   *     plan is for
   */
  static byte[] json(String subjectKey, String slug, String title, TrackingPlan plan) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode subject = root.putObject(subjectKey);
    subject.put("slug", slug);
    subject.put("title", title);
    ArrayNode events = root.putArray("events");
    for (TrackingPlan.PlannedEvent planned : plan.events()) {
      ObjectNode node = events.addObject();
      node.put("name", planned.event().name());
      node.put("slug", planned.event().slug());
      ArrayNode properties = node.putArray("properties");
      planned.event().properties().forEach(properties::add);
      ArrayNode useCases = node.putArray("useCases");
      planned.useCases().forEach(useCase -> useCases.add(useCase.slug()));
    }
    // A fixed "\n" indenter: Jackson's default uses the platform's line separator.
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return (MAPPER.writer(printer).writeValueAsString(root) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("failed to write " + JSON_NAME, e);
    }
  }
}
