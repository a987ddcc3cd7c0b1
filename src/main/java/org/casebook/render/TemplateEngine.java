package org.casebook.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Severity;

/**
 * FreeMarker set up for generating HTML from a templates folder.
 *
 * <p>Templates ending in {@code .ftlh} escape every interpolation as HTML. Errors are rethrown,
 * never written into a page, and a missing value is an error rather than an empty string. Locale,
 * time zone and number format are fixed so that output does not depend on the machine. A template
 * may be processed from several threads at once.
 */
final class TemplateEngine {
  private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

  private final Configuration config;
  private final Path templatesDir;
  private final CachedDirective cached = new CachedDirective();

  /**
   * Names, relative to the templates folder, of the files FreeMarker has loaded, so that the
   * fingerprint covers included files whose names do not end in {@code .ftlh}.
   */
  private final Set<String> loaded = ConcurrentHashMap.newKeySet();

  TemplateEngine(Path templatesDir) throws IOException {
    this.templatesDir = templatesDir;
    config = new Configuration(VERSION);
    config.setTemplateLoader(new RecordingLoader(new FileTemplateLoader(templatesDir.toFile())));
    config.setDefaultEncoding("UTF-8");
    config.setOutputEncoding("UTF-8");
    config.setRecognizeStandardFileExtensions(true);
    config.setOutputFormat(HTMLOutputFormat.INSTANCE);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setAPIBuiltinEnabled(false);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    config.setBooleanFormat("c");
    config.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
    config.setSharedVariable("cached", cached);
    // Check a template file for changes on every use, so a long-running dev server picks up edits.
    config.setTemplateUpdateDelayMilliseconds(0);
  }

  /**
   * Parses every {@code .ftlh} template of the folder into FreeMarker's cache. A template with a
   * syntax error is left for {@link #render} to report with its position.
   */
  void warmUp() throws IOException {
    try (var files = Files.list(templatesDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList()) {
        try {
          config.getTemplate(file.getFileName().toString());
        } catch (ParseException e) {
          // Reported, with its position, when a page uses the template.
        }
      }
    }
  }

  /**
   * Renders a template with a data model.
   *
   * @throws BuildFailedException naming the template file, line and column on any template error
   */
  String render(String name, Map<String, Object> model) {
    return new String(renderBytes(name, model, 8192), StandardCharsets.UTF_8);
  }

  /**
   * Renders a template with a data model into UTF-8 bytes.
   *
   * @param sizeHint the expected size in bytes, such as the page's size in the previous render
   * @throws BuildFailedException naming the template file, line and column on any template error
   */
  byte[] renderBytes(String name, Map<String, Object> model, int sizeHint) {
    try {
      Template template = config.getTemplate(name);
      Utf8Output out = new Utf8Output(sizeHint);
      template.process(model, out);
      return out.toByteArray();
    } catch (ParseException e) {
      throw syntaxError(name, e);
    } catch (TemplateException e) {
      String file = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
      int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
      int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
      String expression = e.getBlamedExpressionString();
      String message =
          e instanceof InvalidReferenceException && expression != null
              ? "template error: `" + expression + "` is null or missing"
              : "template error: " + summary(e.getMessageWithoutStackTop());
      String hint =
          e instanceof InvalidReferenceException
              ? "check the name against the data model, or write `" + expression
                  + "!` where an empty value is fine"
              : "";
      throw new BuildFailedException(
          new Diagnostic(display(file), line, column, Severity.ERROR, message, hint,
              sourceLine(file, line)));
    } catch (IOException e) {
      // FreeMarker caches a failed parse and later reports it as an IOException whose cause is
      // the original ParseException.
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof ParseException parse) {
          throw syntaxError(name, parse);
        }
      }
      throw new BuildFailedException(
          Diagnostic.error(display(name), 0, 0, "cannot read template: " + e.getMessage())
              .withHint("templates live in " + templatesDir + "; pass another folder with"
                  + " --templates DIR"));
    }
  }

  /**
   * Drops FreeMarker's parsed templates. FreeMarker reparses a file only when its modification
   * time changes, which misses an edit within one tick of the file system clock.
   */
  void clearParsedTemplates() {
    config.clearTemplateCache();
  }

  /** Returns the store of the {@code <@cached>} directive. */
  CachedDirective cached() {
    return cached;
  }

  /**
   * Returns a summary of the name and CRC-32 of every {@code .ftlh} file and of every other file
   * that a template has included or imported so far, such as a {@code .ftl} part or an inlined
   * SVG. It changes whenever a template is added, removed or edited.
   */
  String fingerprint() throws IOException {
    SortedSet<Path> files = new TreeSet<>();
    try (var walk = Files.walk(templatesDir)) {
      walk.filter(f -> f.toString().endsWith(".ftlh")).forEach(files::add);
    }
    for (String name : loaded) {
      files.add(templatesDir.resolve(name));
    }
    StringBuilder out = new StringBuilder();
    for (Path file : files) {
      out.append(templatesDir.relativize(file)).append(' ');
      if (Files.isRegularFile(file)) {
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        out.append(crc.getValue());
      } else {
        out.append("missing");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** A template loader that records the name of every template it finds. */
  private final class RecordingLoader implements TemplateLoader {
    private final TemplateLoader files;

    RecordingLoader(TemplateLoader files) {
      this.files = files;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
      Object source = files.findTemplateSource(name);
      if (source != null) {
        loaded.add(name);
      }
      return source;
    }

    @Override
    public long getLastModified(Object source) {
      return files.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
      return files.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
      files.closeTemplateSource(source);
    }
  }


  /** Returns a line of a template file for the diagnostic, or empty when it cannot be read. */
  private String sourceLine(String templateName, int line) {
    try {
      List<String> lines = Files.readAllLines(templatesDir.resolve(templateName));
      return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private String display(String templateName) {
    return templatesDir.resolve(templateName).toString();
  }

  private BuildFailedException syntaxError(String name, ParseException e) {
    String file = e.getTemplateName() == null ? name : e.getTemplateName();
    return new BuildFailedException(
        new Diagnostic(display(file), e.getLineNumber(), e.getColumnNumber(), Severity.ERROR,
            "template syntax error: " + summary(e.getEditorMessage()), "",
            sourceLine(file, e.getLineNumber())));
  }

  /** Joins the lines of a FreeMarker message into one, without its tips, at most 400 chars. */
  private static String summary(String message) {
    StringBuilder out = new StringBuilder();
    for (String line : (message == null ? "" : message).split("\n")) {
      String text = line.strip();
      if (text.startsWith("----") || text.startsWith("Tip:") || text.startsWith("FTL stack")) {
        break;
      }
      if (!text.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(text);
      }
    }
    return out.length() <= 400 ? out.toString() : out.substring(0, 400) + "…";
  }
}
