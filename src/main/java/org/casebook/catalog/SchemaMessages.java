package org.casebook.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import org.casebook.diag.Diagnostic;

/** Words a schema violation the way a writer needs it: which key, what was expected, the fix. */
final class SchemaMessages {
  private final JsonNode schemaTree;
  private final YamlDocument document;

  SchemaMessages(JsonNode schemaTree, YamlDocument document) {
    this.schemaTree = schemaTree;
    this.document = document;
  }

  Diagnostic describe(Error error, String pointer) {
    JsonNode subschema = subschema(error);
    String where = YamlDocument.displayPath(pointer);
    SourceFile source = document.source();
    return switch (error.getKeyword()) {
      case "additionalProperties" -> unknownKey(error, pointer, subschema);
      case "required" ->
          source.error(
              document.valueAt(pointer),
              "missing required key `" + error.getProperty() + "`" + in(pointer),
              "add `" + error.getProperty() + ":` with a value");
      case "type" -> wrongType(pointer, subschema);
      case "minLength" ->
          source.error(document.valueAt(pointer), "`" + where + "` is empty", "write a value");
      case "minItems" ->
          source.error(
              document.valueAt(pointer),
              "`" + where + "` is an empty list",
              "list at least one item");
      case "pattern" ->
          source.error(
              document.valueAt(pointer),
              "`" + where + "` value `" + text(pointer) + "` is not a valid slug",
              "a slug may not contain whitespace, `/`, `\\`, `#`, `?` or `%`, and may not be"
                  + " `.` or `..`");
      default ->
          source.error(document.valueAt(pointer), where + ": " + error.getMessage(), "");
    };
  }

  private Diagnostic unknownKey(Error error, String pointer, JsonNode subschema) {
    String key = error.getProperty();
    String keyPointer = YamlDocument.child(pointer, key);
    List<String> valid = new ArrayList<>();
    subschema.path("properties").fieldNames().forEachRemaining(valid::add);
    String message = "unknown key `" + key + "`" + in(pointer);
    String closest = Suggestions.closest(key, valid);
    if (closest != null) {
      message += "; did you mean `" + closest + "`?";
    }
    return document
        .source()
        .error(document.keyAt(keyPointer), message, "valid keys are " + String.join(", ", valid));
  }

  private Diagnostic wrongType(String pointer, JsonNode subschema) {
    JsonNode value = document.root().at(pointer);
    String where = YamlDocument.displayPath(pointer);
    SourceFile source = document.source();
    Position at = document.valueAt(pointer);
    if (value.isNull()) {
      return source.error(at, "`" + where + "` is empty", "write a value after the colon");
    }
    String expected = describeType(subschema.path("type"));
    return source.error(
        at,
        "`" + where + "` must be " + expected + ", not " + describeValue(value),
        expected.startsWith("a list") ? "write the items as `[a, b]` or one `- item` per line" : "");
  }

  private static String describeType(JsonNode type) {
    String first = type.isArray() ? type.get(0).asText() : type.asText();
    return switch (first) {
      case "array" -> "a list";
      case "object" -> "a mapping of keys";
      default -> "text";
    };
  }

  private static String describeValue(JsonNode value) {
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "a mapping";
    }
    return "text `" + value.asText() + "`";
  }

  private static String in(String pointer) {
    return pointer.isEmpty() ? "" : " in " + YamlDocument.displayPath(pointer);
  }

  private String text(String pointer) {
    return document.root().at(pointer).asText();
  }

  /** Returns the schema object that contains the failed keyword. */
  private JsonNode subschema(Error error) {
    String fragment = SchemaValidator.toPointer(error.getSchemaLocation().getFragment());
    int cut = fragment.lastIndexOf('/');
    return cut < 0 ? schemaTree : schemaTree.at(fragment.substring(0, cut));
  }
}
