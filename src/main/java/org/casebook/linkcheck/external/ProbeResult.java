package org.casebook.linkcheck.external;

/**
 * Outcome of checking one URL.
 *
 * @param ok whether the URL, after redirects, responded with a status below 400
 * @param reason why the URL is broken, a lower-case phrase, or empty when ok
 */
record ProbeResult(boolean ok, String reason) {

  static final ProbeResult OK = new ProbeResult(true, "");

  static ProbeResult failed(String reason) {
    return new ProbeResult(false, reason);
  }
}
