package org.casebook.catalog;

import java.util.List;
import org.casebook.diag.Diagnostic;

/**
 * The resolved catalog: every reference followed, every slug assigned, lists in content order.
 *
 * @param useCases every use case, in order of first appearance under the goals
 * @param events every event, in order of first appearance under the use cases
 * @param warnings problems that do not stop the build, sorted by file, line and column
 * @param descriptionLinks the links written in Markdown fields, sorted by file, line and column
 */
public record Catalog(
    Site site,
    List<Goal> goals,
    List<UseCase> useCases,
    List<Event> events,
    List<Channel> sources,
    List<Channel> destinations,
    List<Diagnostic> warnings,
    List<DescriptionLink> descriptionLinks) {

  /** Creates a catalog whose Markdown fields hold no links worth tracing. */
  public Catalog(Site site, List<Goal> goals, List<UseCase> useCases, List<Event> events,
      List<Channel> sources, List<Channel> destinations, List<Diagnostic> warnings) {
    this(site, goals, useCases, events, sources, destinations, warnings, List.of());
  }
}
