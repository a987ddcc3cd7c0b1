package org.casebook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerHttpTest {
  private static final String SECRET = "secret-value-7f3a9c";

  @TempDir static Path dir;
  private static ServedSite site;

  @BeforeAll
  static void start() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), SECRET);
    site = new ServedSite(dir);
  }

  @AfterAll
  static void stop() throws IOException {
    site.close();
  }

  @Test
  void traversalNeverReadsOutsideSite() throws Exception {
    List<String> targets = List.of(
        "/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt",
        "/assets/..\\..\\secret.txt", "//secret.txt", "/%2F..%2Fsecret.txt", "/secret.txt%00",
        "/%00", "/index.html%00.css", "/%c0%ae%c0%ae/secret.txt", "/./index.html",
        "/" + dir.resolve("secret.txt"), "/%2F" + dir.resolve("secret.txt").toString().substring(1),
        "/C:/secret.txt", "/%zz");

    for (String target : targets) {
      String response = site.rawRequest(target);
      assertThat(response).as(target).doesNotContain(SECRET);
      assertThat(response).as(target).matches("(?s)HTTP/1\\.1 (400|404) .*");
    }
  }

  @Test
  void contentTypesNameCharset() throws Exception {
    assertThat(type("/")).isEqualTo("text/html; charset=utf-8");
    assertThat(type("/assets/site.css")).isEqualTo("text/css; charset=utf-8");
    assertThat(type("/catalog.json")).isEqualTo("application/json; charset=utf-8");
  }

  @Test
  void everyResponseIsNotCached() throws Exception {
    for (String path : List.of("/", "/catalog.json", "/missing", "/goals/optimize-advertising")) {
      assertThat(site.get(path).headers().firstValue("Cache-Control")).as(path)
          .contains("no-store");
    }
  }

  @Test
  void folderWithoutSlashRedirects() throws Exception {
    HttpResponse<String> response = site.get("/goals/optimize-advertising?x=1");

    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(response.headers().firstValue("Location"))
        .contains("/goals/optimize-advertising/?x=1");
  }

  @Test
  void missingPageGives404Page() throws Exception {
    HttpResponse<String> response = site.get("/no-such-page/");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("text/html; charset=utf-8");
    assertThat(org.jsoup.Jsoup.parse(response.body()).selectFirst("h1").text())
        .isEqualTo("Page not found");
  }

  @Test
  void headMatchesGetWithoutBody() throws Exception {
    HttpResponse<String> get = site.get("/assets/site.css");
    HttpResponse<String> head = site.send("HEAD", "/assets/site.css");

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type"))
        .isEqualTo(get.headers().firstValue("Content-Type"));
    assertThat(head.headers().firstValueAsLong("Content-Length"))
        .hasValue(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
  }

  @Test
  void otherMethodsGive405() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
      HttpResponse<String> response = site.send(method, "/");
      assertThat(response.statusCode()).as(method).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).as(method).contains("GET, HEAD");
    }
  }

  @Test
  void portInUseIsUsageError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new String[] {"serve", "--port", "" + taken.getLocalPort(),
          "--content", site.content.toString(), "--templates", site.templates.toString()},
          new PrintWriter(out), new PrintWriter(err));

      assertThat(code).isEqualTo(Main.USAGE);
      assertThat(err.toString()).contains("port " + taken.getLocalPort());
      assertThat(err.toString()).contains("--port 0");
      assertThat(err.toString()).doesNotContain("Exception");
    }
  }

  private static String type(String path) throws Exception {
    return site.get(path).headers().firstValue("Content-Type").orElse("");
  }
}
