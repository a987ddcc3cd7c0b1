/**
 * Link integrity checks for a folder of generated HTML.
 *
 * <p>{@link org.casebook.linkcheck.LinkChecker} parses every {@code *.html} page of a site once
 * with jsoup and reports internal links that point at missing files, missing folder index pages,
 * missing element ids or places outside the site, plus ids that occur twice on one page. External
 * links are skipped and nothing is fetched over the network.
 *
 * <p>Public methods reject null arguments with a {@link NullPointerException} that names the
 * parameter, and never return null.
 */
package org.casebook.linkcheck;
