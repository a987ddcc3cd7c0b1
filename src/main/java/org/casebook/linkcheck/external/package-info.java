/**
 * Checks of the links that leave a site, over HTTP.
 *
 * <p>{@link org.casebook.linkcheck.external.ExternalLinkChecker} requests each distinct {@code
 * http} or {@code https} URL once per run, with bounded concurrency overall and per host, manual
 * redirects, retries on {@code 429} and {@code 503}, and an optional file cache of successes. It
 * is used only by {@code casebook check --external}, never by a build.
 *
 * <p>Public methods reject null arguments with a {@link NullPointerException} that names the
 * parameter, and never return null.
 */
package org.casebook.linkcheck.external;
