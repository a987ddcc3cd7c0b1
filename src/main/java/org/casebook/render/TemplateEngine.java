package org.casebook.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.casebook.diag.BuildFailedException;
import org.casebook.diag.Diagnostic;

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

  TemplateEngine(Path templatesDir) throws IOException {
    this.templatesDir = templatesDir;
    config = new Configuration(VERSION);
    config.setDirectoryForTemplateLoading(templatesDir.toFile());
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
  }

  /**
   * Renders a template with a data model.
   *
   * @throws BuildFailedException naming the template file, line and column on any template error
   */
  String render(String name, Map<String, Object> model) {
    try {
      Template template = config.getTemplate(name);
      StringWriter out = new StringWriter(8192);
      template.process(model, out);
      return out.toString();
    } catch (ParseException e) {
      throw new BuildFailedException(
          Diagnostic.error(
              display(e.getTemplateName() == null ? name : e.getTemplateName()), e.getLineNumber(),
              e.getColumnNumber(),
              "template syntax error: " + firstLine(e.getEditorMessage())));
    } catch (TemplateException e) {
      Integer line = e.getLineNumber();
      Integer column = e.getColumnNumber();
      throw new BuildFailedException(
          Diagnostic.error(
                  display(e.getTemplateSourceName() == null ? name : e.getTemplateSourceName()),
                  line == null ? 0 : line,
                  column == null ? 0 : column,
                  "template error: " + firstLine(e.getMessageWithoutStackTop()))
              .withHint(e.getBlamedExpressionString() == null
                  ? "" : "the failing expression is ${" + e.getBlamedExpressionString() + "}"));
    } catch (IOException e) {
      throw new BuildFailedException(
          Diagnostic.error(display(name), 0, 0, "cannot read template: " + e.getMessage())
              .withHint("templates live in " + templatesDir + "; pass another folder with"
                  + " --templates DIR"));
    }
  }

  /** Returns whether the templates folder holds a template of that name. */
  boolean exists(String name) {
    return Files.isRegularFile(templatesDir.resolve(name));
  }

  private String display(String templateName) {
    return templatesDir.resolve(templateName).toString();
  }

  private static String firstLine(String message) {
    String trimmed = message == null ? "" : message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }
}
