package org.casebook.render;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code <@cached key=[...]>...</@cached>} directive: renders its body once per key and
 * repeats the stored output wherever the same key comes again, in this render or a later one.
 *
 * <p>The key must hold every value the body reads, such as {@code [entry, goal.title, root]}:
 * two calls with equal keys at the same place in a template give the same output. The body must
 * not assign variables that the template reads after it, because a stored body does not run.
 * Stored output is dropped when the templates change, and when no page of the site uses it.
 */
final class CachedDirective implements TemplateDirectiveModel {
  private final Map<Key, Stored> stored = new ConcurrentHashMap<>();

  /**
   * A body's output with the keys of the {@code <@cached>} calls inside it. A page that repeats
   * the output uses those keys too, so they stay stored for the next time the body runs.
   */
  private record Stored(byte[] bytes, Set<Object> nested) {}

  /** The keys the page being rendered on this thread has used. */
  private final ThreadLocal<Set<Object>> pageKeys = new ThreadLocal<>();

  /**
   * The place of a call in a template and the values it was given. The hash is computed once,
   * because hashing deep catalog records is slow and a key is hashed several times per render.
   */
  private static final class Key {
    private final String template;
    private final int line;
    private final int column;
    private final Object values;
    private final int hash;

    Key(String template, int line, int column, Object values) {
      this.template = template;
      this.line = line;
      this.column = column;
      this.values = values;
      this.hash = Objects.hash(template, line, column, values);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && hash == key.hash && line == key.line
          && column == key.column && template.equals(key.template)
          && Objects.equals(values, key.values);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  @Override
  public void execute(
      Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
      throws TemplateException, IOException {
    if (params.size() != 1 || !params.containsKey("key")) {
      throw new TemplateModelException(
          "cached needs exactly one parameter, key, such as key=[entry, root]; it got "
              + params.keySet());
    }
    if (body == null) {
      throw new TemplateModelException("cached needs a body: <@cached key=...>...</@cached>");
    }
    DirectiveCallPlace place = env.getCurrentDirectiveCallPlace();
    Object values;
    try {
      values = DeepUnwrap.unwrap((TemplateModel) params.get("key"));
    } catch (TemplateModelException e) {
      throw new TemplateModelException("cached needs a key made of data model values, such as"
          + " key=[entry, goal.title, root]; this key holds something else, such as a macro"
          + " or markup", e);
    }
    Key key = new Key(place.getTemplate().getSourceName(), place.getBeginLine(),
        place.getBeginColumn(), values instanceof Object[] array ? Arrays.asList(array) : values);
    Set<Object> keys = pageKeys.get();
    Stored output = stored.get(key);
    if (output == null) {
      Set<Object> nested = new HashSet<>();
      pageKeys.set(nested);
      Utf8Output out = new Utf8Output(1024);
      try {
        body.render(out);
      } finally {
        pageKeys.set(keys);
      }
      output = new Stored(out.toByteArray(), Set.copyOf(nested));
      stored.put(key, output);
    }
    if (keys != null) {
      keys.add(key);
      keys.addAll(output.nested());
    }
    // Stored output is UTF-8, copied as it is into a page being written as UTF-8.
    if (env.getOut() instanceof Utf8Output page) {
      page.writeEncoded(output.bytes());
    } else {
      env.getOut().write(new String(output.bytes(), StandardCharsets.UTF_8));
    }
  }

  /** Starts recording the keys that the page rendered on this thread uses. */
  void beginPage() {
    pageKeys.set(new HashSet<>());
  }

  /** Stops recording and returns the keys the page used since {@link #beginPage()}. */
  Set<Object> endPage() {
    Set<Object> keys = pageKeys.get();
    pageKeys.remove();
    return keys == null ? Set.of() : keys;
  }

  /** Drops stored output whose key is not among {@code live}, the keys of the current pages. */
  void retain(Set<Object> live) {
    stored.keySet().retainAll(live);
  }

  /** Drops all stored output, for example after a template changed. */
  void clear() {
    stored.clear();
  }
}
