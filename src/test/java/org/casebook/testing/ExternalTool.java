package org.casebook.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Guards tests that need a program outside Maven, such as Chromium or the Nu HTML Checker.
 *
 * <p>On a developer machine a missing program skips the test with a message that gives the step to
 * install it. Under CI (environment variable {@code CI=true}) it fails the test instead, so a
 * broken install step cannot hide behind skipped tests.
 */
public final class ExternalTool {
  private ExternalTool() {}

  public static void require(boolean present, String message) {
    if (present) {
      return;
    }
    if ("true".equals(System.getenv("CI"))) {
      fail(message + " (CI=true, so a missing tool fails the run)");
    }
    assumeTrue(false, message);
  }
}
