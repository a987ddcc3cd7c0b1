package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casebook.testing.SiteHashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds in separate JVMs with different locales and time zones give the same bytes. */
class ReproducibleBuildTest {
  @Test
  void separateJvmsWithOtherLocalesWriteIdenticalFiles(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    buildInNewJvm(first, "en", "US", "UTC");
    buildInNewJvm(second, "de", "DE", "Pacific/Kiritimati");

    Map<String, String> firstHashes = SiteHashes.of(first);
    Map<String, String> secondHashes = SiteHashes.of(second);
    assertThat(firstHashes).hasSizeGreaterThan(50);
    assertThat(secondHashes).isEqualTo(firstHashes);
  }

  private static void buildInNewJvm(Path out, String language, String country, String zone)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.language=" + language);
    command.add("-Duser.country=" + country);
    command.add("-Duser.timezone=" + zone);
    command.add("-Dfile.encoding=" + (language.equals("de") ? "ISO-8859-1" : "UTF-8"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.casebook.cli.Main");
    command.addAll(List.of("build", "--content", "content", "--templates", "templates",
        "--out", out.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("TZ", zone);
    builder.environment().put("LANG", language + "_" + country + ".UTF-8");
    builder.environment().remove("SOURCE_DATE_EPOCH");
    Path log = out.resolveSibling(out.getFileName() + ".log");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    assertThat(out.toFile()).isDirectory();
    assertThat(File.separator).isEqualTo("/");
  }
}
