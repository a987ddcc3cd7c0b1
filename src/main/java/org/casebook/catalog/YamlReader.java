package org.casebook.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.diag.BuildFailedException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Parses one YAML content file into a {@link YamlDocument}, streaming parser events into a tree.
 *
 * <p>Building the tree here, rather than with a generic loader, keeps every scalar as the text the
 * writer typed (YAML 1.1 and core-schema type guessing never runs), reports duplicate keys with
 * both lines, and enforces {@link CatalogLimits} while aliases are expanded. Instances are
 * stateless and safe to share between threads.
 */
final class YamlReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final CatalogLimits limits;

  YamlReader(CatalogLimits limits) {
    this.limits = limits;
  }

  /**
   * Parses a file's bytes.
   *
   * @throws BuildFailedException with one diagnostic when the file cannot be read as YAML
   */
  YamlDocument read(String name, byte[] bytes) {
    if (bytes.length > limits.maxFileBytes()) {
      throw new BuildFailedException(
          new SourceFile(name, List.of())
              .error(
                  Position.UNKNOWN,
                  String.format(
                      "file is %,d bytes, over the limit of %,d bytes",
                      bytes.length, limits.maxFileBytes()),
                  "split the file, or raise the limit with --max-file-size"));
    }
    String text = decode(name, bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    SourceFile source = new SourceFile(name, List.of(text.split("\r\n|\r|\n", -1)));
    checkLineLengths(source);
    try {
      return new Builder(source).build(text);
    } catch (MarkedYamlEngineException e) {
      throw new BuildFailedException(syntaxError(source, e));
    } catch (YamlEngineException e) {
      throw new BuildFailedException(
          source.error(Position.UNKNOWN, "invalid YAML: " + e.getMessage(), ""));
    }
  }

  private void checkLineLengths(SourceFile source) {
    for (int i = 0; i < source.lines().size(); i++) {
      int length = source.lines().get(i).length();
      if (length > limits.maxLineLength()) {
        throw new BuildFailedException(
            new org.casebook.diag.Diagnostic(source.name(), i + 1, limits.maxLineLength() + 1,
                org.casebook.diag.Severity.ERROR,
                String.format("line is %,d characters long, over the limit of %,d", length,
                    limits.maxLineLength()),
                "break the text over several lines (a `|` or `>` block keeps it one value), or"
                    + " raise the limit with --max-line-length",
                ""));
      }
    }
  }

  private static String decode(String name, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(buffer).toString();
    } catch (MalformedInputException e) {
      return failOnEncoding(name, bytes, buffer.position());
    } catch (CharacterCodingException e) {
      return failOnEncoding(name, bytes, buffer.position());
    }
  }

  private static String failOnEncoding(String name, byte[] bytes, int offset) {
    String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.length() - before.lastIndexOf('\n');
    throw new BuildFailedException(
        new SourceFile(name, List.of())
            .error(
                new Position(line, column),
                String.format("invalid UTF-8 byte 0x%02X", bytes[Math.min(offset, bytes.length - 1)]),
                "save the file with the UTF-8 encoding"));
  }

  private static org.casebook.diag.Diagnostic syntaxError(
      SourceFile source, MarkedYamlEngineException e) {
    Position at = e.getProblemMark().map(YamlReader::position).orElse(Position.UNKNOWN);
    int tab = leadingTabColumn(source.line(at.line()));
    if (tab > 0) {
      return source.error(
          new Position(at.line(), tab),
          "a tab character indents this line, and YAML allows only spaces for indentation",
          "replace the tab with spaces");
    }
    String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
    String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
    return source.error(at, "invalid YAML: " + problem + context, "");
  }

  /** Returns the 1-based column of the first tab in a line's indentation, or 0. */
  private static int leadingTabColumn(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        return i + 1;
      }
      if (c != ' ' && c != '-') {
        return 0;
      }
    }
    return 0;
  }

  static Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static Position start(Event event) {
    return event.getStartMark().map(YamlReader::position).orElse(Position.UNKNOWN);
  }

  /** One open mapping or sequence while its events stream in. */
  private static final class Frame {
    final JsonNode node;
    final String pointer;
    final Optional<String> anchor;
    final Map<String, Position> seenKeys = new HashMap<>();
    String pendingKey;
    int count = 1;

    Frame(JsonNode node, String pointer, Optional<String> anchor) {
      this.node = node;
      this.pointer = pointer;
      this.anchor = anchor;
    }

    String childPointer() {
      return node.isArray()
          ? YamlDocument.child(pointer, Integer.toString(node.size()))
          : YamlDocument.child(pointer, pendingKey);
    }
  }

  /** A finished anchored node and how many nodes it stands for once expanded. */
  private record Anchored(JsonNode node, int count) {}

  private final class Builder {
    private final SourceFile source;
    private final Map<String, Position> valuePositions = new HashMap<>();
    private final Map<String, Position> keyPositions = new HashMap<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private JsonNode root;
    private long expandedNodes;
    private int documents;

    Builder(SourceFile source) {
      this.source = source;
    }

    YamlDocument build(String text) {
      LoadSettings settings =
          LoadSettings.builder()
              .setLabel(source.name())
              .setCodePointLimit(Integer.MAX_VALUE)
              .setUseMarks(true)
              .build();
      for (Event event : new Parse(settings).parseString(text)) {
        accept(event);
      }
      JsonNode tree = root == null ? NODES.nullNode() : root;
      return new YamlDocument(source, tree, valuePositions, keyPositions);
    }

    private void accept(Event event) {
      switch (event.getEventId()) {
        case DocumentStart -> startDocument(event);
        case MappingStart -> open(event, NODES.objectNode());
        case SequenceStart -> open(event, NODES.arrayNode());
        case MappingEnd, SequenceEnd -> close();
        case Scalar -> scalar((ScalarEvent) event);
        case Alias -> alias((AliasEvent) event);
        default -> {}
      }
    }

    private void startDocument(Event event) {
      documents++;
      if (documents > 1) {
        fail(start(event), "a content file holds one YAML document, and this `---` starts a second",
            "move the second document into a file of its own");
      }
    }

    private void open(Event event, JsonNode node) {
      if (isKeyExpected()) {
        fail(start(event), "a mapping key must be plain text, not a list or mapping", "");
      }
      if (stack.size() >= limits.maxDepth()) {
        fail(start(event),
            "nesting is deeper than the limit of " + limits.maxDepth() + " levels",
            "flatten the structure; no content file needs this depth");
      }
      String pointer = stack.isEmpty() ? "" : stack.peek().childPointer();
      valuePositions.put(pointer, start(event));
      countNodes(1, event);
      stack.push(new Frame(node, pointer, ((NodeEvent) event).getAnchor().map(Object::toString)));
    }

    private void close() {
      Frame done = stack.pop();
      done.anchor.ifPresent(name -> anchors.put(name, new Anchored(done.node, done.count)));
      attach(done.node, done.count);
    }

    private void scalar(ScalarEvent event) {
      Position at = start(event);
      if (isKeyExpected()) {
        Frame map = stack.peek();
        String key = event.getValue();
        Position first = map.seenKeys.putIfAbsent(key, at);
        if (first != null) {
          fail(at,
              String.format(
                  "duplicate key `%s`%s: first at line %d, again at line %d",
                  key,
                  map.pointer.isEmpty() ? "" : " in " + YamlDocument.displayPath(map.pointer),
                  first.line(),
                  at.line()),
              "keep one `" + key + "` and delete the other");
        }
        map.pendingKey = key;
        keyPositions.put(YamlDocument.child(map.pointer, key), at);
        return;
      }
      boolean empty =
          event.getValue().isEmpty()
              && event.getScalarStyle() == ScalarStyle.PLAIN
              && event.getImplicit().canOmitTagInPlainScalar();
      JsonNode node = empty ? NODES.nullNode() : NODES.textNode(event.getValue());
      String pointer = stack.isEmpty() ? "" : stack.peek().childPointer();
      valuePositions.put(pointer, at);
      countNodes(1, event);
      event.getAnchor().ifPresent(name -> anchors.put(name.toString(), new Anchored(node, 1)));
      attach(node, 1);
    }

    private void alias(AliasEvent event) {
      String name = event.getAlias().toString();
      Anchored target = anchors.get(name);
      if (target == null) {
        fail(start(event), "alias `*" + name + "` refers to no anchor defined above it",
            "define `&" + name + "` before using `*" + name + "`");
      }
      if (isKeyExpected()) {
        fail(start(event), "a mapping key must be plain text, not an alias", "");
      }
      String pointer = stack.isEmpty() ? "" : stack.peek().childPointer();
      valuePositions.put(pointer, start(event));
      countNodes(target.count(), event);
      attach(target.node(), target.count());
    }

    private boolean isKeyExpected() {
      Frame top = stack.peek();
      return top != null && top.node.isObject() && top.pendingKey == null;
    }

    private void attach(JsonNode node, int count) {
      Frame parent = stack.peek();
      if (parent == null) {
        root = node;
        return;
      }
      parent.count += count;
      if (parent.node instanceof ArrayNode array) {
        array.add(node);
      } else {
        ((ObjectNode) parent.node).set(parent.pendingKey, node);
        parent.pendingKey = null;
      }
    }

    private void countNodes(int added, Event event) {
      expandedNodes += added;
      if (expandedNodes > limits.maxNodes()) {
        fail(start(event),
            String.format(
                "the file expands to more than %,d YAML nodes (aliases count each time they"
                    + " are used)", limits.maxNodes()),
            "use fewer aliases, split the file, or raise the limit with --max-yaml-nodes");
      }
    }

    private void fail(Position at, String message, String hint) {
      throw new BuildFailedException(source.error(at, message, hint));
    }
  }
}
