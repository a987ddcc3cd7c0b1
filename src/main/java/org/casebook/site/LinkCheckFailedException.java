package org.casebook.site;

import org.casebook.linkcheck.LinkCheckReport;

/** Thrown when the generated site has broken links; nothing was written. */
public final class LinkCheckFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient LinkCheckReport report;

  public LinkCheckFailedException(LinkCheckReport report) {
    super(report.problems().size() + " broken link(s) in the generated site");
    this.report = report;
  }

  public LinkCheckReport report() {
    return report;
  }
}
