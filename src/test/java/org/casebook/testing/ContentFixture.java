package org.casebook.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.casebook.cli.Main;

/**
 * A small valid content folder written to disk, whose files a test can replace one by one.
 *
 * <p>The default catalog has one goal ({@code goals/optimize.yaml}), one use case
 * ({@code use-cases/cart.yaml}) and one event ({@code events/order-completed.yaml}).
 */
public final class ContentFixture {
  /** The project's own templates, used by every fixture build. */
  public static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

  private final Map<String, String> files = new TreeMap<>();

  public ContentFixture() {
    files.put("site.yaml", """
        title: Test reference
        goals:
          - optimize
        """);
    files.put("channels.yaml", """
        sources:
          - name: Website
          - name: Mobile
          - name: Reverse ETL
        destinations:
          - name: Analytics
          - name: Advertising
          - name: Email Marketing
        """);
    files.put("goals/optimize.yaml", """
        title: Optimize advertising
        summary: improve return on ad spend
        use_cases:
          - use_case: cart
            sources: [Website, Mobile]
            destinations: [Advertising]
        """);
    files.put("use-cases/cart.yaml", """
        title: Mitigate cart abandonment
        summary: win back shoppers
        events:
          - order-completed
        """);
    files.put("events/order-completed.yaml", """
        name: Order Completed
        properties: [order_id, total]
        """);
  }

  /** Sets or replaces a file's text; the path is relative to the content folder. */
  public ContentFixture with(String path, String text) {
    files.put(path, text);
    return this;
  }

  /** Removes a default file. */
  public ContentFixture without(String path) {
    files.remove(path);
    return this;
  }

  /** Writes the files into {@code dir}/content and returns that folder. */
  public Path write(Path dir) throws IOException {
    Path content = dir.resolve("content");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = content.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    return content;
  }

  /** Writes the files and runs {@code casebook build} into {@code dir}/site. */
  public Run build(Path dir, String... extraArgs) throws IOException {
    Path content = write(dir);
    String[] base = {
      "build", "--content", content.toString(), "--templates", TEMPLATES.toString(),
      "--out", dir.resolve("site").toString()
    };
    String[] args = new String[base.length + extraArgs.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extraArgs, 0, args, base.length, extraArgs.length);
    return Run.of(args);
  }

  /** The outcome of one in-process command line run. */
  public record Run(int exitCode, String out, String err) {
    public static Run of(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
      return new Run(code, out.toString(), err.toString());
    }
  }
}
