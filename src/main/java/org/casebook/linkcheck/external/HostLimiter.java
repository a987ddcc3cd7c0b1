package org.casebook.linkcheck.external;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** Limit on the number of requests in flight to each host and port at once. */
final class HostLimiter {

  private final int maxPerHost;
  private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();

  HostLimiter(int maxPerHost) {
    this.maxPerHost = maxPerHost;
  }

  /** Blocks until the host has a free slot, then takes it. Release it with {@link #release}. */
  void acquire(String host) throws InterruptedException {
    semaphore(host).acquire();
  }

  void release(String host) {
    semaphore(host).release();
  }

  private Semaphore semaphore(String host) {
    return permits.computeIfAbsent(host.toLowerCase(Locale.ROOT), key -> new Semaphore(maxPerHost));
  }
}
