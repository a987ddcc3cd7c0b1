package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.testing.ContentFixture;
import org.casebook.testing.ContentFixture.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  private static final Pattern SERVING = Pattern.compile("serving (http://\\S+) ");
  private static final long WAIT_MILLIS = 10_000;

  @TempDir Path dir;

  @Test
  void helpDescribesQuietPeriod() {
    Run run = Run.of("serve", "--help");

    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(run.out()).contains("--quiet-period=MILLIS");
    assertThat(run.out()).contains("default: 25");
  }

  @Test
  void quietPeriodOutOfRangeIsUsageError() throws IOException {
    // The port is taken, so if the value were accepted, starting fails at once instead of serving.
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      String port = Integer.toString(taken.getLocalPort());
      for (String value : new String[] {"-1", "10001", "2147483647"}) {
        Run run = Run.of("serve", "--port", port, "--quiet-period", value);

        assertThat(run.exitCode()).as(value).isEqualTo(Main.USAGE);
        assertThat(run.err()).as(value).contains("invalid --quiet-period " + value);
        assertThat(run.err()).as(value).contains("from 0 to 10000");
        assertThat(run.out()).as(value).doesNotContain("serving");
      }
    }
  }

  @Test
  void nonNumericQuietPeriodIsUsageError() {
    Run run = Run.of("serve", "--port", "0", "--quiet-period", "1s");

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("--quiet-period").contains("'1s'");
  }

  @Test
  void validQuietPeriodStartsServer() throws Exception {
    Path content = new ContentFixture().write(dir);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread serve = new Thread(() -> exitCode.set(Main.run(new String[] {"serve", "--port", "0",
        "--quiet-period", "10000", "--content", content.toString(),
        "--templates", ContentFixture.TEMPLATES.toString()},
        new PrintWriter(out), new PrintWriter(err))), "serve-command-test");
    serve.start();
    try {
      URI home = awaitAddress(out, err);

      assertThat(get(home).statusCode()).isEqualTo(200);
    } finally {
      serve.interrupt();
      serve.join(WAIT_MILLIS);
    }
    assertThat(serve.isAlive()).isFalse();
    assertThat(exitCode.get()).isEqualTo(Main.OK);
  }

  private static URI awaitAddress(StringWriter out, StringWriter err)
      throws InterruptedException {
    long end = System.nanoTime() + WAIT_MILLIS * 1_000_000;
    while (System.nanoTime() < end) {
      Matcher matcher = SERVING.matcher(out.toString());
      if (matcher.find()) {
        return URI.create(matcher.group(1));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no 'serving' line within " + WAIT_MILLIS + " ms; output: " + out
        + "; errors: " + err);
  }

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
