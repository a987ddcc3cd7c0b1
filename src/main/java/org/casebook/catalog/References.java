package org.casebook.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.diag.Diagnostic;

/** Checks references between content files and reports unknown or repeated names. */
final class References {
  private final List<Diagnostic> problems;

  References(List<Diagnostic> problems) {
    this.problems = problems;
  }

  /**
   * Reports a reference to an undefined item, with the closest defined name.
   *
   * @return whether the reference names a defined item
   */
  boolean resolve(Located ref, Set<String> known, String label, String definedIn) {
    if (known.contains(ref.value())) {
      return true;
    }
    String closest = Suggestions.closest(ref.value(), known);
    String message = "unknown " + label + " `" + ref.value() + "` in " + ref.path();
    if (closest != null) {
      message += "; did you mean `" + closest + "`?";
    }
    problems.add(ref.source().error(ref.at(), message, label + "s are defined in " + definedIn));
    return false;
  }

  /** Resolves each reference and returns the known ones, in order. */
  List<String> resolveAll(List<Located> refs, Set<String> known, String label, String definedIn) {
    List<String> found = new ArrayList<>();
    for (Located ref : refs) {
      if (resolve(ref, known, label, definedIn) && !found.contains(ref.value())) {
        found.add(ref.value());
      }
    }
    reportDuplicates(refs, label);
    return found;
  }

  /** Reports every item that repeats an earlier one in the same list, naming both lines. */
  void reportDuplicates(List<Located> items, String label) {
    Map<String, Located> first = new HashMap<>();
    for (Located item : items) {
      Located earlier = first.putIfAbsent(item.value(), item);
      if (earlier != null) {
        Position before = earlier.at();
        Position again = item.at();
        String where = before.line() == again.line()
            ? String.format("line %d, columns %d and %d", again.line(), before.column(),
                again.column())
            : String.format("lines %d and %d", before.line(), again.line());
        problems.add(
            item.source().error(
                again,
                String.format("%s `%s` is listed twice in %s: %s", label, item.value(),
                    parentPath(item), where),
                "delete one of them"));
      }
    }
  }

  private static String parentPath(Located item) {
    String pointer = item.pointer();
    return YamlDocument.displayPath(pointer.substring(0, pointer.lastIndexOf('/')));
  }
}
