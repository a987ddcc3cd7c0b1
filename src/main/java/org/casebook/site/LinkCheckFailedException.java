package org.casebook.site;

import java.util.List;
import org.casebook.catalog.DescriptionLink;
import org.casebook.linkcheck.LinkCheckReport;

/** Thrown when the generated site has broken links; nothing was written. */
public final class LinkCheckFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient LinkCheckReport report;
  private final transient List<DescriptionLink> descriptionLinks;

  /**
   * @param descriptionLinks the links written in the catalog's Markdown fields, to trace broken
   *     links back to the content files
   */
  public LinkCheckFailedException(
      LinkCheckReport report, List<DescriptionLink> descriptionLinks) {
    super(report.problems().size() + " broken link(s) in the generated site");
    this.report = report;
    this.descriptionLinks = List.copyOf(descriptionLinks);
  }

  public LinkCheckReport report() {
    return report;
  }

  /** Returns the links written in the catalog's Markdown fields. */
  public List<DescriptionLink> descriptionLinks() {
    return descriptionLinks;
  }
}
