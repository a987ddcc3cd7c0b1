package org.casebook.linkcheck.external;

import java.time.Duration;

/**
 * Settings of the requests for one URL.
 *
 * @param timeout the limit on connecting, and separately on waiting for the response headers
 * @param maxRedirects the maximum number of redirects followed from one URL
 * @param maxRetries the maximum number of retries of a request that gets {@code 429} or {@code
 *     503}
 * @param maxRetryWait the longest wait before a retry; a longer {@code Retry-After} is not waited
 *     for, and the status is reported instead
 * @param firstBackoff the wait before the first retry when the response has no usable {@code
 *     Retry-After}; it doubles for each further retry
 * @param userAgent the {@code User-Agent} header sent with every request
 */
record ProbeSettings(
    Duration timeout,
    int maxRedirects,
    int maxRetries,
    Duration maxRetryWait,
    Duration firstBackoff,
    String userAgent) {}
