package org.casebook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerLongTargetTest {
  private static final Pattern STATUS_LINE =
      Pattern.compile("HTTP/1\\.1 (\\d{3}) [^\\r\\n]*\\r\\n");

  @TempDir static Path dir;
  private static ServedSite site;

  @BeforeAll
  static void start() throws IOException {
    site = new ServedSite(dir);
  }

  @AfterAll
  static void stop() throws IOException {
    site.close();
  }

  @Test
  void targetOverLimitGets414() throws IOException {
    for (int length : new int[] {SiteHandler.MAX_TARGET_LENGTH + 1, 64 * 1024, 300 * 1024}) {
      String response = site.rawRequest(target(length));

      assertThat(status(response)).as("target of %d characters", length).isEqualTo(414);
      assertThat(response).as("target of %d characters", length)
          .contains("URI too long: " + length + " characters");
    }
  }

  @Test
  void targetAtLimitIsServed() throws IOException {
    String response = site.rawRequest(target(SiteHandler.MAX_TARGET_LENGTH));

    assertThat(status(response)).isEqualTo(404);
  }

  @Test
  void serverAnswersAfterLongTarget() throws IOException {
    assertThat(status(site.rawRequest(target(64 * 1024)))).isEqualTo(414);

    assertThat(status(site.rawRequest("/"))).isEqualTo(200);
  }

  /**
   * Pins a limit of the JDK's server. A request line longer than its maximum line length
   * (389,120 bytes by default in JDK 17.0.15) ends the connection before any handler runs.
   */
  @Test
  void targetOverJdkLimitGetsNoResponse() throws IOException {
    String response = requestIgnoringReset(target(2 * 1024 * 1024));

    assertThat(STATUS_LINE.matcher(response).lookingAt()).as(abbreviate(response)).isFalse();
    assertThat(status(site.rawRequest("/"))).isEqualTo(200);
  }

  private static String target(int length) {
    return "/" + "a".repeat(length - 1);
  }

  private static int status(String response) {
    Matcher matcher = STATUS_LINE.matcher(response);
    assertThat(matcher.lookingAt()).as("status line of: %s", abbreviate(response)).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  /** Sends a request and returns the bytes received, up to a reset of the connection. */
  private static String requestIgnoringReset(String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", site.server.port())) {
      socket.setSoTimeout((int) ServedSite.WAIT.toMillis());
      byte[] received = new byte[0];
      try {
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        received = in.readAllBytes();
      } catch (SocketException e) {
        // The server closed the connection while the request was still arriving.
      }
      return new String(received, StandardCharsets.ISO_8859_1);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
