/**
 * A development server: builds the site in memory, serves it over HTTP on a loopback address,
 * rebuilds when content or templates change, and signals open pages to reload through
 * Server-Sent Events.
 */
package org.casebook.serve;
