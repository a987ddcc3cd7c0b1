package org.casebook.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casebook.catalog.CatalogLimits;
import org.casebook.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates every page of the real site with the Nu HTML Checker. The checker's jar comes from
 * the npm package vnu-jar; set VNU_JAR to its path, or install it with
 * {@code npm install --prefix target/vnu vnu-jar@26.9.27}.
 */
class HtmlValidityTest {
  private static final Path DEFAULT_JAR =
      Path.of("target", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

  @TempDir Path folder;

  @Test
  void everyPageIsValidHtml() throws IOException, InterruptedException {
    Path jar = checkerJar();
    Path out = folder.resolve("site");
    BuildResult result = new SiteBuilder(new BuildOptions(Path.of("content"),
        Path.of("templates"), out, "/", "", CatalogLimits.DEFAULTS)).build();
    assertThat(result.pages()).isGreaterThan(40);

    Path report = folder.resolve("vnu.json");
    Process process = new ProcessBuilder(javaCommand(), "-jar", jar.toString(), "--errors-only",
        "--skip-non-html", "--format", "json", out.toString())
        .redirectError(report.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("checker finished in 5 minutes").isTrue();

    JsonNode messages = new ObjectMapper().readTree(report.toFile()).path("messages");
    List<String> errors = new ArrayList<>();
    for (JsonNode message : messages) {
      errors.add(message.path("url").asText() + ":" + message.path("lastLine").asText() + ": "
          + message.path("message").asText());
    }
    assertThat(errors).isEmpty();
    assertThat(process.exitValue()).isZero();
  }

  private static Path checkerJar() {
    String configured = System.getenv("VNU_JAR");
    Path jar = configured == null || configured.isBlank() ? DEFAULT_JAR : Path.of(configured);
    ExternalTool.require(Files.isRegularFile(jar), "HTML validation skipped: " + jar + " not found; run"
        + " npm install --prefix target/vnu vnu-jar@26.9.27 or set VNU_JAR to vnu.jar");
    return jar;
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
