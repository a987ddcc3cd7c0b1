package org.casebook.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.casebook.diag.Diagnostic;
import org.casebook.markdown.MarkdownRenderer;

/**
 * The values the assembler reads from one valid use-case file. They depend on the file alone, so
 * they are kept while the loader reuses the file's parse, and a load after a small edit reads
 * only the changed files' trees.
 *
 * @param slug the request for the use case's slug
 * @param eventKeys the event names the file lists, in order
 * @param eventRefs the same names with their positions, for messages
 * @param descriptionWarnings the warnings that rendering the description gave
 * @param descriptionLinks the links of the description, with their places
 */
record UseCaseFacts(
    SlugAssigner.Request slug,
    List<String> eventKeys,
    List<Located> eventRefs,
    String title,
    String summary,
    String descriptionHtml,
    List<Diagnostic> descriptionWarnings,
    List<DescriptionLink> descriptionLinks,
    List<String> previousSlugs) {

  static UseCaseFacts of(YamlDocument document, MarkdownRenderer markdown) {
    JsonNode root = document.root();
    List<String> eventKeys = new ArrayList<>();
    for (JsonNode event : root.path("events")) {
      if (event.isTextual()) {
        eventKeys.add(event.asText());
      }
    }
    List<Diagnostic> warnings = new ArrayList<>();
    List<DescriptionLink> links = new ArrayList<>();
    String descriptionHtml =
        new Descriptions(markdown, warnings, links).render(document, "/description");
    return new UseCaseFacts(
        CatalogAssembler.slugRequest(document, "", "title"),
        List.copyOf(eventKeys),
        List.copyOf(Fields.list(document, root.path("events"), "/events")),
        Fields.text(root, "title"),
        Fields.text(root, "summary"),
        descriptionHtml,
        List.copyOf(warnings),
        List.copyOf(links),
        Fields.values(Fields.list(document, "/previous_slugs")));
  }
}
