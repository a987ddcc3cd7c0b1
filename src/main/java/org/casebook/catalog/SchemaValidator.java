package org.casebook.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casebook.diag.Diagnostic;

/**
 * Validates content files against the JSON Schemas shipped in {@code /schemas/} and turns each
 * schema violation into a diagnostic at the writer's line and column.
 *
 * <p>The same schemas are what editors use for completion, so the build and the editor agree.
 * Thread-safe once constructed.
 */
final class SchemaValidator {
  private final Map<ContentKind, Schema> schemas = new EnumMap<>(ContentKind.class);
  private final Map<ContentKind, JsonNode> schemaTrees = new EnumMap<>(ContentKind.class);

  SchemaValidator() {
    ObjectMapper mapper = new ObjectMapper();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (ContentKind kind : ContentKind.values()) {
      try (InputStream in = SchemaValidator.class.getResourceAsStream(kind.schemaResource())) {
        if (in == null) {
          throw new IllegalStateException("missing schema resource " + kind.schemaResource());
        }
        JsonNode tree = mapper.readTree(in);
        schemaTrees.put(kind, tree);
        schemas.put(kind, registry.getSchema(tree));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read schema " + kind.schemaResource(), e);
      }
    }
  }

  /** Returns one diagnostic per schema violation, or an empty list when the file is valid. */
  List<Diagnostic> validate(ContentKind kind, YamlDocument document) {
    SourceFile source = document.source();
    if (!document.root().isObject()) {
      String found = document.root().isNull() ? "the file is empty" : "the file is not a mapping";
      return List.of(source.error(new Position(1, 1), found + "; " + kind.shape(), ""));
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Error error : schemas.get(kind).validate(document.root())) {
      out.add(describe(kind, document, error));
    }
    return out;
  }

  private Diagnostic describe(ContentKind kind, YamlDocument document, Error error) {
    String pointer = toPointer(error.getInstanceLocation());
    SchemaMessages messages = new SchemaMessages(schemaTrees.get(kind), document);
    return messages.describe(error, pointer);
  }

  /** Builds a JSON Pointer from a validator path's segments. */
  static String toPointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
